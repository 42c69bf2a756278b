"""A writer's college or year of study after the name is no second contributor. Invented names."""

from __future__ import annotations

from app.core.analysis.credits import parse_credit_line
from app.core.model import Credit, CreditRole

R = CreditRole


def test_a_college_and_a_year_of_study_after_the_name_are_no_person() -> None:
    for line in (
        "By Nell Varga, Dunmore College",
        "By Nell Varga, Dunmore College, 2nd Year",
        "By Nell Varga, University of Dunmore",
        "By Nell Varga, Class of 2027",
    ):
        assert parse_credit_line(line) == [Credit(R.BYLINE, "Nell Varga")], line


def test_two_writers_and_a_school_board_stay_as_before() -> None:
    assert parse_credit_line("By Nell Varga, Sid Oake") == [
        Credit(R.BYLINE, "Nell Varga"),
        Credit(R.BYLINE, "Sid Oake"),
    ]
    assert parse_credit_line("By Nell Varga and Sid Oake, Dunmore School of Journalism") == [
        Credit(R.BYLINE, "Nell Varga"),
        Credit(R.BYLINE, "Sid Oake"),
    ]
