"""A broadcaster's "... filed this report." sign-off credits the reporters (invented copy)."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import is_credit_paragraph, read_credit_line
from app.core.model import CreditRole


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Ilse Varnum filed this report.", ["Ilse Varnum"]),
        ("KTZ’S Ilse Varnum filed this report.", ["Ilse Varnum"]),
        (
            "Dunvarra TV's Ilse Varnum and Corin Aldaro filed this report.",
            ["Ilse Varnum", "Corin Aldaro"],
        ),
    ],
)
def test_the_reporters_of_the_sign_off_are_credited_without_the_channel(
    line: str, names: list[str], declared: bool
) -> None:
    found = read_credit_line(line, declared=declared)
    assert [(c.role, c.name) for c in found.credits] == [(CreditRole.REPORTING, n) for n in names]


@pytest.mark.parametrize(
    "line",
    [
        "The clerk filed this report.",
        "Ilse Varnum filed this report on Monday with the court.",
        "Police filed this report.",
    ],
)
def test_prose_about_a_report_is_no_credit(line: str) -> None:
    assert not is_credit_paragraph(line)
