"""The one table of nationality words (nationality_words.py): every reading that asks whether a
word is a nationality gets the same answer, so a word added once reaches all of them."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from app.core.analysis.entities import NATIONALITIES
from app.core.analysis.nationality_words import (
    ADJECTIVE_ONLY,
    COUNTRIES,
    DEMONYM_NOUNS,
    NATIONAL_ADJECTIVES,
    NOUNS_THAT_ARE_NAMES,
    PERSON_ADJECTIVES,
)


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_the_tables_agree_with_one_another() -> None:
    assert NATIONAL_ADJECTIVES <= NATIONALITIES
    assert ADJECTIVE_ONLY <= NATIONAL_ADJECTIVES
    assert PERSON_ADJECTIVES <= NATIONAL_ADJECTIVES
    assert all(noun in DEMONYM_NOUNS for noun in NOUNS_THAT_ARE_NAMES)
    for adjective, gender in DEMONYM_NOUNS.values():
        assert adjective == "" or adjective in COUNTRIES
        assert gender in ("m", "f", "")


def test_every_known_nationality_names_the_one_person_given_it() -> None:
    # "Syrian" was a name-kind word but not a nationality the speaker reading knew.
    text = (
        "Syrian surgeon Omar Haddeth opened the new ward on Monday. Hospital director Lukas"
        " Brenner cut the ribbon.\n\n“We waited years for this room,” the Syrian said."
    )
    assert _speakers(text) == ["Omar Haddeth"]


def test_an_informal_demonym_noun_finds_its_country() -> None:
    # "Aussie" had a gender in one table and no country in the other.
    text = (
        "Australian swimmer Kate Lorrimer won the final. Her coach, Lina Vogt, watched from the"
        " stands.\n\n“I felt strong from the first length,” the Aussie said."
    )
    assert _speakers(text) == ["Kate Lorrimer"]


def test_any_nationality_that_is_a_noun_is_an_unnamed_speaker() -> None:
    text = (
        "The bridge closed at noon.\n\n“Nobody told us anything,” said an Indonesian at the scene."
    )
    assert _speakers(text) == ["an Indonesian at the scene"]


def test_a_demonym_that_is_a_given_name_stays_part_of_the_name() -> None:
    text = (
        "Dane Michael Ruiz, a farmer, lost his barn in the storm.\n\n"
        "“The wind took everything,” Ruiz said."
    )
    assert _speakers(text) == ["Dane Michael Ruiz"]


def test_a_demonym_that_is_a_surname_is_the_person_who_bears_it() -> None:
    text = (
        "Harbour chief Jack Pole opened the new quay on Monday. Mayor Ana Ruiz cut the ribbon."
        "\n\n“It took ten years,” Pole said."
    )
    assert _speakers(text) == ["Jack Pole"]
