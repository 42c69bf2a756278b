"""A town in an additional-reporting line (round 29, second pass): "Additional reporting by Ana
Lima, Tarnowo, and Reuters" credited the town as a co-reporter. An agency there is still a
co-credit in its own right. Every name and town is invented (Tarnowo, Vellmar are no place the
lists know)."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_name_pairs import paired_words
from app.core.analysis.credits import read_credit_line
from app.core.exporting.credits import render_credits
from tests.core.analysis.credit_reading import Read, read_people

_read = read_people


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Additional reporting by Wenke Falster, Tarnowo, and Reuters",
            [("Wenke Falster", "Tarnowo", None), ("Reuters", None, None)],
        ),
        (
            "Additional reporting by Wenke Falster, Tarnowo, and the Associated Press",
            [("Wenke Falster", "Tarnowo", None), ("The Associated Press", None, None)],
        ),
        (
            "By Wenke Falster, Tarnowo, and AFP",
            [("Wenke Falster", "Tarnowo", None), ("AFP", None, None)],
        ),
        ("Additional reporting by Wenke Falster, Vellmar", [("Wenke Falster", "Vellmar", None)]),
        (
            "Additional reporting by Wenke Falster and Odo Pelling, Texas",
            [("Wenke Falster", "Texas", None), ("Odo Pelling", "Texas", None)],
        ),
    ],
)
def test_the_town_after_a_contributor_is_her_place(
    line: str, expected: Read, declared: bool
) -> None:
    """Tarnowo, Vellmar and Texas were each credited as a co-reporter."""
    assert _read(line, declared) == (expected, ())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an agency after a contributor is credited beside her, as before
        (
            "Additional reporting by Wenke Falster, Reuters",
            [("Wenke Falster", None, None), ("Reuters", None, None)],
        ),
        (
            "Additional reporting by Wenke Falster, Reuters, and AFP",
            [("Wenke Falster", None, None), ("Reuters", None, None), ("AFP", None, None)],
        ),
        # a byline's outlets after one writer stay her chain of outlets
        ("By Wenke Falster, Reuters, and AFP", [("Wenke Falster", None, "Reuters/AFP")]),
        # a word the first-name table knows, closing the list, stays a co-reporter
        (
            "Additional reporting by Wenke Falster, Ivo",
            [("Wenke Falster", None, None), ("Ivo", None, None)],
        ),
        (
            "Additional reporting by Falster, Pelling and Sand",
            [("Falster", None, None), ("Pelling", None, None), ("Sand", None, None)],
        ),
    ],
)
def test_agencies_and_surname_lists_read_as_before(line: str, expected: Read) -> None:
    assert _read(line, False) == (expected, ())


def test_an_agency_joined_by_and_closes_a_pair_after_one_writer() -> None:
    assert paired_words([("Ana Lima", ""), ("Tarnowo", ","), ("Reuters", "and")]) == {1}
    # the word an outlet: left to the list reader (a chain of her outlets)
    assert paired_words([("Ana Lima", ""), ("Reuters", ","), ("AFP", "and")]) == set()
    # no agency after her: the word closes the list, asked by the list reader
    assert paired_words([("Ana Lima", ""), ("Tarnowo", ",")]) == set()


def test_the_contributors_place_reads_back_from_every_house_style() -> None:
    line = "Additional reporting by Wenke Falster, Tarnowo, and Reuters"
    credits = read_credit_line(line).credits
    for style in ("reuters", "ap", "list"):
        rendered = render_credits(credits, style)
        read = [c for text in rendered.splitlines() for c in read_credit_line(text).credits]
        assert read == credits, (style, rendered)
