"""A publication stamp printed with a byline does not cost the writer."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import parse_credit_line
from app.core.model import CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in parse_credit_line(line)]


@pytest.mark.parametrize(
    "line",
    [
        "May 3, 2024 · By Odile Fenwick",
        "Jun 04, 2023 09:15AM ● By Odile Fenwick",
        "3 May 2024 • By Odile Fenwick",
        "Posted by Odile Fenwick on 3 May 2024",
        "By Odile Fenwick | May 3, 2024 10:15 AM EDT",
        "By Odile Fenwick, May 3, 2024",
    ],
)
def test_date_before_or_after_the_byline_is_cut_off(line: str) -> None:
    assert _read(line) == [(CreditRole.BYLINE, "Odile Fenwick")]


@pytest.mark.parametrize(
    "line",
    [
        "By May 3, 2024, the board must decide.",
        "By 2024 the ferry will stop running.",
        "Posted by Odile Fenwick on 3 May 2024 in Harbour Notes and Letters of the week",
    ],
)
def test_prose_with_a_date_stays_prose(line: str) -> None:
    assert _read(line) == []


def test_listing_byline_after_a_comma() -> None:
    assert _read(", by Odile Fenwick") == [(CreditRole.BYLINE, "Odile Fenwick")]
    assert _read(", by the way") == []
