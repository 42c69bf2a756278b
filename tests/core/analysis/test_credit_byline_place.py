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
