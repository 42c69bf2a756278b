"""A writer's note at the foot of a story names the writer and who they work for."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_bios import bio_credit
from app.core.analysis.credits import read_credits
from app.core.model import Credit
from app.core.model import CreditRole as R
from tests.core.analysis.credit_reading import read_people


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "Oda Finch is a staff writer for The Quay Ledger.",
            Credit(R.BYLINE, "Oda Finch", organisation="The Quay Ledger"),
        ),
        (
            "Oda Finch covers the courts for the Quay Ledger",
            Credit(R.BYLINE, "Oda Finch", organisation="the Quay Ledger"),
        ),
        # an outlet no list knows, named after a journalist's noun or "writes ... for"
        (
            "Oda Finch is a contributing editor at Kelp Monthly.",
            Credit(R.BYLINE, "Oda Finch", organisation="Kelp Monthly"),
        ),
        (
            "Oda Finch writes about food for Kelp Living.",
            Credit(R.BYLINE, "Oda Finch", organisation="Kelp Living"),
        ),
        (
            "Oda Finch is a freelance reporter based in Lagos, Nigeria.",
            Credit(R.BYLINE, "Oda Finch", "Lagos, Nigeria"),
        ),
        # a place after "at" is no employer
        ("Oda Finch is a reporter at Lagos.", Credit(R.BYLINE, "Oda Finch")),
    ],
)
def test_the_note_gives_writer_employer_and_town(note: str, expected: Credit) -> None:
    assert bio_credit(note) == expected


def test_a_note_that_opens_on_no_name_gives_nothing() -> None:
    assert bio_credit("The council is a body of nine members.") is None


@pytest.mark.parametrize("declared", [True, False])
def test_a_note_with_a_contact_keeps_the_employer(declared: bool) -> None:
    """The employer was dropped: "... for The Quay Ledger. Reach her at ..." gave no
    organisation. A follow line with a handle is a contact too (it gave nothing at all)."""
    line = read_credits(
        "Oda Finch covers city hall for The Quay Ledger. Reach her at ofinch@quay.example.",
        declared=declared,
    )
    assert line.credits == [
        Credit(R.BYLINE, "Oda Finch", email="ofinch@quay.example", organisation="The Quay Ledger")
    ]
    line = read_credits(
        "Oda Finch is a staff writer for The Quay Ledger. Follow her on X @odafinch.",
        declared=declared,
    )
    assert line.credits == [Credit(R.BYLINE, "Oda Finch", organisation="The Quay Ledger")]


def test_a_note_alone_is_a_credit_only_when_pasted_as_one() -> None:
    """In the credits panel the editor said it is a credit; in imported copy a lone note may
    be prose ("Oda Finch is a nurse at Quay General.")."""
    note = "Oda Finch is a staff writer for The Quay Ledger."
    assert read_credits(note, declared=True).credits == [
        Credit(R.BYLINE, "Oda Finch", organisation="The Quay Ledger")
    ]
    assert read_credits(note, declared=False).credits == []
    assert read_credits("Oda Finch is a nurse at Quay General.", declared=False).credits == []


@pytest.mark.parametrize(
    ("note", "people"),
    [
        # the town after the outlet, or after her job, closing the note was dropped
        (
            "Ana Lima writes for The Harbour Times from Oslo.",
            [("Ana Lima", "Oslo", "The Harbour Times")],
        ),
        ("Ana Lima reports for Reuters from Oslo", [("Ana Lima", "Oslo", "Reuters")]),
        (
            "Ana Lima is a reporter at The Harbour Times in Oslo.",
            [("Ana Lima", "Oslo", "The Harbour Times")],
        ),
        ("Ana Lima is a freelance journalist in Oslo.", [("Ana Lima", "Oslo", None)]),
        # "a freelancer" was no journalist's noun: the pasted note read nothing
        ("Ana Lima is a freelancer based in Oslo.", [("Ana Lima", "Oslo", None)]),
        (
            "Ana Lima is a freelancer at The Harbour Times.",
            [("Ana Lima", None, "The Harbour Times")],
        ),
        # an outlet there is no town; nor is a town the note names for something else
        ("Ana Lima is a freelance journalist in The Harbour Times.", [("Ana Lima", None, None)]),
        (
            "Ana Lima is a reporter at The Harbour Times who grew up in Oslo.",
            [("Ana Lima", None, "The Harbour Times")],
        ),
    ],
)
def test_a_freelance_note_gives_the_writers_town_and_outlet(
    note: str, people: list[tuple[str, str | None, str | None]]
) -> None:
    assert read_people(note, True) == (people, ())
