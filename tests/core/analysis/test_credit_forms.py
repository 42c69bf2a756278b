"""Picture credits written without a "by" cue (credit_forms.py): AP's "(AP Photo/A, File)" and a
community paper's "(A photo)" name the photographer. Every name here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line, read_credits
from app.core.model import CreditRole

R = CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


@pytest.mark.parametrize("note", ["File", "Pool", "File Photo"])
def test_an_archive_or_pool_mark_after_an_agency_photo_credit_is_no_person(note: str) -> None:
    """ "(AP Photo/Wendel Orrick, File)": before, "File" was credited as a second photographer."""
    assert _read(f"(AP Photo/Wendel Orrick, {note})") == [(R.PHOTO, "Wendel Orrick")]


def test_two_photographers_of_an_agency_photo_credit_are_both_kept() -> None:
    assert _read("(AP Photo/Wendel Orrick, Tamsin Verey)") == [
        (R.PHOTO, "Wendel Orrick"),
        (R.PHOTO, "Tamsin Verey"),
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("(Tamsin Verey photo)", ["Tamsin Verey"]),
        ("(Tamsin Verey and Odo Pelling photos)", ["Tamsin Verey", "Odo Pelling"]),
        ("(Odo Pelling photograph)", ["Odo Pelling"]),
    ],
)
def test_names_before_the_word_photo_are_the_photographers(line: str, names: list[str]) -> None:
    """A community paper's caption credit "(Tamsin Verey photos)": before, nothing was read."""
    assert _read(line) == [(R.PHOTO, name) for name in names]


@pytest.mark.parametrize(
    "line",
    [
        "(Staff photo)",
        "(Submitted photo)",
        "(Harbour Council photo)",
        "(Harbour Police Department photo)",
        # an agency or a collection is the source, not a photographer (round-20 review:
        # both were read as a person)
        "(Reuters photo)",
        "(Old Town Archive photos)",
        "The council released new photos",
    ],
)
def test_a_photo_credit_naming_no_person_credits_no_one(line: str) -> None:
    assert _read(line) == []


def _names(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


def test_agency_photo_of_the_archive_or_pool_names_no_photographer() -> None:
    assert _names("(AP Photo/File)") == []
    assert _names("(AP Photo/Pool)") == []
    assert _names("(AP Photo/Odile Fenwick, File)") == [(CreditRole.PHOTO, "Odile Fenwick")]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "credits", "failed"),
    [
        (
            "Per Lund of Skarnholt contributed to this report.",
            [(R.ADDITIONAL_REPORTING, "Per Lund", None)],
            ("of Skarnholt",),
        ),
        (
            "Oda Finch and staff contributed to this report.",
            [(R.ADDITIONAL_REPORTING, "Oda Finch", None)],
            ("staff",),
        ),
        (
            "Per Lund of Bergen reported from Oslo.",
            [(R.REPORTING, "Per Lund", "Oslo")],
            ("of Bergen",),
        ),
        (
            "Per Lund contributed reporting from Oslo, and Oda Finch of Bergen from Lviv.",
            [
                (R.ADDITIONAL_REPORTING, "Per Lund", "Oslo"),
                (R.ADDITIONAL_REPORTING, "Oda Finch", "Lviv"),
            ],
            ("of Bergen",),
        ),
    ],
)
def test_a_sentence_credit_keeps_its_people_and_reports_what_it_cannot_read(
    line: str,
    credits: list[tuple[CreditRole, str, str | None]],
    failed: tuple[str, ...],
    declared: bool,
) -> None:
    """The sentence forms read nothing and reported nothing when one of their names carried
    a part they could not read ("By Per Lund of Bergen" already kept him): a person lost."""
    found = read_credits(line, declared=declared)
    assert [(c.role, c.name, c.location) for c in found.credits] == credits
    assert found.failed == failed


@pytest.mark.parametrize(
    "line", ["Police of Bergen contributed to this report.", "Residents and staff contributed."]
)
def test_a_sentence_naming_no_person_stays_prose(line: str) -> None:
    assert read_credits(line, declared=False).credits == []


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("By Oda Finch; Per Lund contributed reporting.", None),
        ("By Oda Finch. Per Lund contributed reporting from Oslo.", "Oslo"),
    ],
)
def test_a_byline_before_a_contributor_sentence_stays_the_byline(
    line: str, place: str | None, declared: bool
) -> None:
    """The "contributed" form took "By Oda Finch; Per Lund" for its names and credited a
    contributor named "By Oda Finch" (or "By Oda Finch. Per Lund")."""
    found = read_credits(line, declared=declared)
    assert [(c.role, c.name, c.location) for c in found.credits] == [
        (R.BYLINE, "Oda Finch", None),
        (R.ADDITIONAL_REPORTING, "Per Lund", place),
    ]
