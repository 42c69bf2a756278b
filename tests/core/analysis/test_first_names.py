"""The first-name table: genders, names that are also words, accents and hyphens."""

from __future__ import annotations

import pytest

from app.core.analysis.first_names import first_name_gender, is_first_name


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Helen", "f"), ("Declan", "m"), ("Søren", "m"), ("Łukasz", "m"), ("Pierre-Emerick", "m")],
)
def test_a_first_name_given_to_one_gender_says_it(name: str, gender: str) -> None:
    assert first_name_gender(name) == gender


def test_a_name_given_to_both_is_a_first_name_with_no_gender() -> None:
    assert is_first_name("Jordan")
    assert first_name_gender("Jordan") == ""


@pytest.mark.parametrize("word", ["Harbour", "Council", "Tuesday"])
def test_words_that_are_no_first_names(word: str) -> None:
    assert not is_first_name(word)


@pytest.mark.parametrize("name", ["Sam", "Alex"])
def test_a_short_form_of_both_genders_names_no_gender(name: str) -> None:
    # "Sam" for Samuel or Samantha, "Alex" for Alexander or Alexandra
    assert is_first_name(name)
    assert first_name_gender(name) == ""
