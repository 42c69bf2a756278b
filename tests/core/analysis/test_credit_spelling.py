"""Agencies and known outlets in a line in capitals (round 29, second pass): they were kept as
the line had them ("By Ana Lima/REUTERS" in every house style); now as they write their names.
The people and towns are invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line

Read = list[tuple[str, str | None, str | None]]


def _read(line: str, declared: bool) -> Read:
    found = read_credit_line(line, declared=declared)
    assert found.failed == ()
    return [(c.role.value, c.name, c.organisation) for c in found.credits]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Wenke Falster, REUTERS", [("byline", "Wenke Falster", "Reuters")]),
        ("BY WENKE FALSTER, ASSOCIATED PRESS", [("byline", "Wenke Falster", "Associated Press")]),
        ("PHOTO: WENKE FALSTER/REUTERS", [("photo", "Wenke Falster", "Reuters")]),
        ("WENKE FALSTER/DPA", [("photo", "Wenke Falster", "dpa")]),
        ("By Wenke Falster, BLOOMBERG NEWS", [("byline", "Wenke Falster", "Bloomberg News")]),
        ("By WENKE FALSTER, BUZZFEED", [("byline", "Wenke Falster", "BuzzFeed")]),
        (
            # the co-credited agency is credited, not made her employer by the comma the
            # printed page's reader put back before "THE"
            "BY WENKE FALSTER AND THE ASSOCIATED PRESS",
            [("byline", "Wenke Falster", None), ("byline", "The Associated Press", None)],
        ),
        (
            "ASSOCIATED PRESS WRITERS WENKE FALSTER AND ODO PELLING CONTRIBUTED TO THIS REPORT.",
            [
                ("additional_reporting", "Wenke Falster", "Associated Press"),
                ("additional_reporting", "Odo Pelling", "Associated Press"),
            ],
        ),
    ],
)
def test_an_agency_in_capitals_is_spelt_as_it_writes_its_name(
    line: str, expected: Read, declared: bool
) -> None:
    assert _read(line, declared) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an acronym stays; an outlet no list knows stays as written
        ("(AP PHOTO/WENKE FALSTER)", [("photo", "Wenke Falster", "AP")]),
        ("WENKE FALSTER, AFP", [("byline", "Wenke Falster", "AFP")]),
        (
            "BY WENKE FALSTER AND ODO PELLING THE HARBOUR TIMES",
            [
                ("byline", "Wenke Falster", "THE HARBOUR TIMES"),
                ("byline", "Odo Pelling", "THE HARBOUR TIMES"),
            ],
        ),
        # mixed case is the writer's own spelling
        ("By Wenke Falster, Buzzfeed", [("byline", "Wenke Falster", "Buzzfeed")]),
    ],
)
def test_acronyms_unknown_outlets_and_mixed_case_stay(line: str, expected: Read) -> None:
    assert _read(line, False) == expected


def test_house_spelling_spells_each_outlet_of_a_chain() -> None:
    from app.core.analysis.credit_spelling import house_spelling

    assert house_spelling("HARBOUR TIMES/REUTERS") == "HARBOUR TIMES/Reuters"
    assert house_spelling("THE ASSOCIATED PRESS") == "The Associated Press"
    assert house_spelling("AGENCE FRANCE-PRESSE") == "Agence France-Presse"
    assert house_spelling("WENKE FALSTER") == "WENKE FALSTER"
    assert house_spelling(None) is None


@pytest.mark.parametrize("declared", [True, False])
def test_a_picture_credit_read_by_its_names_is_in_proper_case(declared: bool) -> None:
    """ "ANA FALSTER/AFP PHOTO" (no cue, read by the picture scan) kept "ANA FALSTER"."""
    assert _read("ANA FALSTER/AFP PHOTO", declared) == [("photo", "Ana Falster", "AFP")]


def test_agency_spelling_knows_agencies_in_capitals_only() -> None:
    """The lower-case reader trusts and spells a credit by this (round 30: one table with
    house_spelling): an agency in capitals, and nothing else."""
    from app.core.analysis.credit_spelling import agency_spelling

    assert agency_spelling("REUTERS") == "Reuters"
    assert agency_spelling("DPA") == "dpa"
    assert agency_spelling("AFP") == "AFP"
    assert agency_spelling("Reuters") is None  # not in capitals
    assert agency_spelling("BUZZFEED") is None  # a known outlet, no agency
    assert agency_spelling("BLOOMBERG NEWS") is None
