"""The one person test the credit scans share (invented names)."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_person import is_person
from app.core.analysis.credit_photo_scan import photo_scan
from app.core.analysis.credits import read_credit_line


@pytest.mark.parametrize(
    "part", ["Orla Fenwick", "ORLA FENWICK", "N.K. VARGA", "N. Varga", "May Tollan", "Ana de Brito"]
)
def test_a_known_first_name_or_initials_make_a_person(part: str) -> None:
    assert is_person(part)


@pytest.mark.parametrize(
    "part",
    ["Harbour Post", "U.S. Army", "Tuesday Evening", "Senior Writer", "Reuters", "Quillon Ward"],
)
def test_bodies_dates_titles_and_unknown_first_names_are_no_person(part: str) -> None:
    assert not is_person(part)


@pytest.mark.parametrize("part", ["Quillon Ward", "KORVAN DESH", "Li Tamsk"])
def test_a_declared_line_needs_no_known_first_name(part: str) -> None:
    assert is_person(part, known_first=False)


@pytest.mark.parametrize(
    "part", ["Harbour City Council", "Metro Desk", "Dunmore Valley", "Tuesday Evening"]
)
def test_even_declared_a_body_a_place_or_a_desk_is_no_person(part: str) -> None:
    assert not is_person(part, known_first=False)


def test_both_scans_ask_the_same_question() -> None:
    # initials before a mixed-case surname: a person to the picture scan and the byline scan
    assert photo_scan("Photo: N. Varga | Dunmore Post") == (["N. Varga"], [], ["Dunmore Post"])
    assert [c.name for c in read_credit_line("N. Varga | Dunmore Post | May 3, 2026").credits] == [
        "N. Varga"
    ]
    # and a body with initials is neither's photographer or writer
    assert photo_scan("Photo: U.S. Army") is None
    assert not read_credit_line("U.S. Army | May 3, 2026").credits
