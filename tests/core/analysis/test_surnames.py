"""A bare capitalised word met alone: could it be a person (and so be introduced or warned
about), or is it a common noun opening a sentence?"""

from __future__ import annotations

import pytest

from app.core.analysis.surnames import could_be_a_person, first_of_two_surnames, looks_like_surname


@pytest.mark.parametrize("word", ["Okafor", "Brannigan", "O’Dowd", "Lind."])
def test_surnames_look_like_surnames(word: str) -> None:
    assert looks_like_surname(word)


@pytest.mark.parametrize(
    "word",
    ["Negotiations", "Management", "Happiness", "NASA", "Mr", "Dr", "x", "lowercase"],
)
def test_common_nouns_caps_and_honorifics_are_not_surnames(word: str) -> None:
    assert not looks_like_surname(word)


def test_a_first_name_alone_could_be_a_person_but_is_no_surname() -> None:
    assert not looks_like_surname("Tommy")
    assert could_be_a_person("Tommy")


def test_a_first_name_in_capitals_is_no_person() -> None:
    assert not could_be_a_person("TOMMY")


@pytest.mark.parametrize(
    ("name", "paternal"),
    [
        ("Juan Carlos Pérez Rodríguez", "Pérez"),
        ("Ana García Márquez", "García"),
        ("Luis Hernandez Ortega", "Hernandez"),
        ("Rosa Torres Molina", "Torres"),
        # an English middle name, a Spanish given name before one surname, two words only
        ("Sarah Huckabee Sanders", None),
        ("María José Pérez", None),
        ("Mary Ann Walker", None),
        ("Ana Pérez", None),
    ],
)
def test_the_first_of_two_spanish_surnames(name: str, paternal: str | None) -> None:
    assert first_of_two_surnames(name.split()) == paternal
