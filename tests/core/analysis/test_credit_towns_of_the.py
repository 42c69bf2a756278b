"""A town the cities list knows wins over an outlet's shape (round 30, second pass): "The
Hague" opens on "The" as "The Harbour Times" does, and was dropped as an outlet no one works
for, or read into a name ("BY ANA LIMA IN THE HAGUE" credited "Ana Lima In"). The writers'
names and outlets are invented; the towns are real, since the rule is that the list knows them."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_names import looks_like_outlet
from tests.core.analysis.credit_reading import Read, read_people


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Ana Lima in The Hague", [("Ana Lima", "The Hague", None)]),
        ("BY ANA LIMA IN THE HAGUE", [("Ana Lima", "The Hague", None)]),
        ("By Ana Lima, The Hague", [("Ana Lima", "The Hague", None)]),
        ("By Ana Lima, Reuters, The Hague", [("Ana Lima", "The Hague", "Reuters")]),
        (
            "By Ana Lima, The Harbour Times, The Hague",
            [("Ana Lima", "The Hague", "The Harbour Times")],
        ),
        (
            "By Ana Lima and Tom Ray in The Bronx",
            [("Ana Lima", "The Bronx", None), ("Tom Ray", "The Bronx", None)],
        ),
        (
            "By Ana Lima and Tom Ray, Los Angeles",
            [("Ana Lima", "Los Angeles", None), ("Tom Ray", "Los Angeles", None)],
        ),
    ],
)
def test_a_known_town_is_the_writers_place(line: str, expected: Read, declared: bool) -> None:
    assert read_people(line, declared) == (expected, ())


def test_a_writers_note_keeps_her_town_after_her_outlet() -> None:
    """The Hague was dropped from the note, pasted as a credit."""
    assert read_people("Ana Lima is a reporter at Reuters in The Hague", True) == (
        [("Ana Lima", "The Hague", "Reuters")],
        (),
    )


def test_a_town_opening_on_a_first_name_may_still_be_a_co_writer() -> None:
    """A town of the list whose first word is a first name is not taken from the writers."""
    read, failed = read_people("By Ana Lima, Pedro Juan Caballero", True)
    assert [name for name, _, _ in read] == ["Ana Lima", "Pedro Juan Caballero"]
    assert failed == ()


def test_the_outlet_shape_still_holds_for_outlets() -> None:
    assert looks_like_outlet("The Harbour Times")
    assert not looks_like_outlet("The Hague")


@pytest.mark.parametrize("declared", [True, False])
def test_a_freelances_title_with_her_town_keeps_both(declared: bool) -> None:
    """ "By Ana Lima, a freelance journalist in Oslo" read nothing: the writer was lost."""
    line = "By Ana Lima, a freelance journalist in The Hague"
    assert read_people(line, declared) == ([("Ana Lima", "The Hague", None)], ())
