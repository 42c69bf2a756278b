"""A desk title or an outlet run on after a byline's name with no comma (invented copy)."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole


def _read(line: str, declared: bool) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line, declared=declared).credits]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a title in sentence case after the name
        ("Written by Ilse Varnum Environment editor", [(CreditRole.WRITING, "Ilse Varnum")]),
        ("By Ilse Varnum Political correspondent", [(CreditRole.BYLINE, "Ilse Varnum")]),
        # an outlet of several words after the name
        ("By Ilse Varnum Dunvarra News", [(CreditRole.BYLINE, "Ilse Varnum")]),
    ],
)
def test_the_words_run_on_after_the_name_are_not_part_of_it(
    line: str, expected: list[tuple[CreditRole, str]], declared: bool
) -> None:
    assert _read(line, declared) == expected


@pytest.mark.parametrize("declared", [True, False])
def test_call_letters_run_on_after_the_last_name_are_dropped(declared: bool) -> None:
    # the importer too: the outlet's letters vouch for a byline as an outlet after a bar does
    assert _read("Ilse Varnum & Marta Aldaro KTZ", declared=declared) == [
        (CreditRole.BYLINE, "Ilse Varnum"),
        (CreditRole.BYLINE, "Marta Aldaro"),
    ]


@pytest.mark.parametrize(
    "line", ["Ilse Varnum & Marta Aldaro", "Marta Aldaro met the KTZ", "Quell & Dunvarra KTZ"]
)
def test_the_importer_takes_no_names_without_an_outlet_and_no_prose(line: str) -> None:
    assert read_credit_line(line).credits == []


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "names"),
    [
        # the outlet after a comma is no second writer named by its first words
        ("By Ilse Varnum, Dunvarra Valley Daily News", ["Ilse Varnum"]),
        # a surname printed in capitals (with vowels) is no call letters
        ("By Ilse VARNUM", ["Ilse Varnum"]),
    ],
)
def test_outlets_and_capitalised_surnames_are_not_misread(
    line: str, names: list[str], declared: bool
) -> None:
    assert _read(line, declared) == [(CreditRole.BYLINE, n) for n in names]
