"""A dateline an editor types in bold, bold italics or a link ("***HELENA, Mont.*** —") is a
dateline to the analysis too: the story's first word after it opens a sentence, as it does
after a dateline typed plain."""

from __future__ import annotations

import pytest

from app.core.analysis.datelines import parse_blanked_dateline
from app.core.analysis.engine import analyze
from app.core.analysis.markup import blank_markup

LEDE = "Mensah wants increased funding for the harbour, the council said. “It is overdue,” he said."


@pytest.mark.parametrize(
    "dateline",
    [
        "HELENA, Mont.",
        "**HELENA, Mont.**",
        "***HELENA, Mont.***",
        "**HELENA**, Mont.",
        "[HELENA, Mont.](https://harbourledger.example/helena)",
    ],
)
def test_speaker_after_a_marked_dateline(dateline: str) -> None:
    # Before, after "***HELENA, Mont.*** —" the surname did not open a sentence: the quote's
    # speaker was left as "he" and Mensah was no source
    quotes = analyze(f"{dateline} — {LEDE}").quotes
    assert [quote.speaker for quote in quotes] == ["Mensah"]


def test_blanked_dateline_offset_points_at_the_story() -> None:
    text = blank_markup("**ORVEL**, England — The ferry runs again.")
    found = parse_blanked_dateline(text)
    assert found is not None and found.dateline.place == "ORVEL, England"
    assert text[found.offset :].startswith("The ferry")


def test_blanks_inside_a_sentence_make_no_dateline() -> None:
    assert parse_blanked_dateline("Ana  said  — the ferry runs again.") is None
