"""A quote in the first person singular is a person's words, not a body's."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "He said the Senate has confirmed forty judges since Ruiz took office and “I see no "
            "crisis here.”",
            "He",
        ),
        (
            "Ana Ruiz said the Harlow Port Authority had confirmed the sale and “I am delighted "
            "for the crews.”",
            "Ana Ruiz",
        ),
        (
            "Piet Olsen told reporters the City Council announced the cuts on Monday and “I "
            "won't pretend it is fair.”",
            "Piet Olsen",
        ),
    ],
)
def test_i_in_a_quote_goes_to_the_person_not_the_body_nearer_it(text: str, speaker: str) -> None:
    assert [s.lower() if s else s for s in _speakers(text)] == [speaker.lower()]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the body speaks as "we": it keeps the quote
        (
            "Ana Ruiz said the Harlow Port Authority had confirmed the sale and “we are "
            "delighted for the crews.”",
            "Harlow Port Authority",
        ),
        # a body with no person before it keeps even an "I" (a quoted letter, say)
        ("The Harlow Port Authority said “I will not stand for it.”", "Harlow Port Authority"),
    ],
)
def test_a_body_keeps_a_quote_without_a_person_saying_i(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
