"""Prepositional and opening phrases: where the main clause starts after an opening clause of
time ("As she stood up, ..."), and a subject pronoun is no part of the phrase before it."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.prepositions import after_preposition, skip_intro


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "As she stood up to leave, Ana Ruiz turned to the gallery and shouted “Enough!”",
            ["Ana Ruiz"],
        ),
        (
            "As he sat down to hear the charges, Tom Keane looked at his lawyers and shouted "
            "“Never!”, or “Not guilty!”, an old slogan of his party.",
            ["Tom Keane", "Tom Keane"],
        ),
        (
            "As they filed out of the hall, the strikers stopped and chanted “No deal!”",
            ["the strikers"],
        ),
    ],
)
def test_a_pronoun_in_an_opening_as_clause_is_not_the_subject(
    text: str, speakers: list[str]
) -> None:
    assert _speakers(text) == speakers


def test_an_as_clause_that_introduces_the_quote_keeps_its_name() -> None:
    # "As X, a lawyer, put it": the comma after the name closes no opening clause
    text = "As Ana Ruiz, a tax lawyer, recently put it, “Who pays for this?”"
    assert _speakers(text) == ["Ana Ruiz"]


def test_skip_intro_passes_an_as_clause_with_a_pronoun_subject() -> None:
    text = "As she left, Ruiz waved."
    assert text[skip_intro(text, 0, len(text)) :].strip() == "Ruiz waved."
    named = "As Ruiz left, she waved."
    assert skip_intro(named, 0, len(named)) == 0


def test_a_subject_pronoun_after_an_opening_phrase_is_no_part_of_it() -> None:
    for opening in ("In her talk", "In a statement", "At the meeting"):
        text = f"Ana Ruiz spoke on Monday. {opening} she said, “We have to act now.”"
        assert not after_preposition(text, text.index(" she said") + 1)
        assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz"]
    assert after_preposition("a report in the journal Nature", len("a report in the journal "))


@pytest.mark.parametrize(
    "opening",
    [
        "After the match",
        "Reflecting on the game head coach",
        "Speaking after the final whistle",
        "In a letter to the council",
    ],
)
def test_a_name_after_an_opening_phrase_with_no_comma_is_the_subject(opening: str) -> None:
    # Before, the name was read as the end of the phrase ("after the match Ana Ruiz"), and the
    # quote the sentence introduces had no speaker
    text = f"{opening} Ana Ruiz said: “It was a superb game. We tired late.”"
    assert analyze(text).quotes[0].speaker == "Ana Ruiz"


def test_a_name_inside_an_opening_phrase_before_another_subject_does_not_speak() -> None:
    text = "In a letter to Ana Ruiz the council said: “The pier must close.”"
    assert analyze(text).quotes[0].speaker == "the council"


def test_a_phrase_that_does_not_open_the_sentence_still_holds_its_name() -> None:
    text = "A study in the journal Dell Medicine said: “Rates fell.”"
    # the study speaks, as written; the journal named inside its phrase does not
    assert analyze(text).quotes[0].speaker == "A study in the journal Dell Medicine"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The family of singer Mara Tollan said: “She lit up every room.”",
            "The family of singer Mara Tollan",
        ),
        (
            "The widow of farmer Oskar Brede said: “He never took a day off.”",
            "The widow of farmer Oskar Brede",
        ),
        (
            "The lawyers of defender Kofi Aldane said: “He will appeal the ban.”",
            "The lawyers of defender Kofi Aldane",
        ),
        # a team's name inside the role: the description runs on to the name
        (
            "The family of former Dell Rovers captain Mara Tollan said: “She never gave up.”",
            "The family of former Dell Rovers captain Mara Tollan",
        ),
        (
            "The family of former Dell Rovers captain Mara Tollan say they are “heartbroken”.",
            "The family of former Dell Rovers captain Mara Tollan",
        ),
    ],
)
def test_relatives_of_a_person_named_with_a_role_speak_not_the_person(
    text: str, speaker: str
) -> None:
    """ "The family of singer X said": the role describes X, whose family speaks."""
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a title that runs over "of" is the named person's own: they speak
        ("The head of security Mara Tollan said: “We are ready.”", "Mara Tollan"),
        ("The minister of state Oskar Brede said: “We are ready.”", "Oskar Brede"),
        # a count after "mother of", "father of" is her children: the named parent speaks
        ("The mother of two Mara Tollan said the school was “failing our kids”.", "Mara Tollan"),
        ("The father of three Oskar Brede said: “The closure is a disaster.”", "Oskar Brede"),
    ],
)
def test_a_title_over_of_before_a_name_still_gives_the_name(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
