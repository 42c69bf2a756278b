"""Inverted speech tags (inverted.py): who follows the verb of saying."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are devastated,” said the family in a statement.", "the family"),
        (
            "“We are devastated,” said the family of Tam Orley in a statement.",
            "the family of Tam Orley",
        ),
        ("“He was kind,” said a cousin of Tam Orley in an interview.", "a cousin of Tam Orley"),
        (
            "“We regret the error,” said a spokesman for Pellam Foods in an email.",
            "a spokesman for Pellam Foods",
        ),
    ],
)
def test_the_way_the_words_came_is_not_part_of_the_speaker(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_a_place_phrase_still_describes_the_speaker() -> None:
    (quote,) = analyze("“The board is split,” said one union source on the panel.").quotes
    assert quote.speaker == "one union source on the panel"
