"""Display lines: pull quotes and what embedded posts leave between paragraphs."""

from __future__ import annotations

import pytest

from app.core import model
from app.core.analysis.display import embed_residue, without_pull_quotes
from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    "line",
    ["— Harwick Rovers (@HarwickRovers) May 2, 2026", "Club statement", "Photo: Reuters"],
)
def test_an_embedded_posts_byline_or_a_caption_is_residue(line: str) -> None:
    assert embed_residue(line)


@pytest.mark.parametrize(
    "line", ["14:31", "The club said it would appeal against the decision on Monday."]
)
def test_a_time_stamp_or_a_sentence_is_no_residue(line: str) -> None:
    assert not embed_residue(line)


def _quote(text: str) -> model.Quote:
    return model.Quote(text=text, start=0, end=len(text))


def test_a_pull_quote_repeating_a_quote_is_dropped_and_others_kept() -> None:
    said = _quote("We will keep the night boat running whatever it costs us.")
    pull = _quote("keep the night boat running")
    other = _quote("The harbour has never been busier than this summer.")
    kept = without_pull_quotes([said, pull, other], {1, 2})
    assert kept == [said, other]


def _said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text).quotes]


@pytest.mark.parametrize(
    "byline",
    ["— Nell Ambry, chair of the co-op", "― Nell Ambry", "— Nell Ambry (@nellambry)"],
)
def test_a_dash_line_under_a_quote_standing_alone_names_its_speaker(byline: str) -> None:
    text = f"The co-op met on Friday.\n\n“We will not sell the farm.”\n{byline}"
    assert _said(text) == [("We will not sell the farm.", "Nell Ambry")]


def test_a_blockquote_with_its_byline_under_it() -> None:
    text = (
        "The co-op met on Friday.\n\n> “We will not sell the farm.”\n>\n> — Nell Ambry, its chair"
    )
    assert _said(text) == [("We will not sell the farm.", "Nell Ambry")]


@pytest.mark.parametrize(
    "line",
    [
        "— Nell Ambry contributed reporting.",  # a credit, no byline
        "The meeting ended at nine. — Nell Ambry",  # no dash opening the line
    ],
)
def test_a_line_that_is_no_byline_names_no_one(line: str) -> None:
    text = f"The co-op met on Friday.\n\n“We will not sell the farm.”\n\n{line}"
    assert _said(text) == [("We will not sell the farm.", None)]


def test_a_byline_does_not_take_a_quote_someone_said() -> None:
    text = "“We will not sell the farm,” said Cal Dunmore.\n\n— Nell Ambry, its chair"
    assert _said(text) == [("We will not sell the farm,", "Cal Dunmore")]


def test_a_signed_pull_quote_is_still_a_pull_quote() -> None:
    text = (
        "“We will not sell the farm to anyone,” said Nell Ambry, the co-op's chair.\n\n"
        "“We will not sell the farm to anyone.”\n— Nell Ambry\n\n"
        "The vote was 40 to 3."
    )
    assert _said(text) == [("We will not sell the farm to anyone,", "Nell Ambry")]


@pytest.mark.parametrize(
    "signature",
    [
        "-- Nora Pike",
        "-- Nora Pike, director of the Dell Park district",
        # a blog's quote of the day signs it at length and says where it was reported
        "-- Nora Pike, director of the Dell Park district, speaking at the board meeting about"
        " the decision, come June, to keep the gates shut until the repairs end. Reported by"
        " Abe Lutz in the Dell Courier.",
    ],
)
def test_a_signature_line_typed_with_two_hyphens_names_the_speaker(signature: str) -> None:
    # Before, only a dash glyph opened a signature line, and the long one was too long
    text = f"Quote of the week\n“We had no choice but to close the pool.”\n{signature}"
    assert analyze(text).quotes[0].speaker == "Nora Pike"


def test_two_hyphens_and_a_name_after_a_quote_in_its_paragraph_name_the_speaker() -> None:
    text = "The lot stays free. “Free parking keeps shops open.” -- Mayor Abe Lutz"
    assert analyze(text).quotes[0].speaker == "Abe Lutz"


@pytest.mark.parametrize(
    "after",
    ["\n-- Nora Pike contributed reporting.", " -- and then the board moved on."],
)
def test_two_hyphens_before_no_signature_name_no_one(after: str) -> None:
    text = f"The pool will stay shut.\n“We had no choice.”{after}"
    assert analyze(text).quotes[0].speaker is None
