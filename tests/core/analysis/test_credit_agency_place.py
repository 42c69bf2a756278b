"""An agency's byline with the place it filed from ("PTI, Dunvarra"), invented copy."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole


def _read(line: str, declared: bool) -> list[tuple[CreditRole, str, str | None]]:
    return [(c.role, c.name, c.location) for c in read_credit_line(line, declared=declared).credits]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "agency", "place"),
    [
        ("PTI, Dunvarra", "PTI", "Dunvarra"),
        ("Reuters | Dunvarra", "Reuters", "Dunvarra"),
        ("PTI Dunvarra (KX)", "PTI", "Dunvarra (KX)"),
        ("PTI Dunvarra (KX) Published 14.03.25, 09:12 AM", "PTI", "Dunvarra (KX)"),
        ("AFP, Dunvarra, May 3, 2026", "AFP", "Dunvarra"),
    ],
)
def test_the_agency_is_the_byline_and_the_town_its_place(
    line: str, agency: str, place: str, declared: bool
) -> None:
    assert _read(line, declared) == [(CreditRole.BYLINE, agency, place)]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    "line", ["Reuters Dunvarra", "AFP Photo", "Reuters Graphics", "Bloomberg Opinion"]
)
def test_a_word_run_on_after_the_agency_without_a_mark_is_no_place(
    line: str, declared: bool
) -> None:
    assert all(c.location is None for c in read_credit_line(line, declared=declared).credits)


@pytest.mark.parametrize("declared", [True, False])
def test_a_writer_after_the_agency_is_no_place(declared: bool) -> None:
    # the writer is credited, with no place, and the agency is not given her name as its town
    assert _read("AFP, Ilse Marta", declared) == [(CreditRole.BYLINE, "Ilse Marta", None)]


def test_a_pasted_line_with_a_leading_space_is_read_as_without_it() -> None:
    # the cheap test allowed the space; the reader then refused the line on its first character
    for declared in (False, True):
        found = read_credit_line(" PTI, Tarnowo", declared=declared).credits
        assert [(c.role, c.name, c.location) for c in found] == [
            (CreditRole.BYLINE, "PTI", "Tarnowo")
        ]
