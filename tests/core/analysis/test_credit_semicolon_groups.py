"""A ";"-group of a credit list keeps what closes it for the whole group (round 30, second
pass): "By A and B, Politico; C, Reuters" gave Politico to B alone, a picture credit's second
group turned its photographer into a writer, and a name after "and" in a group of "Name, Town"
pairs was swallowed into the first writer's place. Every name and town is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_name_pairs import paired_words
from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole
from tests.core.analysis.credit_reading import Read, read_people


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By Ana Lima and Tom Ray, Politico; Per Lund, Reuters",
            [
                ("Ana Lima", None, "Politico"),
                ("Tom Ray", None, "Politico"),
                ("Per Lund", None, "Reuters"),
            ],
        ),
        (
            "By Wenke Falster, Tarnowo, and Odo Pelling, Vellmar; Per Lund, Reuters",
            [
                ("Wenke Falster", "Tarnowo", None),
                ("Odo Pelling", "Vellmar", None),
                ("Per Lund", None, "Reuters"),
            ],
        ),
        (
            "By Ana Lima in Oslo, Tom Ray; Per Lund in Bergen",
            [("Ana Lima", "Oslo", None), ("Tom Ray", None, None), ("Per Lund", "Bergen", None)],
        ),
    ],
)
def test_what_closes_a_group_is_the_whole_groups(line: str, expected: Read, declared: bool) -> None:
    assert read_people(line, declared) == (expected, ())


@pytest.mark.parametrize("declared", [True, False])
def test_a_picture_credits_second_group_credits_pictures(declared: bool) -> None:
    """Per Lund was credited as the writer of the story."""
    found = read_credit_line(
        "Photo: Kari Holm and Lars Berg, Shutterstock; Per Lund, Reuters", declared=declared
    )
    assert [(c.role, c.name, c.organisation) for c in found.credits] == [
        (CreditRole.PHOTO, "Kari Holm", "Shutterstock"),
        (CreditRole.PHOTO, "Lars Berg", "Shutterstock"),
        (CreditRole.PHOTO, "Per Lund", "Reuters"),
    ]
    assert found.failed == ()


def test_a_word_closing_a_group_is_paired_only_inside_a_group_of_pairs() -> None:
    items = [
        ("Ana Lima", ""),
        ("Tom Ray", "and"),
        ("Politico", ","),
        ("Per Lund", ""),
        ("Reuters", ","),
    ]
    assert paired_words(items) == set()
    paired = [("Ana Lima", ""), ("Tarnowo", ","), ("Tom Ray", "and"), ("Vellmar", ",")]
    assert paired_words([*paired, ("Per Lund", ""), ("Reuters", ",")]) == {1, 3}


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            # the first pass's ";"-group change credited Politico as a contributor here
            "Contributing: Ana Lima and Tom Ray, Politico; Per Lund, Reuters",
            [
                ("Ana Lima", None, "Politico"),
                ("Tom Ray", None, "Politico"),
                ("Per Lund", None, "Reuters"),
            ],
        ),
        (
            "By Ana Lima and Tom Ray, Politico, Oslo",
            [("Ana Lima", "Oslo", "Politico"), ("Tom Ray", "Oslo", "Politico")],
        ),
        (
            "By Ana Lima and Tom Ray, Politico, Oslo; Per Lund, Reuters, Bergen",
            [
                ("Ana Lima", "Oslo", "Politico"),
                ("Tom Ray", "Oslo", "Politico"),
                ("Per Lund", "Bergen", "Reuters"),
            ],
        ),
    ],
)
def test_an_outlet_and_a_town_closing_a_group_are_no_writers(
    line: str, expected: Read, declared: bool
) -> None:
    """Politico and Oslo were credited as writers."""
    assert read_people(line, declared) == (expected, ())
