"""Meeting people (meeting_people.py): a name read outside quotes finds the person it stands
for or introduces them, teaches the resolver what it says about them and makes them recent."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from tests.core.analysis.resolver_setup import observed


def test_a_surname_first_and_the_full_name_later_are_one_person() -> None:
    resolver = observed("Talvik opened the bakery.", "Orla Talvik bought new ovens.")
    assert resolver.is_person("Orla Talvik")
    assert resolver.people["Orla Talvik"].named_in_full
    assert "Talvik" not in resolver.people


def test_a_namesake_named_later_does_not_take_the_bare_surname() -> None:
    resolver = observed("Ines Morvan runs the farm.", "Her brother, Tomas Morvan, helps.")
    person = resolver._person_for(find_mentions("Morvan waved.")[0])
    assert person is not None and person.name == "Ines Morvan"


def test_an_honorific_says_more_than_a_first_name() -> None:
    resolver = observed("Robin Keyes chaired the meeting.", "Ms. Keyes thanked the staff.")
    person = resolver.people["Robin Keyes"]
    assert (person.gender, person.gender_from) == ("f", "honorific")


def test_the_recent_list_stays_short_in_a_long_story() -> None:
    names = [f"Ana Vel{chr(97 + i)}{chr(97 + j)}" for i in range(5) for j in range(8)]
    resolver = observed(*(f"{name} arrived." for name in names))
    assert len(resolver._recent) <= 24
    assert resolver._recent[-1].name == names[-1]


def test_the_person_just_met_as_a_subject_is_who_he_means() -> None:
    text = "Piet Vandel and Joss Aker met on Monday. Vandel later left.\n\n“We talked,” he said."
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Piet Vandel"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Lyle Danvers Sr. said the orchard was "my life." "He taught me everything," said '
            "his son, Lyle Danvers Jr.",
            ["Lyle Danvers Sr.", "Lyle Danvers Jr."],
        ),
        (
            'Cole Amberly II said the mill was "home." "He was right," said Cole Amberly III.',
            ["Cole Amberly II", "Cole Amberly III"],
        ),
        (
            'Lyle Danvers Jr. said the orchard was "my life." "It is everything," Lyle Danvers '
            "said.",
            ["Lyle Danvers Jr.", "Lyle Danvers Jr."],
        ),
    ],
)
def test_father_and_son_are_two_people(text: str, speakers: list[str]) -> None:
    """ "Jr." after "Sr." names the son, not another spelling of the father; the name without
    a suffix is still the one named with it."""
    assert [q.speaker for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize(
    "text",
    [
        (
            "Tam and Orla Brisk bought the mill in 2015.\n"
            "“We had no idea what we were doing,” Mrs. Brisk said.\n"
            "The couple’s daughter, Nessa Brisk, runs the cafe.\n"
            "“My parents built it,” Ms. Brisk said.\n"
            "Mr. Pruitt, a neighbour, praised the family.\n"
            "“It was about time,” Mrs. Brisk said."
        ),
        # "Mrs." named again after the daughter is still the mother
        (
            "Tom and Orla Brisk bought the mill in 2015.\n"
            "“We had no idea what we were doing,” Mrs. Brisk said.\n"
            "Mr. Brisk did the wiring himself.\n"
            "The couple’s daughter, Nessa Brisk, runs the cafe.\n"
            "“My parents built it,” Ms. Brisk said.\n"
            "Mrs. Brisk said they nearly sold the mill in 2020.\n"
            "“We had $400 in the bank,” she said."
        ),
    ],
)
def test_mrs_and_ms_keep_the_mother_and_the_daughter_apart(text: str) -> None:
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers == ["Orla Brisk", "Nessa Brisk", "Orla Brisk"]


def test_mr_is_the_namesake_whose_name_says_a_man_not_one_whose_name_says_nothing() -> None:
    text = (
        "Kit Foster opened the shop in 1980.\n"
        "Tom Foster joined in 1990.\n"
        "“We never closed a day,” Mr Foster said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Foster"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Information Minister Syed Kamran Ali Shah spoke on Thursday. "
            "“We are told we play the provincial card,” Kamran said.",
            "Syed Kamran Ali Shah",
        ),
        (
            "Mian Tariq Ahmed opened the bridge. “It will carry the trucks,” Tariq said.",
            "Mian Tariq Ahmed",
        ),
    ],
)
def test_the_given_name_after_a_prefix_finds_the_person(text: str, speaker: str) -> None:
    # South Asian names open with a lineage or honour; the given name follows it
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker
    assert "first name of a person named earlier" in (quote.speaker_reason or "")


def test_a_prefix_of_a_two_word_name_is_its_first_name() -> None:
    # near miss: "Syed Ali" has no given name after the prefix but "Syed" itself
    (quote,) = analyze("Syed Ali spoke. “It is a dead issue,” Syed said.").quotes
    assert quote.speaker == "Syed Ali"


def test_a_name_inside_a_document_description_is_met() -> None:
    # "the verdict of Colm Brady" is one phrase; the name in it is still whom "he" means
    text = (
        "That was the verdict of Colm Brady, who has fished the bay for forty years.\n\n"
        "He went to Dunmore harbour last week. “The fish have gone,” he said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Colm Brady"]
