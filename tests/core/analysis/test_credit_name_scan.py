"""Bylines in shapes no shape reader knows, read by the people named in them (invented copy)."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import is_credit_line, read_credit_line
from app.core.model import CreditRole


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Nell Varga • Dunmore Courier • 12 May 2026", ["Nell Varga"]),
        ("IVO BRANDT | Dunmore Post | May 3, 2026", ["Ivo Brandt"]),
        ("Sid Oake - Dunmore Post", ["Sid Oake"]),
        ("ORLA FENWICK 10:45 AM", ["Orla Fenwick"]),
        ("Nell Varga | 3 May 2026, 10:45", ["Nell Varga"]),
        ("N.K. VARGA, Dunmore Courier", ["N.K. Varga"]),
        (
            "Nell Varga, Senior Reporter • Ivo Brandt, Dunmore Courier • May 3",
            ["Nell Varga", "Ivo Brandt"],
        ),
        ("NELL VARGA AND IVO BRANDT | DUNMORE POST", ["Nell Varga", "Ivo Brandt"]),
        ("Nell Varga and Ivo Brandt, Monday", ["Nell Varga", "Ivo Brandt"]),
        ("May Oake | Dunmore Courier", ["May Oake"]),
    ],
)
def test_names_among_outlets_titles_and_dates_are_credited_as_bylines(
    line: str, names: list[str]
) -> None:
    found = read_credit_line(line)
    assert [c.name for c in found.credits] == names
    assert all(c.role is CreditRole.BYLINE for c in found.credits)
    assert found.failed == ()
    assert is_credit_line(line)


def test_a_part_that_is_no_name_and_no_outlet_is_reported_not_dropped() -> None:
    found = read_credit_line("Nell Varga | Zorblat | Dunmore Courier")
    assert [c.name for c in found.credits] == ["Nell Varga"]
    assert found.failed == ("Zorblat",)


@pytest.mark.parametrize(
    "line",
    [
        "Dunmore Courier editor Nell Varga quits",  # a headline
        "Nell Varga, the mayor, said the bridge would open in May.",  # a sentence
        "Ivo Brandt, Reuters, reported on Monday that fares would rise",
        "The Dunmore Courier",  # an outlet alone
        "Staff Reporter",
        "Dunmore, May 3",  # a place and a date
        "Paris, May 3, 2026",
        "Nell Varga, Ivo Brandt",  # names only: nothing says byline
        "Nell Varga, 34",  # an age, no date
        "Ivo Brandt, 45, of Dunmore",
        "Nell Varga, a reporter",
        "— Nell Varga, Dunmore Post, May 20, 2026",  # under a picture: byline or photo unsaid
        "Winter Storm | Dunmore Post | May 3, 2026",  # no known first name
        "Written by the council, May 3, 2026",
    ],
)
def test_near_misses_give_no_byline(line: str) -> None:
    assert read_credit_line(line).credits == []
    assert not is_credit_line(line)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Written by Nell Varga | Dunmore Courier | 3 May 2026", CreditRole.WRITING),
        ("Story by Nell Varga | Dunmore Courier | 3 May 2026", CreditRole.BYLINE),
        ("Reporter: Nell Varga | Dunmore Courier | 3 May 2026", CreditRole.BYLINE),
    ],
)
def test_a_cued_name_before_bars_keeps_its_cue_and_loses_the_date(
    line: str, role: CreditRole
) -> None:
    found = read_credit_line(line)
    assert [(c.role, c.name) for c in found.credits] == [(role, "Nell Varga")]
    assert found.failed == ()
