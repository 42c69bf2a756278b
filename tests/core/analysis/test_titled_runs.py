"""A person named after "<role> of <Body>" with no comma: "musical director of the Brantmere
Larks Tomas Wren" is Tomas Wren, his title the body's name (titled_runs.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.mentions import find_mentions
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Musical director of the Brantmere Larks Tomas Wren thanked the hall on Sunday.",
        "We met musical director of the Brantmere Larks Tomas Wren after the concert.",
        "It was a proud night for musical director of the Brantmere Larks Tomas Wren.",
    ],
)
def test_he_after_a_person_titled_by_a_body_is_that_person(sentence: str) -> None:
    text = f"The rain held off until the last song.\n\n{sentence}\n\n" + (
        '"The sopranos carried us tonight," he said.'
    )
    assert speaker_of(text, "sopranos") == "Tomas Wren"


def test_the_role_in_the_title_names_the_person_later() -> None:
    text = (
        "Musical director of the Brantmere Larks Tomas Wren led the concert on Sunday.\n\n"
        "Ida Lunde sang the solo and Ben Ashe played the organ for the visitors.\n\n"
        'Asked about the tour, the director said: "The sopranos carried us."'
    )
    assert speaker_of(text, "sopranos") == "Tomas Wren"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no role noun before "of", or no first name ending the run
        "Friends of the Brantmere Larks Tomas Wren Fund met on Sunday.",
        "The roof of the Brantmere Larks Grand Hall leaked on Sunday.",
    ],
)
def test_no_person_without_a_role_of_and_a_first_name(sentence: str) -> None:
    names = {m.name for m in find_mentions(sentence, linked=True)}
    assert "Tomas Wren" not in names
    assert "Grand Hall" not in names


@pytest.mark.parametrize(
    "sentence,pronoun,name",
    [
        # a seat or a home after "for"/"from", the place's words running into the name
        (
            "Greens candidate for Tarrow Ridge Mina Kovac urged the town to wait.",
            "she",
            "Mina Kovac",
        ),
        ("At the hearing an MP from Dellshire Tom Vell mocked the timetable.", "he", "Tom Vell"),
        ("The MLA from Pallavur Arun Menon said the road would be rebuilt.", "he", "Arun Menon"),
        # a given name written as initials after the seat
        ("The MLA from Pallavur K.R. Menon said the road would be rebuilt.", "he", "K.R. Menon"),
        (
            "Deputy Commissioner of Kolvar B.N. Dastur said the road would shut.",
            "he",
            "B.N. Dastur",
        ),
        # with an article before the office ("the Member for ...")
        ("The Member for Corran Bay Ian Doherty spoke first at the meeting.", "he", "Ian Doherty"),
        (
            "The musical director of the Brantmere Larks Tomas Wren thanked the hall.",
            "he",
            "Tomas Wren",
        ),
    ],
)
def test_a_person_after_a_seat_or_home_is_that_person(
    sentence: str, pronoun: str, name: str
) -> None:
    text = f"The rain held off until the evening.\n\n{sentence}\n\n" + (
        f'"The ferry timetable has failed this town," {pronoun} said.'
    )
    assert speaker_of(text, "ferry timetable") == name


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: a document from a place and person is not the person met; an office
        # with a place and no name after it stays an unnamed speaker
        "A letter from Tarrow Mina Kovac arrived at the hall on Friday.",
        "The MP for Tarrow Ridge said the timetable had failed.",
    ],
)
def test_no_person_met_without_a_role_and_a_name(sentence: str) -> None:
    names = {m.name for m in find_mentions(sentence, linked=True) if m.entity.value == "person"}
    assert "Mina Kovac" not in names
    assert "Tarrow Ridge" not in names


def test_a_bare_title_before_a_name_and_a_noun_is_still_a_modifier() -> None:
    # near miss: "the President Dara Quell administration" is the administration, not her
    text = (
        "The rain held off until the evening.\n\n"
        "Later the President Dara Quell administration said the ferry would run again.\n\n"
        '"The ferry timetable has failed this town," it said.'
    )
    assert speaker_of(text, "ferry timetable") != "Dara Quell"
