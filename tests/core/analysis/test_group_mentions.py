"""Groups of people the name and role scans miss (group_mentions.py): part of a group, one
of a group saying something, a group opened by a capitalised describing word."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speaker_of(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Along the route to the stadium, many chanted “Tomas, Tomas.”", "many"),
        ("“Shut it down,” others shouted from the back of the hall.", "others"),
        ("“This was our park first,” several said.", "several"),
        ("“We need a bigger boat,” one said.", "one"),
    ],
)
def test_some_of_a_crowd_saying_something_are_the_speakers(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


def test_many_not_before_a_verb_of_saying_is_no_speaker() -> None:
    text = "“It is over,” said Ruiz, one of many called to testify."
    assert _speaker_of(text) == "Ruiz"
