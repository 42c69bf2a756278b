"""Credit lines the previous pass left half read (round 27): an interviewer's credit beside a
translator's, a physician's degree after her name, and an unsigned "By Staff". Every name and
line here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _read(line: str, declared: bool) -> tuple[list[tuple[CreditRole, str]], tuple[str, ...]]:
    found = read_credit_line(line, declared=declared)
    return [(c.role, c.name) for c in found.credits], found.failed


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    "line",
    [
        "Interviews by Wenke Falster; translation by Odo Pelling",
        "Interviews by Wenke Falster. Translated by Odo Pelling.",
        "Interview by Wenke Falster | Translation: Odo Pelling",
    ],
)
def test_the_interviewer_and_the_translator_are_both_credited(line: str, declared: bool) -> None:
    """Pasted, the line credited the translator and reported "Interviews by ..." unread; the
    importer read nothing and left the line in the body."""
    assert _read(line, declared) == (
        [(R.INTERVIEWS, "Wenke Falster"), (R.TRANSLATION, "Odo Pelling")],
        (),
    )


@pytest.mark.parametrize(
    "line",
    [
        "Interviewed by police, the driver said the brakes had failed.",
        "Interview with Wenke Falster",  # the person interviewed, not the interviewer
        "Interview: Wenke Falster",  # a Q&A's heading: the person interviewed
        "Interviews by the committee will start in May",
    ],
)
def test_prose_about_interviews_credits_no_one(line: str) -> None:
    assert read_credit_line(line).credits == []


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Wenke Falster MD", ["Wenke Falster"]),
        ("By Wenke Falster, MD", ["Wenke Falster"]),
        ("By Wenke Falster, M.D.", ["Wenke Falster"]),
        ("By Wenke Falster PhD", ["Wenke Falster"]),
        ("By Wenke Falster, MD, PhD", ["Wenke Falster"]),
        ("By Wenke Falster OBE and Odo Pelling QC", ["Wenke Falster", "Odo Pelling"]),
        ("By Wenke Falster, RN, and Odo Pelling, PhD", ["Wenke Falster", "Odo Pelling"]),
        ("BY WENKE FALSTER PHD", ["Wenke Falster"]),
    ],
)
def test_letters_after_a_name_are_not_the_name(line: str, names: list[str], declared: bool) -> None:
    """A degree or an honour after the name ("MD", "PhD", "OBE") is no part of the name nor an
    employer: "By Wenke Falster, MD" credited the organisation "MD"."""
    found = read_credit_line(line, declared=declared)
    assert [(c.name, c.organisation) for c in found.credits] == [(n, None) for n in names]
    assert found.failed == ()


@pytest.mark.parametrize(
    ("line", "name", "location"),
    [
        ("By Wenke Falster in Baltimore, MD", "Wenke Falster", "Baltimore, MD"),  # Maryland
        ("By Wenke Falster Jr.", "Wenke Falster Jr.", None),  # a suffix is his name
        ("By Wenke Obe", "Wenke Obe", None),  # a surname, not the honour's capitals
    ],
)
def test_a_state_a_suffix_and_a_surname_are_kept(line: str, name: str, location: str) -> None:
    found = read_credit_line(line)
    assert [(c.name, c.location) for c in found.credits] == [(name, location)]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "unread"),
    [
        ("By Staff", "Staff"),
        ("By the Editorial Board", "the Editorial Board"),
        ("Reporting by staff", "staff"),
    ],
)
def test_a_byline_naming_no_one_is_reported_unread(line: str, unread: str, declared: bool) -> None:
    """No outlet is named, so there is no one to credit; before, the line read nothing and
    reported nothing, and the byline was lost in silence."""
    assert _read(line, declared) == ([], (unread,))


def test_prose_opening_with_by_still_reports_nothing() -> None:
    for line in ("By then the staff had gone home.", "By the board's own count, 40 left."):
        found = read_credit_line(line)
        assert (found.credits, found.failed) == ([], ())
