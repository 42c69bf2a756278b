"""A description that goes on from the speaker before (description_mentions._goes_on): after an
unnamed office quoted just before ("the Mayor of Preston Vale said"), "the mayor added" is that
office, not a name met before it."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_the_office_quoted_just_before_goes_on() -> None:
    # "Preston" is also a first name, so the town opening a sentence reads like a person;
    # the mayor's words carry on all the same
    text = (
        "Preston Vale will lose its ferry.\n\nThe Mayor of Preston Vale said: “We have no "
        "choice.”\n\n“The hull is failing,” the mayor added."
    )
    assert _speakers(text) == ["The Mayor of Preston Vale", "The Mayor of Preston Vale"]


def test_a_named_speaker_between_keeps_the_old_reading() -> None:
    text = (
        "The ferry will stop.\n\n“We have no choice,” the Mayor of Preston Vale said. “It is a "
        "sad day,” said Tom Bell, a ferry captain.\n\n“The hull is failing,” the mayor added."
    )
    assert _speakers(text)[-1] != "Tom Bell"


def test_the_office_named_with_its_holder_goes_on_as_the_holder() -> None:
    text = (
        "The ferry will stop.\n\n“We have no choice,” the Mayor of Preston Vale, Ana Ruiz, said."
        "\n\n“The hull is failing,” the mayor added."
    )
    assert _speakers(text) == ["Ana Ruiz", "Ana Ruiz"]
