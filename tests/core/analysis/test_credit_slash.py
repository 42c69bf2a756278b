"""Bare picture credits, a photographer and an agency joined by a slash (credit_slash.py):
"Ana Lima/Reuters" gave no credit at all before, as the reader needed "Photo:" first. Every
name here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_slash import slash_photo_credit
from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole


@pytest.mark.parametrize(
    "line",
    [
        "Dara Holt/Reuters",
        "REUTERS/Dara Holt",
        "(Dara Holt/Getty Images)",
        "Dara Holt / The Valley Gazette",
    ],
)
def test_photographer_and_agency_give_a_photo_credit(line: str) -> None:
    read = read_credit_line(line)
    assert [(c.role, c.name) for c in read.credits] == [(CreditRole.PHOTO, "Dara Holt")]


@pytest.mark.parametrize(
    "line",
    [
        "Reuters/Getty Images",  # two sources, no photographer
        "Dara Holt/Tom Ray",  # two names, no source: not this form
        "Lennon/McCartney",  # one word each
        "Dara Holt/Reuters/2019",  # a date: not a bare credit
        "The council voted 5/2 to keep the Reuters office open",
    ],
)
def test_near_misses_give_no_credit(line: str) -> None:
    assert read_credit_line(line).credits == []
    assert slash_photo_credit(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "(Odile Fenwick/Harbour Courier/Skyline Agency)",
        "(Harbour Archive/Skyline Images/Odile Fenwick via The Harbour Courier)",
        "Odile Fenwick via Getty Images",
    ],
)
def test_desk_chain_or_via_names_its_one_photographer(line: str) -> None:
    assert [(c.role, c.name) for c in read_credit_line(line).credits] == [
        (CreditRole.PHOTO, "Odile Fenwick")
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Odile Fenwick/Tom Bellamy/Reuters",
        "Harbour Council via Reuters",
        "Odile Fenwick via Lisbon",
    ],
)
def test_chain_with_two_people_or_no_source_stays_unread(line: str) -> None:
    assert read_credit_line(line).credits == []


def test_wire_archive_mark_after_the_photographer() -> None:
    assert [
        (c.role, c.name) for c in read_credit_line("REUTERS/Odile Fenwick/File Photo").credits
    ] == [(CreditRole.PHOTO, "Odile Fenwick")]
    assert read_credit_line("REUTERS/File Photo").credits == []


def test_file_photo_beside_an_agency_is_no_byline() -> None:
    assert read_credit_line("(File Photo | Reuters)").credits == []


def test_the_wires_country_tag_after_the_credit_is_no_part_of_the_name() -> None:
    for line in (
        "REUTERS/Ivo Brandt (DUNMORIA)",
        "Crews tie up at the Dunmore pier on May 3, 2026. REUTERS/Ivo Brandt (DUNMORIA)",
    ):
        found = read_credit_line(line)
        assert [(c.role, c.name) for c in found.credits] == [(CreditRole.PHOTO, "Ivo Brandt")]
    # a bracketed word in lower case is no tag: the line stays unread
    assert read_credit_line("REUTERS/Ivo Brandt (pictured)").credits == []


def test_a_chain_of_picture_sources_ending_in_a_commons_credits_no_one() -> None:
    line = "Dunmore Daily News/Dunmore Historical Society/Wikimedia Commons"
    assert read_credit_line(line).credits == []
    caption = f"Three members of the club pose in 1910. Photo via {line}."
    assert read_credit_line(caption).credits == []
