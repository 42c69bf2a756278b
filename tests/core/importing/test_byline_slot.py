"""The byline read by its place: a writer's name alone on the line under an imported story's
headline (or dek) is credited and leaves the body, whatever the format; only that slot, and
only a line of bare names. Every story, name and place here is invented for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from app.core.importing import read_file, read_text
from app.core.model import Credit, CreditRole, Dateline

R = CreditRole
HEADLINE = "Harbour board delays the ferry vote"
LEDE = (
    "The harbour board put off its vote on the new ferry contract on Tuesday, saying it needed "
    "more time to weigh the two bids."
)
SECOND = "Board members said both bids came in well above the budget set last spring."


def _wire(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _paragraphs(body: str) -> list[str]:
    return [part for part in body.split("\n\n") if part.strip()]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Nell Varga", ["Nell Varga"]),
        ("NELL VARGA", ["Nell Varga"]),
        ("Nell Varga, Tomas Reyes", ["Nell Varga", "Tomas Reyes"]),
        ("Dr. Ana Ortiz", ["Ana Ortiz"]),  # the title is no part of the name (credit_titles)
        ("Wang Li", ["Wang Li"]),
    ],
)
def test_a_bare_name_under_the_headline_is_the_byline(line: str, names: list[str]) -> None:
    draft = read_text(_wire(HEADLINE, line, LEDE, SECOND)).draft
    assert draft.headline == HEADLINE
    assert [(c.role, c.name) for c in draft.credits] == [(R.BYLINE, name) for name in names]
    assert _paragraphs(draft.body) == [LEDE, SECOND]
    assert draft.subheads == ()


def test_the_name_between_a_dek_and_the_dateline_is_the_byline() -> None:
    dek = "Both bids came in above budget, and the board wants a third"
    lede = "PORT ELLERY, Maine — " + LEDE
    draft = read_text(_wire(HEADLINE, dek, "Nell Varga", lede, SECOND)).draft
    assert draft.dek == dek
    assert draft.dateline is not None and draft.dateline.place == "PORT ELLERY, Maine"
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert _paragraphs(draft.body) == [LEDE, SECOND]


@pytest.mark.parametrize(
    "line",
    [
        "Both bids came in above budget, and the board wants a third",  # a dek
        "Analysis",  # a kicker
        "March 3, 2026",  # a date line
        "Wednesday 4 March 2026",
        "A ferry waits at the Elm Street pier on Sunday.",  # a photo caption
        "Ana Ortiz at the harbour in 2019",  # a caption naming the person pictured
        "“We will not sign a bad contract”",  # a one-line lede quote
        "Port Ellery, Maine",  # a location
        "Nell Varga and the Quiet Harbour",  # a title that starts with a name
        "Ana Ortiz, left, and Tomas Reyes",  # a caption that names people
        "Live Updates",  # kickers of ordinary capitalised words
        "Guest Column",
        "Fact Check",
        "In Depth",
        "On the Record",
        "Elm Grove",  # a place name of ordinary words
    ],
)
def test_what_else_stands_under_a_headline_stays_where_it_is(line: str) -> None:
    draft = read_text(_wire(HEADLINE, line, LEDE, SECOND)).draft
    assert draft.credits == ()
    # where it stood: first in the body (a quoted line stays the wire subhead it was before)
    assert [part.removeprefix("## ") for part in _paragraphs(draft.body)] == [line, LEDE, SECOND]


def test_a_bare_name_further_down_stays_in_the_body() -> None:
    story = _wire(HEADLINE, LEDE, "Ana Ortiz", SECOND)
    draft = read_text(story).draft
    assert draft.credits == ()
    assert _paragraphs(draft.body) == [LEDE, "Ana Ortiz", SECOND]


def test_the_person_the_headline_names_is_not_the_byline() -> None:
    story = _wire(
        "Ana Ortiz, harbour pilot for forty years, dies at 81",
        "Ana Ortiz",
        "Ana Ortiz, who guided ferries into Port Ellery for four decades, died on Sunday.",
        SECOND,
    )
    draft = read_text(story).draft
    assert draft.credits == ()
    assert _paragraphs(draft.body)[0] == "Ana Ortiz"


def test_a_list_of_names_under_the_headline_is_not_a_byline() -> None:
    story = _wire(
        "Three candidates to watch in the harbour ward",
        "Ana Ortiz",
        "Ortiz, a ferry pilot, wants the contract put out to tender again.",
        "Tomas Reyes",
        "Reyes runs the boatyard on the north quay and backs the lower bid.",
        "The ward votes in May.",
    )
    draft = read_text(story).draft
    assert draft.credits == ()
    assert _paragraphs(draft.body)[0] == "Ana Ortiz"
    assert "Tomas Reyes" in _paragraphs(draft.body)


def test_markdown_name_in_italics_under_the_title() -> None:
    text = f"# {HEADLINE}\n\n*Nell Varga*\n\n{LEDE}\n\n{SECOND}\n"
    draft = read_text(text, name="ferry.md").draft
    assert draft.headline == HEADLINE
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert _paragraphs(draft.body) == [LEDE, SECOND]


def test_markdown_name_linked_to_the_writers_page() -> None:
    text = f"# {HEADLINE}\n\n[Nell Varga](https://tide.example/staff/nell-varga)\n\n{LEDE}\n"
    draft = read_text(text, name="ferry.md").draft
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert _paragraphs(draft.body) == [LEDE]


def test_markdown_front_matter_byline_is_not_doubled_by_the_slot() -> None:
    text = (
        f"---\nheadline: {HEADLINE}\nbyline: Nell Varga\n---\n\nNELL VARGA\n\n{LEDE}\n\n{SECOND}\n"
    )
    draft = read_text(text, name="ferry.md").draft
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert _paragraphs(draft.body) == [LEDE, SECOND]


PAGE = """<!DOCTYPE html>
<html><head><title>{headline} | The Ellery Tide</title>{meta}</head>
<body><main><article>
<h1>{headline}</h1>
<p>Nell Varga</p>
<p>{lede}</p>
<p>{second}</p>
<p>The board meets again on the first Tuesday of next month, when it expects a fresh offer.</p>
</article></main></body></html>
"""


@pytest.mark.parametrize("meta", ["", '<meta name="author" content="Nell Varga">'])
def test_html_name_under_the_headline_is_one_credit(tmp_path: Path, meta: str) -> None:
    path = tmp_path / "ferry.html"
    page = PAGE.format(headline=HEADLINE, meta=meta, lede=LEDE, second=SECOND)
    path.write_text(page, encoding="utf-8")
    draft = read_file(path).draft
    assert draft.headline == HEADLINE
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert _paragraphs(draft.body)[:2] == [LEDE, SECOND]


def test_docx_name_under_the_title_and_subtitle(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading(HEADLINE, level=0)
    document.add_paragraph("Both bids came in above budget", style="Subtitle")
    document.add_paragraph("Nell Varga")
    document.add_paragraph(LEDE)
    document.add_paragraph(SECOND)
    path = tmp_path / "ferry.docx"
    document.save(str(path))
    draft = read_file(path).draft
    assert draft.headline == HEADLINE
    assert draft.dek == "Both bids came in above budget"
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert _paragraphs(draft.body) == [LEDE, SECOND]


@pytest.mark.parametrize("byline", [None, "Nell Varga"])
def test_ninjs_name_atop_the_body_is_one_credit(byline: str | None) -> None:
    item: dict[str, object] = {
        "uri": "urn:example:ferry-vote",
        "type": "text",
        "headline": HEADLINE,
        "body_html": f"<p>Nell Varga</p><p>{LEDE}</p><p>{SECOND}</p>",
    }
    if byline:
        item["byline"] = byline
    draft = read_text(json.dumps(item), name="ferry.json").draft
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert _paragraphs(draft.body) == [LEDE, SECOND]


def test_a_wire_dateline_lede_under_the_name_keeps_its_dateline() -> None:
    draft = read_text(_wire(HEADLINE, "Nell Varga", "PORT ELLERY — " + LEDE, SECOND)).draft
    assert draft.credits == (Credit(R.BYLINE, "Nell Varga"),)
    assert draft.dateline == Dateline("PORT ELLERY", None, None)
    assert draft.dek == ""
    assert _paragraphs(draft.body) == [LEDE, SECOND]
