"""Phrase shapes shared by the readers (phrases.py): here, where a described person's "of",
"close to" or "familiar with" phrase ends."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.phrases import WHERE_FROM_RE


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pia Lund was told by people familiar with the bid that the price was “far too low”.",
            "people familiar with the bid",
        ),
        (
            "Pia Lund was warned by officials close to the inquiry that it would be “brutal”.",
            "officials close to the inquiry",
        ),
        (
            "Pia Lund was told by a friend of the family that the crew were “in good spirits”.",
            "a friend of the family",
        ),
    ],
)
def test_a_group_told_or_warning_runs_up_to_the_that_of_what_it_said(
    text: str, speaker: str
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # "that" then a subject: what was said begins
        (" familiar with the bid that the price fell", " familiar with the bid"),
        (" close to the inquiry that it would", " close to the inquiry"),
    ],
)
def test_the_that_of_what_was_said_ends_the_phrase(text: str, phrase: str) -> None:
    found = WHERE_FROM_RE.match(text)
    assert found is not None and found.group() == phrase


def test_a_relative_that_does_not_end_the_phrase() -> None:
    # "a spokeswoman for the company that runs the port said": the relative clause goes on,
    # so the description is not cut before it
    assert WHERE_FROM_RE.match(" for the company that runs the port said") is None
    (quote,) = analyze(
        "A spokeswoman for the company that runs the ferry said the fares were “fair”."
    ).quotes
    assert quote.speaker == "A spokeswoman"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“He was kind to everyone,” said a friend of the victim in an interview.",
         "a friend of the victim"),
        ("“He never gave up,” said a former teammate of the striker by phone.",
         "a former teammate of the striker"),
        ("“The ferry is late again,” said a resident of the island on Friday.",
         "a resident of the island"),
        ("“Nobody warned us,” said a neighbour of the family on condition of anonymity.",
         "a neighbour of the family"),
    ],
)  # fmt: skip
def test_the_way_or_day_the_words_came_ends_the_described_speaker(text: str, speaker: str) -> None:
    # "in an interview", "by phone", "on Friday" say how or when, not who: the "of" phrase
    # before them stays part of the speaker
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The mayor was told “you are finished” by protesters outside the hall.",
         "protesters outside the hall"),
        ("“The smell is unbearable,” said residents near the plant.", "residents near the plant"),
        ("“We heard two bangs,” said workers inside the depot.", "workers inside the depot"),
    ],
)  # fmt: skip
def test_where_a_group_stood_is_part_of_the_group(text: str, speaker: str) -> None:
    # "outside", "near", "inside" place a group as "at" does; before, "protesters outside the
    # hall" was no group at all and the words had no speaker
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_person_placed_outside_stays_the_person_a_pronoun_finds() -> None:
    # the head of "a woman outside the station" is "woman", not "station"
    text = "The mayor met a woman outside the station. “It was scary,” she said."
    assert [q.speaker for q in analyze(text).quotes] == ["a woman"]
