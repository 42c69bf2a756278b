"""The standfirst under a page's headline, which the extractor drops, comes back as the lede;
captions and link lines there stay out."""

from __future__ import annotations

from app.core.importing import read_text

STORY = "".join(
    f"<p>Paragraph {n}: the ferry board met at Quillon Hall and agreed step {n} of the plan, "
    f"with the harbour master saying the timetable would hold through week {n}.</p>"
    for n in range(1, 6)
)
LEDE = "Island ferries will sail twice as often from May after the board agreed a new timetable."


def _page(between: str) -> str:
    return (
        "<html><head><title>Ferries | The Quillon Gazette</title></head><body><article>"
        f'<header><h1>Ferries to double sailings</h1>{between}</header><div class="article-body">'
        f"{STORY}</div></article></body></html>"
    )


def test_the_standfirst_in_the_header_is_the_first_paragraph() -> None:
    # with the story in a marked body (div.article-body) trafilatura kept only that and the lede
    # under the headline was lost
    draft = read_text(_page(f'<p class="standfirst">{LEDE}</p>'), "ferry.html").draft
    assert draft.body.split("\n\n")[0] == LEDE
    assert draft.body.count(LEDE) == 1


def test_a_caption_or_a_line_of_links_under_the_headline_stays_out() -> None:
    caption = "Passengers board the morning ferry at Quillon pier on a calm day in spring."
    teaser = "See also our guide to every island ferry timetable and fare for this summer."
    between = (
        f'<figure><img src="f.jpg"><figcaption>{caption}</figcaption></figure>'
        f'<div class="image-caption">{caption}</div>'
        f'<p><a href="/guide">{teaser}</a></p>'
    )
    draft = read_text(_page(between), "ferry.html").draft
    assert draft.body.startswith("Paragraph 1: the ferry board met")
    assert caption not in draft.body and teaser not in draft.body


def test_a_dek_set_as_a_sentence_in_an_h2_is_the_first_paragraph() -> None:
    draft = read_text(_page(f'<h2 class="dek">{LEDE}</h2>'), "ferry.html").draft
    assert draft.body.split("\n\n")[0] == LEDE


def test_a_short_h2_under_the_headline_is_not_taken_for_the_lede() -> None:
    draft = read_text(_page("<h2>Timetable changes from May</h2>"), "ferry.html").draft
    assert "Timetable changes from May" not in draft.body.split("\n\n")[0]
