"""A picture's library or site beside the photographer, invented copy."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import Credit, CreditRole


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Photo: Ivo Brandt, Kestrelpix", "Kestrelpix"),
        ("Photo: Ivo Brandt, Shutterstock", "Shutterstock"),
        ("Photo by Ivo Brandt from Snapsite", "Snapsite"),
    ],
)
def test_the_source_is_neither_a_photographer_nor_a_place(line: str, source: str) -> None:
    """The library is the picture's source, kept as its organisation (round 29: it was lost,
    and "Photo: Ivo Brandt/Shutterstock", as a house style writes it, read it back)."""
    assert read_credit_line(line).credits == [
        Credit(CreditRole.PHOTO, "Ivo Brandt", organisation=source)
    ]


def test_a_second_photographer_by_first_name_is_kept() -> None:
    found = read_credit_line("Photo: Ivo Brandt, Tom").credits
    assert [c.name for c in found] == ["Ivo Brandt", "Tom"]


def test_a_known_place_after_from_is_kept() -> None:
    found = read_credit_line("Photo by Ivo Brandt from Glasgow").credits
    assert found == [Credit(CreditRole.PHOTO, "Ivo Brandt", "Glasgow")]


@pytest.mark.parametrize("place", ["Leeds", "Port-Lys", "Port of Spain"])
def test_a_town_after_from_stays_the_place(place: str) -> None:
    # a town the place lists lack is kept when WordNet knows it or it is no one coined word
    found = read_credit_line(f"Photo by Ivo Brandt from {place}").credits
    assert found == [Credit(CreditRole.PHOTO, "Ivo Brandt", place)]


def test_a_library_after_from_is_no_place() -> None:
    found = read_credit_line("Photo by Ivo Brandt from Kestrel Images").credits
    assert found == [Credit(CreditRole.PHOTO, "Ivo Brandt", organisation="Kestrel Images")]
