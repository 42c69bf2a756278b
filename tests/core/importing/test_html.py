"""Saved article pages: keep the article, drop navigation, ads, scripts and banners."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InputError
from app.core.importing import read_file, read_text
from app.core.importing.htmlfragment import fragment_blocks
from app.core.model import Credit, CreditRole, Dateline

PAGE = """<!DOCTYPE html>
<html><head><title>Ferry service resumes | The Coastal Post</title>
<script>window.tracker = {"id": 42};</script>
<style>.ad { color: red }</style></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<div class="cookie-banner">This site uses cookies to make your visit better. Accept</div>
<div class="ad">Advertisement</div>
<main><article>
<h1>Ferry service resumes after storm</h1>
<p class="byline">By Nell Hardy</p>
<p>HALIFAX (Reuters) - Ferry crossings resumed on Friday after three days of gales kept
the fleet in port, the operator said in a statement to passengers.</p>
<h2>BACKLOG OF FREIGHT</h2>
<p>Lorries queued for <b>several kilometres</b> at the terminal, and drivers said they had
waited <i>since Tuesday</i> for a crossing, sleeping in their cabs.</p>
<p>The operator said extra sailings would run through the weekend to clear the queue.</p>
<p>Reporting by Nell Hardy; Editing by Omar Ruiz</p>
</article></main>
<aside><h3>Most read</h3><ul><li>Unrelated story one</li><li>Unrelated story two</li></ul></aside>
<footer>Copyright 2024 The Coastal Post. All rights reserved.</footer>
</body></html>
"""


def test_saved_page_keeps_the_article(tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(PAGE, encoding="utf-8")
    result = read_file(path)
    draft = result.draft
    assert result.kind == "html"
    assert draft.headline == "Ferry service resumes after storm"
    assert draft.dateline == Dateline("HALIFAX", None, "Reuters")
    assert draft.body.startswith("Ferry crossings resumed on Friday")
    assert "**several kilometres**" in draft.body
    assert "*since Tuesday*" in draft.body
    assert "## BACKLOG OF FREIGHT" in draft.body
    for furniture in ("window.tracker", "Home", "cookies", "Unrelated story", "Copyright", "color"):
        assert furniture not in draft.body
    assert Credit(CreditRole.EDITING, "Omar Ruiz") in draft.credits
    assert any(c.name == "Nell Hardy" for c in draft.credits)
    assert "Reporting by" not in draft.body


def test_fragment_falls_back_to_plain_conversion() -> None:
    result = read_text("<p>OSLO — A <em>short</em> note.</p><p>Second line.</p>")
    assert result.kind == "html"
    assert result.draft.dateline == Dateline("OSLO", None, None)
    assert result.draft.body == "A *short* note.\n\nSecond line."


def test_page_with_only_a_title_is_refused_saying_why() -> None:
    """Issue 12: an empty page made a 0-word story; now the user is told there is no text."""
    with pytest.raises(InputError, match=r"title \('Only a title'\) but no article text"):
        read_text("<html><head><title>Only a title</title></head><body></body></html>")


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><script>alert(1)</script><style>p{}</style></body></html>",
        "<html><head></head><body>   </body></html>",
        "<div><!-- nothing here --></div>",
    ],
)
def test_empty_or_script_only_pages_are_refused_not_stored_as_0_word_stories(page: str) -> None:
    with pytest.raises(InputError, match="no article text"):
        read_text(page, "page.html")


def test_a_doctype_with_an_internal_subset_leaves_nothing_in_the_body() -> None:
    """Issue 12: `<!DOCTYPE html [ ... ]>` left `\\]>` (and the <title>) in the story."""
    page = (
        '<!DOCTYPE html [ <!ENTITY x "y"> <!ENTITY z \']>\'> ]>\n<?xml version="1.0"?>'
        "<html><head><title>T</title></head><body><h1>Council agrees budget</h1>"
        "<p>The council met on Monday and agreed the budget after a long debate.</p>"
        "</body></html>"
    )
    draft = read_text(page, "page.html").draft
    assert "]>" not in draft.body and "\\]" not in draft.body
    assert draft.body.endswith("agreed the budget after a long debate.")
    assert not draft.body.startswith("T\n")


SHORT_PAGE_WITH_A_PICTURE = """<html><head><title>Pier lights go up</title></head><body>
<article><h1>Pier lights go up</h1>
<p>By Tamsin Oduya</p>
<figure><img src="pier.jpg" alt="The pier"><figcaption>The pier at dusk on Friday.
Photo: Kerrow Baptiste</figcaption></figure>
<p>Strings of lights went up along Marlow pier on Friday, a week before the winter fair.</p>
<p>"It lifts the whole front," said Orla Fenwick, who runs the fair.</p>
</article></body></html>"""


def test_a_short_page_with_a_picture_keeps_its_paragraphs_and_credits() -> None:
    # trafilatura gives such a page as one run-on paragraph: the byline, the caption and the
    # story in one block, every paragraph break lost and no credit recorded
    draft = read_text(SHORT_PAGE_WITH_A_PICTURE, "pier.html").draft
    assert draft.headline == "Pier lights go up"
    assert [(c.role, c.name) for c in draft.credits] == [
        (CreditRole.BYLINE, "Tamsin Oduya"),
        (CreditRole.PHOTO, "Kerrow Baptiste"),
    ]
    paragraphs = draft.body.split("\n\n")
    assert paragraphs[-2].startswith("Strings of lights went up along Marlow pier")
    assert "It lifts the whole front" in paragraphs[-1]
    assert paragraphs[-1].endswith("who runs the fair.")
    assert "By Tamsin Oduya" not in draft.body


def test_a_short_picture_page_with_a_cookie_notice_keeps_its_paragraphs() -> None:
    # the notice (left out by the extractor) stopped the mend: the story came in as one paragraph
    page = SHORT_PAGE_WITH_A_PICTURE.replace(
        "<body>", '<body><div class="consent">We use cookies on this site. Accept all</div>'
    )
    draft = read_text(page, "pier.html").draft
    paragraphs = draft.body.split("\n\n")
    assert paragraphs[-2].startswith("Strings of lights went up along Marlow pier")
    assert paragraphs[-1].endswith("who runs the fair.")
    assert "cookies" not in draft.body


def test_each_picture_of_a_gallery_is_its_own_paragraph() -> None:
    blocks, _ = fragment_blocks(
        '<div class="gallery"><figure><img src="1.jpg"><figcaption>Floats at the mill.'
        '</figcaption></figure><figure><img src="2.jpg"><figcaption>Crowds on the bridge.'
        "</figcaption></figure></div>"
    )
    assert [b.text for b in blocks] == ["Floats at the mill.", "Crowds on the bridge."]


def test_a_page_imported_again_comes_in_the_same_way() -> None:
    # trafilatura's duplicate cache outlived each import: from the fourth import of one page on,
    # the extractor took the article for a duplicate and the page came in with all its text
    first = read_text(PAGE, "ferry.html")
    for _ in range(4):
        again = read_text(PAGE, "ferry.html")
        assert again.draft == first.draft
        assert again.warnings == first.warnings


ADDRESS_BYLINE_PAGE = """<html><head><title>Mill sold | The Orvel Times</title></head><body>
<article><h1>Old mill sold to a co-op</h1>
<address class="author">By <a rel="author" href="/staff/hc">Hana Corvel</a></address>
<p>The mill on Weir Street was sold to a workers' co-op on Monday for an undisclosed sum.</p>
<p>Members said the looms would run again by the autumn, after forty years of silence.</p>
<p>The council welcomed the sale and said the building's listing would not change.</p>
</article></body></html>"""


def test_an_address_byline_is_read_and_not_left_in_the_first_paragraph() -> None:
    # the extractor put "By Hana Corvel" and the first paragraph in one block
    draft = read_text(ADDRESS_BYLINE_PAGE, "mill.html").draft
    assert draft.body.startswith("The mill on Weir Street was sold")
    assert "Hana Corvel" not in draft.body
    assert [c.name for c in draft.credits] == ["Hana Corvel"]


def test_a_line_of_a_paragraph_that_starts_with_by_stays_in_the_story() -> None:
    page = ADDRESS_BYLINE_PAGE.replace(
        "<p>The mill on Weir Street",
        "<p>By the weir<br>the old wheel turns.</p><p>The mill on Weir Street",
    )
    draft = read_text(page, "mill.html").draft
    assert "By the weir" in draft.body


@pytest.mark.parametrize(
    ("lead", "dateline"),
    [
        ("<strong>ORVEL, England</strong> — ", Dateline("ORVEL, England", None, None)),
        ("<b>ORVEL (Reuters) -</b> ", Dateline("ORVEL", None, "Reuters")),
    ],
)
def test_a_bold_dateline_is_read_and_leaves_the_story(lead: str, dateline: Dateline) -> None:
    # kept as "**ORVEL, England** —" the dateline was not read and stayed in the first paragraph
    page = ADDRESS_BYLINE_PAGE.replace("<p>The mill on Weir", f"<p>{lead}The mill on Weir")
    draft = read_text(page, "mill.html").draft
    assert draft.dateline == dateline
    assert draft.body.startswith("The mill on Weir Street was sold")


def test_a_bold_word_at_the_head_of_the_story_is_not_a_dateline() -> None:
    page = ADDRESS_BYLINE_PAGE.replace("<p>The mill on Weir", "<p><b>UPDATE:</b> The mill on Weir")
    draft = read_text(page, "mill.html").draft
    assert draft.dateline is None
    assert draft.body.startswith("**UPDATE:** The mill on Weir Street")
