"""A described speaker after the quote who is given the name they go by ("said one man, a
fisherman who gave his name only as Tomas"): the quote is Tomas's. Invented copy in several
house styles (news agency, football report, local paper)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # news agency
            "Queues formed outside the last open bakery. “We saw it coming,” said one man, a "
            "fisherman who gave his name only as Tomas.",
            "Tomas",
        ),
        (  # football report
            "“It was chaos at the turnstiles,” said a fan, a retired docker called Wee Davie.",
            "Wee Davie",
        ),
        (  # local paper
            "“Nobody asked us,” said one resident, a pensioner known as Auntie Rose to the "
            "whole street.",
            "Auntie Rose",
        ),
    ],
)
def test_the_name_a_described_speaker_goes_by(text: str, speaker: str) -> None:
    q = next(q for q in analyze(text).quotes)
    assert q.speaker == speaker
    assert speaker in q.speaker_reason


def test_a_name_in_the_next_sentence_is_not_theirs() -> None:
    text = "“We saw it coming,” said one man, a fisherman. His neighbour, known as Tomas, agreed."
    assert analyze(text).quotes[0].speaker == "one man"
