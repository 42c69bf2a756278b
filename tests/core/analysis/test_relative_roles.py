"""A role given by a relative clause (relative_roles.py): "Ana Ruiz, who chairs the harbour
board," is the one a later "the chair said" means, as "Ana Ruiz, the board's chair," is."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.quote_lookup import speaker_of

_OPENING = "The ferry timetable will change in May.\n\n"
_BETWEEN = "\n\nTom Bell, a ferry captain, welcomed the change. “It is overdue,” he said.\n\n"


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("clause", "later"),
    [
        ("who chairs the harbour board", "the chair"),
        ("who manages the ferry desk", "the manager"),
        ("who coaches the rowing club", "the coach"),
    ],
)
def test_the_role_a_who_clause_gives_is_met_again_by_its_noun(clause: str, later: str) -> None:
    # someone else spoke between, so only the clause's role can say who "the chair" is
    text = (
        f"{_OPENING}“We listened to every complaint,” said Ana Ruiz, {clause}.{_BETWEEN}"
        f"“Nobody wants to lose the late boat,” {later} said."
    )
    assert _speakers(text) == ["Ana Ruiz", "Tom Bell", "Ana Ruiz"]


def test_someone_given_the_role_since_is_the_one_meant() -> None:
    text = (
        f"{_OPENING}“We listened to every complaint,” said Ana Ruiz, who chairs the harbour "
        "board.\n\nTom Bell, the chair of the ferry users' group, welcomed the change. “It is "
        "overdue,” he said.\n\n“Nobody wants to lose the late boat,” the chair said."
    )
    assert _speakers(text)[-1] == "Tom Bell"


def test_a_clause_with_no_object_gives_no_role() -> None:
    # "who heads home" is going somewhere, not heading anything
    text = (
        f"{_OPENING}“We listened to every complaint,” said Ana Ruiz, who heads home to Calder "
        f"tonight.{_BETWEEN}“Nobody wants to lose the late boat,” the head said."
    )
    assert _speakers(text)[-1] != "Ana Ruiz"
    # the quote is still found, and its speaker is the unnamed one as written (RULES.md)
    assert speaker_of(text, "lose the late boat") == "the head"


_COURT = (
    "Ines Varga was jailed on Friday.\n\n"
    "Opening the case in November, Ines Marr, {side}, told jurors that the thefts followed a "
    "clear pattern.\n\n“She knew who lived there,” Ms Marr said.\n\n"
    "The jury was shown messages from Varga's phone. In one, sent to a friend, she wrote: "
    "“Easy night.”\n\n"
    "Reading a second message aloud, {later} said: “She writes, and then there is a row of faces.”"
)


@pytest.mark.parametrize(
    ("side", "later"),
    [
        ("prosecuting", "the prosecutor"),
        ("for the prosecution", "the prosecutor"),
        ("defending", "the defence lawyer"),
        ("for the defence", "the barrister"),
    ],
)
def test_counsels_side_in_court_is_met_again_by_its_noun(side: str, later: str) -> None:
    """A British court report names counsel by a participle ("Ines Marr, prosecuting,") and
    later by the role: "the prosecutor said" was left an unnamed speaker."""
    text = _COURT.format(side=side, later=later)
    assert speaker_of(text, "row of faces") == "Ines Marr"


def test_a_side_in_court_is_no_role_of_someone_not_named_with_it() -> None:
    text = _COURT.format(side="prosecuting", later="the defence lawyer")
    assert speaker_of(text, "row of faces") != "Ines Marr"
