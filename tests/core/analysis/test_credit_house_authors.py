"""An outlet's body credited as the author (credit_house_authors.py): "By the Harbour Times
editorial board" read nothing and reported nothing. Every name here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credits
from app.core.model import Credit
from app.core.model import CreditRole as R


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By the Harbour Times editorial board",
            [Credit(R.BYLINE, "The Harbour Times editorial board")],
        ),
        ("By Harbour Times staff", [Credit(R.BYLINE, "Harbour Times staff")]),
        (
            "By The Quay Ledger Editorial Board",
            [Credit(R.BYLINE, "The Quay Ledger Editorial Board")],
        ),
        (
            "By the Editorial Board of The Quay Ledger",
            [Credit(R.BYLINE, "The Editorial Board of The Quay Ledger")],
        ),
        ("By Reuters staff in Oslo", [Credit(R.BYLINE, "Reuters staff", "Oslo")]),
        (
            "Reporting by Harbour Times staff; Editing by Oda Finch",
            [Credit(R.REPORTING, "Harbour Times staff"), Credit(R.EDITING, "Oda Finch")],
        ),
    ],
)
def test_an_outlets_body_as_the_author_is_its_credit(
    line: str, expected: list[Credit], declared: bool
) -> None:
    found = read_credits(line, declared=declared)
    assert (found.credits, found.failed) == (expected, ())


@pytest.mark.parametrize(
    "line", ["By hospital staff", "By the night desk", "By Many Harbour Courier staff"]
)
def test_a_crowd_or_a_desk_with_no_outlet_is_no_credit(line: str) -> None:
    assert read_credits(line, declared=False).credits == []


def test_a_writer_before_the_staff_still_works_there() -> None:
    """The outlet's staff after a name stays her employer, not a second credit."""
    found = read_credits("By Per Lund and the Harbour Times staff", declared=False)
    assert found.credits == [Credit(R.BYLINE, "Per Lund", organisation="the Harbour Times")]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("From Harbour Times staff and wire reports", "Harbour Times staff"),
        ("From the Quay Ledger staff and wire reports.", "The Quay Ledger staff"),
        ("From Reuters staff reports", "Reuters staff"),
    ],
)
def test_a_round_up_from_an_outlets_staff_credits_the_staff(
    line: str, name: str, declared: bool
) -> None:
    """ "From Harbour Times staff and wire reports" read nothing and reported nothing."""
    found = read_credits(line, declared=declared)
    assert (found.credits, found.failed) == ([Credit(R.BYLINE, name)], ())


@pytest.mark.parametrize("line", ["From staff and wire reports", "From hospital staff reports"])
def test_staff_reports_of_no_outlet_credit_no_one(line: str) -> None:
    assert read_credits(line, declared=False).credits == []
