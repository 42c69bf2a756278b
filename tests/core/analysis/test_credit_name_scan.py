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


# A line pasted into the credits panel: the editor declared it a credit.


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Orla Fenwick", ["Orla Fenwick"]),
        ("ORLA FENWICK", ["Orla Fenwick"]),
        ("Orla Fenwick, Tamsin Oduya and Li Tamsk", ["Orla Fenwick", "Tamsin Oduya", "Li Tamsk"]),
        ("Orla Fenwick - Tamsin Oduya", ["Orla Fenwick", "Tamsin Oduya"]),
        ("Orla Fenwick & Tamsin Oduya", ["Orla Fenwick", "Tamsin Oduya"]),
        ("Orla Fenwick / Tamsin Oduya", ["Orla Fenwick", "Tamsin Oduya"]),
        ("ORLA FENWICK/TAMSIN ODUYA", ["Orla Fenwick", "Tamsin Oduya"]),
        ("Orla Fenwick y Tamsin Oduya", ["Orla Fenwick", "Tamsin Oduya"]),
        ("Orla Fenwick und Tamsin Oduya, Dunmore Post, 3/5/2026", ["Orla Fenwick", "Tamsin Oduya"]),
        ("Quillon Ward • Senior Writer", ["Quillon Ward"]),
        ("Reuters", ["Reuters"]),
        ("AFP, May 3, 2026", ["AFP"]),
    ],
)
def test_a_declared_line_is_read_by_its_names(line: str, names: list[str]) -> None:
    read = read_credit_line(line, declared=True)
    assert [c.name for c in read.credits] == names
    assert all(c.role is CreditRole.BYLINE for c in read.credits)
    assert not read.failed


def test_a_declared_part_that_is_no_person_is_reported() -> None:
    read = read_credit_line("Orla Fenwick, Tamsin Oduya, Xeltor, 34", declared=True)
    assert [c.name for c in read.credits] == ["Orla Fenwick", "Tamsin Oduya"]
    assert read.failed == ("Xeltor", "34")


def test_a_declared_line_keeps_a_name_joined_by_its_own_particle() -> None:
    read = read_credit_line("Jaime Ortega y Brandt", declared=True)
    assert [c.name for c in read.credits] == ["Jaime Ortega y Brandt"]


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Tuesday",
        "Orla Fenwick said the ferry would run again by June",
        "Orla Fenwick, who chairs the ferry board since last spring",
        "Dunmore Post",
        "Metro Desk",
    ],
)
def test_declared_prose_or_a_body_alone_gives_nothing(line: str) -> None:
    assert read_credit_line(line, declared=True).credits == []


@pytest.mark.parametrize(
    "line", ["Orla Fenwick", "Orla Fenwick & Tamsin Oduya", "Orla Fenwick / Tamsin Oduya"]
)
def test_the_importer_never_reads_bare_names_as_a_credit(line: str) -> None:
    # a paragraph of names in a story may be anything: only the editor can declare it
    assert not is_credit_line(line)
