"""Whatever text is imported, the export carries nothing executable (checked by parsing)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.analysis.engine import analyze
from app.core.errors import InputError
from app.core.exporting import document, html, ninjs, sanitize, service, text
from app.core.importing import read_text
from app.core.model import Credit, CreditRole, Story, StoryStatus
from tests.core.exporting.helpers import executable_content, parse_html

XSS_VECTORS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<img src=x onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>',
    '<embed src="javascript:alert(1)">',
    '<form action="javascript:alert(1)"><button>x</button></form>',
    '<a href="javascript:alert(1)">click</a>',
    '<a href="JaVaScRiPt:alert(1)">click</a>',
    '<a href=" &#14;  javascript:alert(1)">click</a>',
    '<a href="jav&#x09;ascript:alert(1)">click</a>',
    '<a href="vbscript:msgbox(1)">click</a>',
    '<a href="data:text/html,<script>alert(1)</script>">click</a>',
    "[click](javascript:alert(1))",
    "[click](JAVASCRIPT:alert(1))",
    "[click](data:text/html;base64,PHNjcmlwdD4=)",
    "![x](javascript:alert(1))",
    '![x](x" onerror="alert(1))',
    "<javascript:alert(1)>",
    '<blockquote cite="javascript:alert(1)">q</blockquote>',
    '<q cite="javascript:alert(1)">q</q>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<style>@import 'http://evil.example/x.css';</style>",
    '<link rel="stylesheet" href="http://evil.example/x.css">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<base href="javascript:alert(1)//">',
    '<input autofocus onfocus="alert(1)">',
    '<details open ontoggle="alert(1)">',
    '<video><source onerror="alert(1)"></video>',
    "<!--<script>alert(1)</script>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<p title="</p><script>alert(1)</script>">x</p>',
    "</script><script>alert(1)</script>",
    '"><script>alert(1)</script>',
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<a href="#" onclick="alert(1)">x</a>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<template><script>alert(1)</script></template>",
    '<isindex action="javascript:alert(1)" type=image>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    "\ufdd0<script>alert(1)</script>\ufdd1",
]

CREDIT = (Credit(CreditRole.REPORTING, "Ana Ortiz"),)


def _all_formats(story: Story) -> dict[str, str]:
    doc = document.build(story)
    return {
        "html": html.render_page(doc),
        "fragment": html.render_fragment(doc),
        "ninjs": ninjs.build(doc)["bodies"][0]["value"],
        "text": text.render_text(doc),
    }


def _import_then_render(raw: str, name: str | None = None) -> dict[str, str] | None:
    try:
        draft = read_text(raw, name).draft
    except InputError:
        return None  # refusing input is fine; crashing or leaking script is not
    story = Story(
        headline=draft.headline, dek=draft.dek, body=draft.body, slug=draft.slug or "x",
        keywords=draft.keywords, credits=draft.credits or CREDIT, dateline=draft.dateline,
        quotes=analyze(draft.body).quotes,  # quote markup goes in too, as it does for a user
    )  # fmt: skip
    return _all_formats(story)


def _assert_safe(outputs: dict[str, str]) -> None:
    assert executable_content(outputs["html"], page=True) == []
    assert executable_content(outputs["fragment"]) == []
    assert executable_content(outputs["ninjs"]) == []
    page = parse_html(outputs["html"])
    assert len(page.scripts) == 1 and page.scripts[0][0] == {"type": "application/ld+json"}
    json.loads(page.scripts[0][1])  # the JSON-LD block is intact: nothing closed it early
    assert len(page.find("style")) == 1  # only the exporter's own stylesheet


@pytest.mark.parametrize("vector", XSS_VECTORS)
@pytest.mark.parametrize("where", ["body", "headline", "markdown", "quote", "attribute"])
def test_known_xss_vectors(vector: str, where: str) -> None:
    if where == "quote":
        raw = f'Safe headline\n\n"We said {vector} today," the minister said.\n'
        outputs = _import_then_render(raw)
    elif where == "attribute":
        raw = (f"Safe headline\n\n<a href=\"https://e.x/\" title='Bob said: \"{vector} "
               f"we will win\" '>t</a> and \"we will win the race,\" Bob said.\n")  # fmt: skip
        outputs = _import_then_render(raw)
    elif where == "body":
        raw = f"Safe headline\n\nFirst paragraph.\n\n{vector}\n\nLast {vector} paragraph.\n"
        outputs = _import_then_render(raw)
    elif where == "headline":
        outputs = _import_then_render(f"{vector}\n\nA paragraph about {vector}.\n")
    else:
        raw = f"---\nheadline: 'Story'\n---\n\nText {vector} more.\n\n> {vector}\n"
        outputs = _import_then_render(raw, "story.md")
    if outputs is not None:
        _assert_safe(outputs)


def test_xss_vectors_through_the_desk(desk) -> None:
    """The whole path: paste into the desk, store, export with the service (every format)."""
    body = "\n\n".join(XSS_VECTORS)
    story = desk.create_story(
        Story(headline="<script>alert(1)</script>", body=body, slug="xss",
              credits=CREDIT, status=StoryStatus.READY),
        analyse=False,
    )  # fmt: skip
    for fmt in ("html", "fragment"):
        out = service.export_story(desk, story.slug, fmt, override_reason="test").content
        assert executable_content(out, page=fmt == "html") == []
    item = json.loads(service.export_story(desk, story.slug, "ninjs", override_reason="t").content)
    assert executable_content(item["bodies"][0]["value"]) == []


def test_xss_vectors_in_quotes_through_the_desk(desk) -> None:
    """Analysed stories carry quotes, so quote markup runs on every vector too."""
    body = "\n\n".join(
        f'"{vector} is what we found," the official said. <a href="https://e.x/" '
        f"title='Bob said: \"{vector} we will win\" '>t</a>"
        for vector in XSS_VECTORS
    )
    story = desk.create_story(
        Story(headline="Quotes", body=body, slug="xss-quotes", credits=CREDIT,
              status=StoryStatus.READY),
    )  # fmt: skip
    assert desk.get_story(story.slug).quotes  # analysed: the quote markup really runs
    for fmt in ("html", "fragment"):
        out = service.export_story(desk, story.slug, fmt, override_reason="test").content
        assert executable_content(out, page=fmt == "html") == []
        for attrs in parse_html(out).find("a"):
            assert attrs.get("rel") == "noopener noreferrer"


def test_quote_markup_never_lands_inside_an_attribute(desk) -> None:
    body = (
        '<a href="https://e.x/" title=\'Bob said: "we will win the race today" \'>t</a>'
        '\n\n"We will win the race today," Bob said.'
    )
    story = desk.create_story(
        Story(headline="Race", body=body, slug="race", credits=CREDIT, status=StoryStatus.READY)
    )
    assert len(desk.get_story(story.slug).quotes) == 2
    out = service.export_story(desk, story.slug, "fragment").content
    page = parse_html(out)
    (link,) = page.find("a")
    assert link["rel"] == "noopener noreferrer"
    assert "span" not in (link["title"] or "") and "quote" not in (link["title"] or "")
    assert "we will win the race today" in (link["title"] or "")
    spans = page.find("span")
    assert spans == [{"class": "quote"}]  # the real quote in the second paragraph is marked


def test_data_images_only_when_allowed() -> None:
    png = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot">'
    assert "data:" not in sanitize.clean_body(png)
    assert 'src="data:image/png' in sanitize.clean_body(png, allow_data_images=True)
    svg = '<img src="data:image/svg+xml;base64,PHN2Zz4=" alt="x">'
    assert "data:" not in sanitize.clean_body(svg, allow_data_images=True)
    link = '<a href="data:image/png;base64,iVBORw0KGgo=">x</a>'
    assert "data:" not in sanitize.clean_body(link, allow_data_images=True)


def test_external_links_get_rel_and_relative_ones_go() -> None:
    out = sanitize.clean_body('<a href="https://example.org/a">a</a> <a href="../etc">b</a>')
    links = parse_html(out).find("a")
    assert links[0] == {"href": "https://example.org/a", "rel": "noopener noreferrer"}
    assert "href" not in links[1]


_MARKUP = st.sampled_from(
    ["<", ">", "&", '"', "'", "`", "*", "_", "[", "](", ")", "!", "#", ">", "\n", "\n\n",
     "<script>", "</script>", "javascript:", "onerror=", "<img src=x ", "<a href=", "-->",
     "<!--", "\ufdd0", "\ufdd1", "“", "”", "--", "   ", "data:", "<style>", "{", "}"]
)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=30), _MARKUP), max_size=40).map("".join))
def test_arbitrary_text_never_exports_executable_content(raw: str) -> None:
    for name in (None, "story.md", "story.html"):
        outputs = _import_then_render(raw, name)
        if outputs is not None:
            _assert_safe(outputs)


def test_the_checker_itself_finds_executable_content() -> None:
    assert executable_content('<p onclick="x">a</p>')
    assert executable_content('<a href="javascript:x">a</a>')
    assert executable_content("<script>x</script>", page=True)
    assert executable_content('<script type="application/ld+json">{}</script>') != []


def test_most_generated_inputs_really_reach_the_exporter() -> None:
    reached = [_import_then_render(f"Headline {i}\n\nBody <b>{i}</b> text.") for i in range(5)]
    assert all(r is not None for r in reached)
