"""A byline without "By" vouched for by the page's stamp after it (credit_stamp_tail.py).
Every line here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import is_credit_paragraph, read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


@pytest.mark.parametrize(
    "line",
    [
        "Nell Varga Published 3 May 2026",  # no mark between the name and the stamp
        "Nell Varga Updated May 3, 2026 10:15 AM",
        "NELL VARGA UPDATED 03/05/2026",  # a printed page's capitals
        "Nell Varga Posted: May 3, 2026",
        "Nell Varga | Published 3 May 2026",  # the bar was no help before either
        "Nell Varga · Last updated 3 May 2026",
    ],
)
def test_a_name_before_the_page_stamp_is_the_byline(line: str) -> None:
    assert _read(line) == [(R.BYLINE, "Nell Varga")]


def test_two_writers_before_the_stamp_are_both_credited() -> None:
    line = "Nell Varga and Tom Ruel Published 3 May 2026"
    assert _read(line) == [(R.BYLINE, "Nell Varga"), (R.BYLINE, "Tom Ruel")]


@pytest.mark.parametrize(
    "line",
    [
        "Nell Varga published her first novel in May 2019",  # prose: a verb, lower case
        "Nell Varga Posted 3 Goals in May 2026",  # a headline: the stamp reads as words
        "Police Chief Nell Varga Updated Council on May 3, 2026",
        "Nell Varga Published",  # no date: nothing vouches
        "The Harbour Times Published 3 May 2026",  # an outlet, no person
        "Valmora Updated 3 May 2026",
        # a title-case subhead: the words after the stamp word are no date
        "Nell Varga Published her first novel in 2019 with Harbour Press.",
        "Local Writer Nell Varga Published Her First Novel In 2019",
        "Nell Varga Updated Her Will After the 2024 Flood",
    ],
)
def test_a_stamp_word_in_prose_or_without_a_date_credits_no_one(line: str) -> None:
    assert _read(line) == []


def test_the_importer_moves_the_stamped_byline_out_of_the_body() -> None:
    assert is_credit_paragraph("Nell Varga Published 3 May 2026")
    assert not is_credit_paragraph("Nell Varga published her first novel in May 2019")
