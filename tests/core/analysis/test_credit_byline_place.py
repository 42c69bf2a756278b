"""The place closing a byline after a comma ("By Ilse Varnum, Dunvarra"), invented copy."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole


def _read(line: str, declared: bool) -> list[tuple[CreditRole, str, str | None]]:
    return [(c.role, c.name, c.location) for c in read_credit_line(line, declared=declared).credits]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a town no list knows, and no first name: the credit's place
        ("By Ilse Varnum, Dunvarra", [("Ilse Varnum", "Dunvarra")]),
        # a town the place lists know, though it is also a first name
        ("By Ilse Varnum, Sydney", [("Ilse Varnum", "Sydney")]),
        # two writers joined by "and", then the town: the place of both
        (
            "By Ilse Varnum and Corin Aldaro, Dunvarra",
            [("Ilse Varnum", "Dunvarra"), ("Corin Aldaro", "Dunvarra")],
        ),
    ],
)
def test_one_word_after_the_names_is_the_credits_place_not_a_second_writer(
    line: str, expected: list[tuple[str, str]], declared: bool
) -> None:
    assert _read(line, declared) == [(CreditRole.BYLINE, n, p) for n, p in expected]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a co-writer written in full stays a writer
        ("By Ilse Varnum, Corin Aldaro", ["Ilse Varnum", "Corin Aldaro"]),
        # a co-writer known by a first name alone stays a writer
        ("By Ilse Varnum, Marta", ["Ilse Varnum", "Marta"]),
    ],
)
def test_a_co_writer_after_the_comma_stays_a_writer(
    line: str, names: list[str], declared: bool
) -> None:
    assert _read(line, declared) == [(CreditRole.BYLINE, n, None) for n in names]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize("line", ["By Ilse Varnum, DunvarraPost", "By Ilse Varnum, Dunvarranews"])
def test_a_one_word_outlet_after_the_comma_is_neither_writer_nor_place(
    line: str, declared: bool
) -> None:
    assert _read(line, declared) == [(CreditRole.BYLINE, "Ilse Varnum", None)]


@pytest.mark.parametrize("declared", [True, False])
def test_a_picture_credit_takes_only_a_known_place_for_its_place(declared: bool) -> None:
    # a picture credit names its picture library there, a word no list knows
    found = read_credit_line("Photo: Ilse Varnum, Dunvarra", declared=declared).credits
    assert (CreditRole.PHOTO, "Ilse Varnum", None) in [(c.role, c.name, c.location) for c in found]
    assert all(c.location is None for c in found)


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Round 29: a city of 100,000 people or more (GeoNames) that is also somebody's first
        # name in the birth registers ("Oslo") was credited as a co-writer
        ("By Ilse Varnum, Oslo", [("Ilse Varnum", "Oslo")]),
        ("Photo: Ilse Varnum, Oslo", [("Ilse Varnum", "Oslo")]),
        # a first name that is no city stays a person, as before
        ("By Ilse Varnum, Tom", [("Ilse Varnum", None), ("Tom", None)]),
    ],
)
def test_a_known_city_after_a_full_name_is_her_place(
    line: str, expected: list[tuple[str, str | None]], declared: bool
) -> None:
    assert [(name, place) for _role, name, place in _read(line, declared)] == expected


def test_cities_are_asked_only_where_a_town_is_set() -> None:
    """Many towns are surnames too: "By Lima and Ray" (a bare surname form) keeps both
    writers, though Lima is a city of the list."""
    assert [c.name for c in read_credit_line("By Lima and Ray").credits] == ["Lima", "Ray"]
