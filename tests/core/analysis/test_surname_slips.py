"""A surname misspelt by one letter on a later reference is the person named in full before
(surname_slips.py); short or ambiguous surnames stay apart."""

from __future__ import annotations

import pytest

from app.core.analysis.surname_slips import one_letter_apart
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("full", "slip"),
    [
        ("Oren Haldane", "Mr Haldaine"),  # a letter added
        ("Oren Haldane", "Haldne"),  # a letter dropped
        ("Oren Haldane", "Mr Holdane"),  # a letter changed
    ],
)
def test_a_surname_slipped_by_one_letter_is_the_person(full: str, slip: str) -> None:
    text = (
        f"“The water came up to the second step,” said {full}, a baker on the quay.\n\n"
        "The council opened the hall as a shelter on Friday night.\n\n"
        f"“The ovens are ruined,” {slip} said."
    )
    assert speaker_of(text, "ovens are ruined") == "Oren Haldane"


@pytest.mark.parametrize(
    ("story", "speaker"),
    [
        # near misses: a short surname one letter from another is someone else ("Hall" is
        # not "Hill"); a slip one letter from two people named before names neither
        (
            "“It rose fast,” said Oren Hall, a baker.\n\n"
            "Hill said the bakery would stay shut. “The ovens are ruined,” Hill said.",
            "Hill",
        ),
        (
            "“It rose fast,” said Oren Marden, a baker, and Lea Marten agreed.\n\n"
            "“The ovens are ruined,” Marlen said.",
            "Marlen",
        ),
    ],
)
def test_short_or_ambiguous_surnames_stay_apart(story: str, speaker: str) -> None:
    assert speaker_of(story, "ovens are ruined") == speaker


def test_one_edit_reads_additions_drops_and_changes_only() -> None:
    assert one_letter_apart("haldane", "haldaine")
    assert one_letter_apart("marlowe", "marlow")
    assert one_letter_apart("berau", "berou")
    assert not one_letter_apart("corrvet", "corvett")  # two edits
