"""Datelines: the agency in its desks' forms (two agencies, an Indian wire with no dash, a press
release's slashes, a date with no place, a broadcaster's channel) and brackets that name no
agency. Moved from test_datelines.py as they were, when that module passed 500 lines."""

from __future__ import annotations

import pytest

from app.core.analysis.datelines import parse_dateline
from app.core.model import Dateline


@pytest.mark.parametrize(
    ("text", "place", "date", "agency"),
    [
        # Two agencies share a story.
        (
            "HARWICK, Maine (AP/Reuters) — Aid groups warned on Monday.",
            "HARWICK, Maine",
            None,
            "AP/Reuters",
        ),
        ("DUNMORE (AFP/AP) — The bridge reopened.", "DUNMORE", None, "AFP/AP"),
        # Indian wires write no dash after the agency.
        ("NEW DELHI, Jan 5 (PTI) The ministry announced a scheme.", "NEW DELHI", "Jan 5", "PTI"),
        ("Chennai, March 3 (IANS) Rain closed the port.", "Chennai", "March 3", "IANS"),
        # Press releases set the wire off with slashes.
        (
            "BOSTON, May 12, 2025 /PRNewswire/ -- Quillfen Labs Inc. reported results.",
            "BOSTON",
            "May 12, 2025",
            "PRNewswire",
        ),
        # A region whose name holds a lower-case "and".
        (
            "CORNER BROOK, Newfoundland and Labrador (CP) — A storm cut power.",
            "CORNER BROOK, Newfoundland and Labrador",
            None,
            "CP",
        ),
    ],
)
def test_agency_forms_of_many_desks(text: str, place: str, date: str | None, agency: str) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found.dateline == Dateline(place=place, date=date, agency=agency)
    assert text[found.offset :][:1].isupper()


@pytest.mark.parametrize(
    ("text", "date", "agency"),
    [
        (
            "Feb 5 (Reuters) – Since the mill closed, the town has shrunk by half.",
            "Feb 5",
            "Reuters",
        ),
        ("March 3 (AP) — The ferry vote failed by two.", "March 3", "AP"),
    ],
)
def test_a_wire_story_with_a_date_and_no_place_keeps_its_agency(
    text: str, date: str, agency: str
) -> None:
    """A wire story with no place opens with its date: "Feb 5 (Reuters) -". Before, the
    dateline was not found and stayed in the story's first sentence."""
    found = parse_dateline(text)
    assert found is not None
    assert found.dateline == Dateline(place=None, date=date, agency=agency)
    assert text[found.offset :][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Monday (local time) - the crowd left the square before dawn.",
        "May 4 (Harbour Times) - The mill shut its doors for good.",
    ],
)
def test_a_date_before_parentheses_that_name_no_agency_is_no_dateline(text: str) -> None:
    assert parse_dateline(text) is None


def test_a_date_in_parentheses_after_the_place_is_the_date_not_the_agency() -> None:
    """ "PORT ELLIS (June 11): ..." (several Asian papers): before, "June 11" was the agency."""
    found = parse_dateline("PORT ELLIS (June 11): Forty calls came in during the storm.")
    assert found is not None
    assert found.dateline == Dateline(place="PORT ELLIS", date="June 11", agency=None)
    agency = parse_dateline("PORT ELLIS (Bernama): Forty calls came in during the storm.")
    assert agency is not None and agency.dateline.agency == "Bernama"


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        # a local broadcaster in brackets after a US state, its brand opening with the channel
        (
            "DUNMORE, Ariz. (12 News) - A driver was hurt in a crash on Sunday.",
            "DUNMORE, Ariz.",
            "12 News",
        ),
        ("KORVEL, Mont. (9 News) — Crews closed the pass on Friday.", "KORVEL, Mont.", "9 News"),
    ],
)
def test_a_broadcaster_named_by_its_channel_is_the_agency(
    paragraph: str, place: str, agency: str
) -> None:
    found = parse_dateline(paragraph)
    assert found is not None
    assert (found.dateline.place, found.dateline.agency) == (place, agency)
    assert paragraph[found.offset :].startswith(("A ", "Crews"))
