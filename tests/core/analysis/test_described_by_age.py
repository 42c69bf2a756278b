"""A later "the 17-year-old" is the person the story gave that age ("Tala Reyes, 17," or
"17-year-old Tala Reyes"), not whoever was a subject last (appositions.py, descriptions.py)."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q["speaker"] for q in analyze(text).to_json()["quotes"]]


def test_the_age_after_a_name_finds_that_person_past_a_later_subject() -> None:
    text = (
        "Tala Reyes, 17, won the regional title on Saturday. Coach Ben Alder watched from "
        "the stands.\n\n“I never thought I would get here,” the 17-year-old said."
    )
    assert _speakers(text) == ["Tala Reyes"]


def test_the_age_before_a_name_finds_that_person() -> None:
    text = (
        "17-year-old Tala Reyes won the regional title on Saturday. Coach Ben Alder watched "
        "from the stands.\n\n“I never thought I would get here,” the 17-year-old said."
    )
    assert _speakers(text) == ["Tala Reyes"]


def test_of_two_people_given_ages_the_one_with_that_age_speaks() -> None:
    text = (
        "Tala Reyes, 17, beat Mia Sato, 19, in the final on Saturday. Coach Ben Alder "
        "watched.\n\n“I will be back next year,” the 19-year-old said."
    )
    assert _speakers(text) == ["Mia Sato"]


def test_an_age_with_a_noun_after_it_finds_that_person_too() -> None:
    text = (
        "Tala Reyes, 17, won the regional title on Saturday. Coach Ben Alder watched from "
        "the stands.\n\n“I never thought I would get here,” the 17-year-old striker said."
    )
    assert _speakers(text) == ["Tala Reyes"]


def test_someone_given_another_age_is_not_the_speaker() -> None:
    # the near miss: nobody was given this age, and the only subject was given another one
    text = (
        "Dev Patel, 45, praised the new signing on Friday.\n\n"
        "“I am delighted to be here,” the 24-year-old said."
    )
    assert _speakers(text) == ["the 24-year-old"]


def test_with_no_age_given_the_age_still_means_the_subject_before() -> None:
    # unchanged: "The 56-year-old said" with no ages in the story is its subject
    text = (
        "Tala Reyes won the regional title on Saturday.\n\n"
        "“I never thought I would get here,” the 17-year-old said."
    )
    assert _speakers(text) == ["Tala Reyes"]
