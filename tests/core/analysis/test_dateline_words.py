"""dateline_words: the words that are never a dateline's place, and a town's name's shape."""

from __future__ import annotations

import pytest

from app.core.analysis.dateline_words import is_label, town_shape


@pytest.mark.parametrize("place", ["Korrapur", "Port Ellis", "Santa Rosa Falls"])
def test_town_shape_takes_a_town(place: str) -> None:
    assert town_shape(place)


@pytest.mark.parametrize(
    "place",
    [
        "Update",  # a desk's label
        "Tom",  # a given name
        "Meeting",  # the head of a diary's entry
        "Christmas Eve",  # a holiday
        "Dear Ana",  # a letter's greeting
        "Easter Sunday",  # a weekday in the name
        "North South East West",  # more words than a town's name runs to
    ],
)
def test_town_shape_refuses_what_no_town_is_called(place: str) -> None:
    assert not town_shape(place)


def test_an_agency_or_a_label_is_never_the_place() -> None:
    assert is_label("Reuters") and is_label("BREAKING NEWS") and not is_label("Korrapur")
