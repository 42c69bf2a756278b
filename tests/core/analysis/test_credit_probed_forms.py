"""Forms a copy desk meets that lost a person, an outlet or an e-mail in silence (round 28's
probe): a note on several writers, an e-mail after an outlet or a title, "special to" in lower
case. Every name is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line


def _read(
    line: str, declared: bool = False
) -> list[tuple[str, str | None, str | None, str | None]]:
    read = read_credit_line(line, declared=declared)
    assert read.failed == ()
    return [(c.name, c.location, c.organisation, c.email) for c in read.credits]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "Ana Lima and Tom Ray are reporters at The Harbour Times.",
            [
                ("Ana Lima", None, "The Harbour Times", None),
                ("Tom Ray", None, "The Harbour Times", None),
            ],
        ),
        (
            "Ana Lima, Tom Ray and Ida Brun cover courts for The Harbour Times.",
            [
                ("Ana Lima", None, "The Harbour Times", None),
                ("Tom Ray", None, "The Harbour Times", None),
                ("Ida Brun", None, "The Harbour Times", None),
            ],
        ),
        (
            "Ana Lima and Tom Ray are staff writers for The Harbour Times based in Tromsø.",
            [
                ("Ana Lima", "Tromsø", "The Harbour Times", None),
                ("Tom Ray", "Tromsø", "The Harbour Times", None),
            ],
        ),
    ],
)
def test_a_pasted_note_on_several_writers_credits_each(
    line: str, people: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _read(line, declared=True) == people


@pytest.mark.parametrize(
    "line",
    [
        "Ana Lima and Tom Ray are reporters at The Harbour Times.",
        "Ana Lima, Tom Ray and Ida Brun cover courts for The Harbour Times.",
    ],
)
def test_in_the_copy_such_a_note_is_prose_not_a_byline_that_drops_a_writer(line: str) -> None:
    # the name scan set "Tom Ray are reporters at The Harbour Times" aside as an outlet
    assert _read(line) == []


def test_a_note_on_people_who_are_no_writers_is_no_credit() -> None:
    assert _read("Ana Lima and Tom Ray are both nurses at Harbour General.", declared=True) == []


@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            "By Ana Lima, Reuters <ana@example.com>",
            [("Ana Lima", None, "Reuters", "ana@example.com")],
        ),
        (
            "By Ana Lima, Staff Writer <ana@example.com>",
            [("Ana Lima", None, None, "ana@example.com")],
        ),
        (
            "By Ana Lima, Reuters <ana@example.com>, and Tom Ray, AP <tom@example.com>",
            [
                ("Ana Lima", None, "Reuters", "ana@example.com"),
                ("Tom Ray", None, "AP", "tom@example.com"),
            ],
        ),
    ],
)
def test_an_email_after_an_outlet_or_a_title_is_the_writers(
    line: str, people: list[tuple[str, str | None, str | None, str | None]]
) -> None:
    assert _read(line) == people


def test_an_email_on_an_unread_part_is_reported_with_it_not_given_away() -> None:
    read = read_credit_line("By Ana Lima, staff <desk@example.com>")
    assert [(c.name, c.email) for c in read.credits] == [("Ana Lima", None)]
    assert read.failed == ("staff",)


def test_special_to_in_lower_case_keeps_the_outlet() -> None:
    assert _read("By Ana Lima and Tom Ray, special to The Harbour Times") == [
        ("Ana Lima", None, "The Harbour Times", None),
        ("Tom Ray", None, "The Harbour Times", None),
    ]


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("By Ana Lima and Tom Ray of Harbour University", ["Ana Lima", "Tom Ray"]),
        ("By Ana Lima and Dr Tom Ray of the University of Kvernvik", ["Ana Lima", "Tom Ray"]),
    ],
)
def test_a_person_of_a_college_is_read_and_the_college_reported(
    line: str, people: list[str]
) -> None:
    # "Tom Ray of Harbour University" was passed over whole as Ana Lima's college
    read = read_credit_line(line)
    assert [c.name for c in read.credits] == people
    assert len(read.failed) == 1 and read.failed[0].startswith("of ")


def test_a_college_after_a_name_is_still_no_person() -> None:
    assert _read("By Ana Lima, Harbour College of Art") == [("Ana Lima", None, None, None)]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Ana Lima — Harbour Times", "Harbour Times"),
        ("Ana Lima – The Harbour Times", "The Harbour Times"),
        ("Ana Lima • Harbour Times • 12 May 2026", "Harbour Times"),
        ("ANA LIMA | AFP | May 3, 2026", "AFP"),
    ],
)
def test_the_one_outlet_a_scanned_byline_names_is_the_writers(line: str, outlet: str) -> None:
    assert _read(line) == [("Ana Lima", None, outlet, None)]
