"""Every outlet a byline names after the writers is kept (round 29): a second outlet after the
first, an agency after a slash in the outlet's item, a one-word outlet or picture library
closing the list. Each was passed over as "no person" and lost without a word. Every name here
is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.exporting.credits import render_credits


def _organisations(line: str, declared: bool) -> list[tuple[str, str | None]]:
    found = read_credit_line(line, declared=declared)
    assert found.failed == ()
    return [(c.name, c.organisation) for c in found.credits]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Wenke Falster, Kelp Times, Reuters", [("Wenke Falster", "Kelp Times/Reuters")]),
        ("By Wenke Falster, Kelp Times/Reuters", [("Wenke Falster", "Kelp Times/Reuters")]),
        (
            "By Wenke Falster and Odo Pelling, The Kelp Herald, AFP",
            [("Wenke Falster", "The Kelp Herald/AFP"), ("Odo Pelling", "The Kelp Herald/AFP")],
        ),
        ("By Wenke Falster, HuffPost", [("Wenke Falster", "HuffPost")]),
        ("Photo: Wenke Falster, Shutterstock", [("Wenke Falster", "Shutterstock")]),
    ],
)
def test_every_outlet_after_the_names_is_theirs(
    line: str, expected: list[tuple[str, str | None]], declared: bool
) -> None:
    assert _organisations(line, declared) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Wenke Falster, The Kelp Herald, Tarnowo", [("Wenke Falster", "The Kelp Herald")]),
        ("By Wenke Falster, Staff Writer, The Kelp Herald", [("Wenke Falster", "The Kelp Herald")]),
        ("By Wenke Falster, Reuters", [("Wenke Falster", "Reuters")]),
    ],
)
def test_one_outlet_is_still_one(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _organisations(line, False) == expected


@pytest.mark.parametrize(
    "line", ["By Wenke Falster, Kelp Times, Reuters", "Photo: Wenke Falster, Shutterstock"]
)
def test_the_outlets_read_back_from_every_house_style(line: str) -> None:
    credits = read_credit_line(line).credits
    for style in ("reuters", "ap", "list"):
        rendered = render_credits(credits, style)
        read = [c for text in rendered.splitlines() for c in read_credit_line(text).credits]
        assert read == credits, (style, rendered)


@pytest.mark.parametrize("declared", [True, False])
def test_a_library_before_an_agency_is_no_photographer(declared: bool) -> None:
    """ "Kelp Images" was credited as a second photographer (a library is asked for only when
    it closes the list)."""
    assert _organisations("Photo: Wenke Falster, Kelp Images, Reuters", declared) == [
        ("Wenke Falster", "Kelp Images/Reuters")
    ]
