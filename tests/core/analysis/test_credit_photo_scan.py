"""A picture credit line the shape readers do not know is read by its cue and its names: people
are credited, an agency alone is the credit, picture marks are dropped, the rest is reported.
Every name, agency and paper here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import is_credit_line, read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _photos(line: str) -> list[str]:
    found = read_credit_line(line)
    assert all(c.role is R.PHOTO for c in found.credits)
    return [c.name for c in found.credits]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # several photographers, a bar after the label
        ("Photo credit: Ivo Brandt | Sid Oake", ["Ivo Brandt", "Sid Oake"]),
        ("Photos by Ivo Brandt; Sid Oake / Nell Varga", ["Ivo Brandt", "Sid Oake", "Nell Varga"]),
        # the paper after a bar or a bullet, the photographer before it
        ("Photo - Nell Varga | Dunmore Post", ["Nell Varga"]),
        # the cue after the name: "NAME/AGENCY photo"
        ("Ivo Brandt/Reuters photo", ["Ivo Brandt"]),
        # cues in other languages, names joined by their "and"
        ("Foto: Ivo Brandt und Sid Oake", ["Ivo Brandt", "Sid Oake"]),
        # the paper first, then the cue after a bar or slash; a copyright holder's agency
        ("Dunmore Post | Photo: Ivo Brandt", ["Ivo Brandt"]),
        ("© Dunmore Weekly/Photo by Ivo Brandt", ["Ivo Brandt"]),
        ("© Ivo Brandt/VII", ["Ivo Brandt"]),
        # a note between or after the name
        ("Photo: File / Ivo Brandt", ["Ivo Brandt"]),
        ("Photo: Ivo Brandt (Pool)", ["Ivo Brandt"]),
    ],
)
def test_photographers_are_read_whatever_joins_them(line: str, names: list[str]) -> None:
    assert _photos(line) == names
    assert read_credit_line(line).failed == ()


def test_a_part_not_read_is_reported_not_dropped() -> None:
    found = read_credit_line("Foto: Ivo Brandt - Agencia Nova")
    assert [c.name for c in found.credits] == ["Ivo Brandt"]
    assert found.failed == ("Agencia Nova",)


def test_capitals_after_a_slash_are_the_paper_not_a_second_photographer() -> None:
    assert _photos("Photo: Orla Fenwick / DUNMORE COURIER") == ["Orla Fenwick"]


@pytest.mark.parametrize(
    "line",
    [
        "Photo opportunities were few",
        "Image is everything",
        "Photo: Ivo Brandt waves to fans in Dunmore on Monday.",
        "Picture: Ivo Brandt and Sid Oake at the harbour",
        "Photos: The mayor and Ivo Brandt",
        "Photo: Monday, May 4",
    ],
)
def test_near_misses_credit_no_one(line: str) -> None:
    assert read_credit_line(line).credits == []
    assert not is_credit_line(line)
