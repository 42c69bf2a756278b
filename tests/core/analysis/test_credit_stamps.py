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


def test_an_agency_with_the_pages_stamp_is_the_byline() -> None:
    """ "PTI | Updated: ...": the wire that sent the story, where a byline would be."""
    from app.core.analysis.credits import read_credit_line
    from app.core.model import CreditRole

    for line in (
        "Reuters | Updated: May 3, 2024 10:15 IST",
        "PTI | Updated: Mar 12, 2025, 08:40 AM IST",
        "The Associated Press · June 9, 2023",
        "Reuters / Tuesday, June 13, 2023",
    ):
        found = read_credit_line(line).credits
        assert [c.role for c in found] == [CreditRole.BYLINE], line
    # an outlet's name with the stamp is the page's masthead, not a byline
    assert read_credit_line("Harbour Ledger | Updated: May 3, 2024 10:15 IST").credits == []
