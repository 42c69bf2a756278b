"""An agency run on after the names or the town of a byline, and two outlets set aside by a
page's byline (round 29): each was lost, or read into the town. Every name here is invented."""

from __future__ import annotations

import pytest

from tests.core.analysis.credit_reading import Read, read_people

_read = read_people


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "ANA FALSTER, TOM PELLING REUTERS",
            [("Ana Falster", None, "Reuters"), ("Tom Pelling", None, "Reuters")],
        ),
        (
            "Ana Falster, Tom Pelling Reuters",
            [("Ana Falster", None, "Reuters"), ("Tom Pelling", None, "Reuters")],
        ),
        (
            "ANA FALSTER REUTERS, TOM PELLING",  # only hers: it is not after the last name
            [("Ana Falster", None, "Reuters"), ("Tom Pelling", None, None)],
        ),
        (
            "Ana Falster | Kelp Times | Reuters | May 3, 2026",
            [("Ana Falster", None, "Kelp Times/Reuters")],
        ),
    ],
)
def test_the_agency_run_on_and_every_outlet_are_theirs(
    line: str, expected: Read, declared: bool
) -> None:
    assert _read(line, declared) == (expected, ())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ANA FALSTER IN TARNOWO REUTERS", [("Ana Falster", "Tarnowo", "Reuters")]),
        ("By Ana Falster in Tarnowo Reuters", [("Ana Falster", "Tarnowo", "Reuters")]),
    ],
)
def test_an_agency_after_the_town_is_no_part_of_the_town(line: str, expected: Read) -> None:
    """The town was read as "Tarnowo Reuters" and the agency lost."""
    assert _read(line, True) == (expected, ())


def test_a_town_of_two_words_is_kept_whole() -> None:
    assert _read("By Ana Falster in Port Lys", False) == (
        [("Ana Falster", "Port Lys", None)],
        (),
    )


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected", "unread"),
    [
        # in capitals a short word has no acronym's look: a town the name tests allow is the place
        ("ANA FALSTER, VIGRA", [("Ana Falster", "Vigra", None)], ()),
        ("ANA FALSTER, REUTERS, VIGRA", [("Ana Falster", "Vigra", "Reuters")], ()),
        # a word the first-name table also holds may be a town or an outlet: reported
        ("ANA FALSTER, IVO", [("Ana Falster", None, None)], ("IVO",)),
        ("ANA FALSTER | IVO | MAY 3, 2026", [("Ana Falster", None, None)], ("IVO",)),
        # an outlet the lists know is still hers
        ("ANA FALSTER, BBC", [("Ana Falster", None, "BBC")], ()),
    ],
)
def test_a_short_word_in_a_line_in_capitals_is_no_outlet_by_its_capitals(
    line: str, expected: Read, unread: tuple[str, ...], declared: bool
) -> None:
    """ "VIGRA" and "IVO" were made her organisation, or ("ANA FALSTER, REUTERS, VIGRA")
    dropped after the agency without a word."""
    assert _read(line, declared) == (expected, unread)
