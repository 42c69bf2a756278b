"""A writer's town after "OF" in a line in capitals, and after "reports from" in a writer's note
(round 29). Every name and town here is invented, bar the towns the place lists must know."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line

Read = list[tuple[str, str | None, str | None]]


def _read(line: str, declared: bool = False) -> tuple[Read, tuple[str, ...]]:
    found = read_credit_line(line, declared=declared)
    return [(c.name, c.location, c.organisation) for c in found.credits], found.failed


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "unread"),
    [
        ("BY WENKE FALSTER OF VIGRA", "OF VIGRA"),
        ("BY WENKE FALSTER, OF VIGRA", "OF VIGRA"),
        ("by wenke falster of vigra", "of vigra"),
    ],
)
def test_an_unknown_short_word_after_of_in_capitals_is_reported(
    line: str, unread: str, declared: bool
) -> None:
    """In capitals "VIGRA" has no acronym's look (every word has capitals): it may be her town
    or an outlet, so it is reported and she is kept. It was made her organisation."""
    assert _read(line, declared) == ([("Wenke Falster", None, None)], (unread,))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BY WENKE FALSTER OF LONDON", [("Wenke Falster", "London", None)]),
        ("BY WENKE FALSTER OF REUTERS", [("Wenke Falster", None, "Reuters")]),
        ("BY WENKE FALSTER OF BBC", [("Wenke Falster", None, "BBC")]),
        ("BY WENKE FALSTER OF THE KELP HERALD", [("Wenke Falster", None, "THE KELP HERALD")]),
        # in mixed case capitals do say acronym: the outlet, as before
        ("By Wenke Falster of KPBS", [("Wenke Falster", None, "KPBS")]),
    ],
)
def test_what_the_lists_know_after_of_is_read(line: str, expected: Read) -> None:
    assert _read(line) == (expected, ())


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wenke Falster reports from Tarnowo.", [("Wenke Falster", "Tarnowo", None)]),
        ("Wenke Falster writes from Tarnowo.", [("Wenke Falster", "Tarnowo", None)]),
        ("Wenke Falster reports from Toledo, Ohio.", [("Wenke Falster", "Toledo, Ohio", None)]),
        (
            "Wenke Falster reports from Tarnowo for The Kelp Herald.",
            [("Wenke Falster", "Tarnowo", "The Kelp Herald")],
        ),
        (
            "Wenke Falster and Odo Pelling report from Tarnowo.",
            [("Wenke Falster", "Tarnowo", None), ("Odo Pelling", "Tarnowo", None)],
        ),
    ],
)
def test_a_note_keeps_the_town_its_writer_reports_from(line: str, expected: Read) -> None:
    """Pasted, the note credited the writer and dropped the town."""
    assert _read(line, declared=True) == (expected, ())


def test_a_from_that_is_no_town_gives_no_place() -> None:
    assert _read("Wenke Falster writes from experience about food.", declared=True) == (
        [("Wenke Falster", None, None)],
        (),
    )


# "Wenke", "Quillon", "Brannoc" and "Falster" are in neither the first-name table nor WordNet.
@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("by quillon brannoc", [("Quillon Brannoc", None, None)]),
        ("reporting by quillon brannoc", [("Quillon Brannoc", None, None)]),
        (
            "by ana lima and quillon brannoc",
            [("Ana Lima", None, None), ("Quillon Brannoc", None, None)],
        ),
    ],
)
def test_a_lower_case_name_no_table_knows_is_read_when_no_word_is_english(
    line: str, expected: Read, declared: bool
) -> None:
    """The line read nothing and reported nothing: the writer was lost without a word."""
    assert _read(line, declared) == (expected, ())


def test_a_lower_case_phrase_beside_a_name_is_reported_not_credited() -> None:
    for declared in (True, False):
        assert _read("by ana lima and public transport", declared) == (
            [("Ana Lima", None, None)],
            ("public transport",),
        )


def test_a_lower_case_phrase_alone_is_reported_only_when_declared() -> None:
    assert _read("by public transport", declared=True) == ([], ("public transport",))
    assert _read("by public transport") == ([], ())
