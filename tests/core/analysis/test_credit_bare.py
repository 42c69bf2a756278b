"""Credit lines printed without a role cue: copyright, "Outlet: name", "for The ...", a bare
name in parentheses under a picture, and a byline in lower case."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import parse_credit_line
from app.core.model import CreditRole

PHOTO = CreditRole.PHOTO


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in parse_credit_line(line)]


@pytest.mark.parametrize(
    "line", ["(c) Odile Fenwick", "© Odile Fenwick", "© 2024 Odile Fenwick", "(C) ODILE FENWICK"]
)
def test_copyright_holder_is_the_photographer(line: str) -> None:
    assert _read(line) == [(PHOTO, "Odile Fenwick")]


def test_copyright_of_a_publication_names_no_one() -> None:
    assert _read("© 2024 The Harbour Courier") == []
    assert _read("Copyright Harbour Council") == []


@pytest.mark.parametrize("line", ["(AAP: Odile Fenwick)", "(Harbour News: Odile Fenwick)"])
def test_outlet_colon_name_under_a_picture(line: str) -> None:
    assert _read(line) == [(PHOTO, "Odile Fenwick")]


def test_a_label_colon_name_is_no_credit() -> None:
    assert _read("(Update: Odile Fenwick)") == []


def test_name_for_a_paper_is_a_picture_credit_without_the_paper() -> None:
    assert _read("Odile Fenwick for The Harbour Courier") == [(PHOTO, "Odile Fenwick")]
    assert _read("Vote Odile Fenwick for The Board") == []
    assert _read("Odile Fenwick for Mayor") == []


def test_a_name_alone_in_parentheses_is_the_photographer() -> None:
    assert _read("(Odile Fenwick)") == [(PHOTO, "Odile Fenwick")]
    assert _read("(Jordan Valley)") == []
    assert _read("(Harbour Council)") == []


def test_lower_case_byline_is_read_in_proper_case() -> None:
    assert _read("by odile fenwick and tom bellamy") == [
        (CreditRole.BYLINE, "Odile Fenwick"),
        (CreditRole.BYLINE, "Tom Bellamy"),
    ]
    assert _read("by public transport") == []
    assert _read("by road and rail") == []


@pytest.mark.parametrize(
    "line", ["Odile Fenwick, Harbour Courier staff", "Odile FENWICK Courier staff"]
)
def test_name_then_the_papers_staff_is_a_byline(line: str) -> None:
    assert _read(line) == [(CreditRole.BYLINE, "Odile Fenwick")]


@pytest.mark.parametrize(
    "line", ["Odile Fenwick Harbour Courier staff", "Many Harbour Courier staff", "Hospital staff"]
)
def test_staff_without_a_clear_name_is_no_byline(line: str) -> None:
    assert _read(line) == []


def test_from_a_broadcasters_reporters() -> None:
    assert [
        (c.role, c.name, c.location)
        for c in parse_credit_line("From HNN's Odile Fenwick in Lisbon")
    ] == [(CreditRole.BYLINE, "Odile Fenwick", "Lisbon")]
    assert _read("From Monday's meeting in Lisbon") == []
    assert _read("From HNN's Port Authority") == []


def test_two_names_alone_are_the_writers() -> None:
    assert _read("Odile Fenwick and Tom Bellamy.") == [
        (CreditRole.BYLINE, "Odile Fenwick"),
        (CreditRole.BYLINE, "Tom Bellamy"),
    ]
    assert _read("Salt Lake and Provo.") == []
    assert _read("Pride and Prejudice.") == []


def test_sign_off_dash_before_two_names() -> None:
    assert _read("-- Odile Fenwick and Tom Bellamy") == [
        (CreditRole.BYLINE, "Odile Fenwick"),
        (CreditRole.BYLINE, "Tom Bellamy"),
    ]
    assert _read("— Odile Fenwick") == []
