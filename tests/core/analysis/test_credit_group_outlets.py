"""An outlet after "of" closes a group of names and is the whole group's ("By A and B of The
Harbour Times and C of Reuters"), back to a name with an outlet or an "of" of its own. Every
name here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line


def _people(line: str) -> list[tuple[str, str | None, str | None]]:
    read = read_credit_line(line)
    assert read.failed == ()
    return [(c.name, c.location, c.organisation) for c in read.credits]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "By Wenke Falster and Osric Pell of The Harbour Times and Ida Brun of Reuters",
            [
                ("Wenke Falster", None, "The Harbour Times"),
                ("Osric Pell", None, "The Harbour Times"),
                ("Ida Brun", None, "Reuters"),
            ],
        ),
        (
            "By Wenke Falster of Reuters, Osric Pell and Ida Brun of The Harbour Times",
            [
                ("Wenke Falster", None, "Reuters"),
                ("Osric Pell", None, "The Harbour Times"),
                ("Ida Brun", None, "The Harbour Times"),
            ],
        ),
        (
            "Reporting by Wenke Falster and Osric Pell of Reuters in Oslo and Ida Brun of AP "
            "in Bergen",
            [
                ("Wenke Falster", "Oslo", "Reuters"),
                ("Osric Pell", "Oslo", "Reuters"),
                ("Ida Brun", "Bergen", "AP"),
            ],
        ),
    ],
)
def test_an_outlet_after_of_is_its_groups(
    line: str, people: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(line) == people


@pytest.mark.parametrize(
    ("line", "people"),
    [
        # her own "of" (a town: her place) stops the group
        (
            "By Wenke Falster of Bergen and Osric Pell of Reuters",
            [("Wenke Falster", "Bergen", None), ("Osric Pell", None, "Reuters")],
        ),
        # a name after the group is not in it
        (
            "By Wenke Falster and Osric Pell of The Harbour Times and Ida Brun",
            [
                ("Wenke Falster", None, "The Harbour Times"),
                ("Osric Pell", None, "The Harbour Times"),
                ("Ida Brun", None, None),
            ],
        ),
    ],
)
def test_the_group_stops_at_a_name_of_its_own_and_never_reaches_forward(
    line: str, people: list[tuple[str, str | None, str | None]]
) -> None:
    assert _people(line) == people
