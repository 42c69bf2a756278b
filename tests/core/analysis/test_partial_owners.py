"""Partial quotes a named person is reported as saying (partial_owners.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

_CAPTION = (
    "The fishing trade in the north has been a “golden water” for investors. (Photo: lakes)\n\n"
)


@pytest.mark.parametrize(
    "marks",
    [("“", "”"), ("‘", "’")],
)
def test_a_phrase_in_a_named_speakers_clause_is_his_though_quoted_before(
    marks: tuple[str, str],
) -> None:
    # before, the caption's scare quote made the same words nobody's in the body too, and the
    # partial quote was dropped
    o, c = marks
    text = _CAPTION + (
        "Ivo Brandt, chief executive of Lakefish, said the drought turned the upper lake into "
        f"{o}golden water{c} for the fishing trade."
    )
    quotes = analyze(text).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("golden water", "Ivo Brandt")]


def test_the_same_phrase_from_unnamed_officials_stays_nobodys() -> None:
    text = _CAPTION + "Officials said the drought turned the upper lake into “golden water” again."
    assert not analyze(text).quotes


@pytest.mark.parametrize(
    "text",
    [
        # a place's name, given by "locals call": a named ranger using it says no words of his
        "Locals call the ridge “the Iron Spine”.\n\n"
        "Ranger Tom Vell said hikers on “the Iron Spine” should carry water.",
        # a condition's name, given by "doctors call": the nurse uses the name
        "Doctors call it “long fever”.\n\n"
        "Nurse Ivy Cole said patients with “long fever” needed rest.",
    ],
)
def test_a_name_given_before_stays_a_name_in_a_named_speakers_clause(text: str) -> None:
    # before the mend the name, met again inside the named speaker's clause, became his quote
    assert not analyze(text).quotes
