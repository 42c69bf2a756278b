"""A description with a place after a preposition ("a reader in Dunmarrow") is the speaker;
the place is no person, nor the name of the role before it. Invented copy in several house
styles (live blog, wire round-up, local paper)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # live blog: "has sent us this:" introduces a reader's message
            "16:05\nA reader in Dunmarrow has sent us this: “The river is over the footpath and "
            "still rising.”",
            "over the footpath",
            "a reader",
        ),
        (  # wire round-up: a named speaker first, then someone new in the same paragraph
            "Crews worked through the night. “The power will be back by noon,” said Ana Ruiz of "
            "Northline. A resident in Cowley has sent this: “Still nothing here at two o’clock.”",
            "Still nothing here",
            "a resident",
        ),
        (  # local paper: a colon after "got in touch"
            "The bin strike is in its third week. A mother in Brackley got in touch: “The rats "
            "are bigger than the cat now.”",
            "rats are bigger",
            "a mother",
        ),
    ],
)
def test_the_described_person_speaks_not_the_place(text: str, words: str, speaker: str) -> None:
    q = next(q for q in analyze(text).quotes if words in q.text)
    assert q.speaker.lower() == speaker
    assert q.speaker_mention.lower().startswith(speaker)


def test_a_role_with_its_place_then_a_name_is_still_that_person() -> None:
    # "the envoy to Denmark Ivo Marsh": a place after the preposition, then the name
    text = "The envoy to Denmark Ivo Marsh has said the talks were “productive.”"
    assert analyze(text).quotes[0].speaker == "Ivo Marsh"
