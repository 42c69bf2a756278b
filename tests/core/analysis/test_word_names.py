"""First names that are also words (word_names.py): "Will", "Bill", "June", "May" read as the
person's first name before a couple's shared surname or a verb of saying, and as the word
everywhere else."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import MentionKind, find_mentions


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Will and Ana Reyes met at flight school. “If we fall, we fall together,” Will "
            "once said.",
            "Will Reyes",
        ),
        (
            "Bill and June Foster have run the bakery since 1988. “We never missed a "
            "morning,” Bill said.",
            "Bill Foster",
        ),
        (
            "The choir was founded by Will Okafor, a retired teacher. “It began as a dare,” "
            "Will said.",
            "Will Okafor",
        ),
        ("Bill Tran runs the shelter. “We take every dog,” Bill said.", "Bill Tran"),
        ("Will Okafor plays bass. “We never rehearse,” said Will.", "Will Okafor"),
        ("April and Tom Mensah opened the cafe. “We had no idea,” April said.", "April Mensah"),
    ],
)
def test_a_first_name_that_is_a_word_speaks(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Will the council act? “We are waiting,” said Ana Cole.",
        "Bill C-11 passed on Tuesday. “It is a disaster,” said Sen. Ruth Calder.",
        "Sales rose in June and July. “It will hold,” said Ana Cole.",
    ],
)
def test_the_word_reading_stays(text: str) -> None:
    assert _speakers(text) == ["Ana Cole" if "Cole" in text else "Ruth Calder"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Will the council act on the plan?", "Will"),
        ("Sales rose in June and Tom Vell said so.", "June"),
        ("May I ask a question?", "May"),
    ],
)
def test_no_person_is_read_from_the_word(text: str, word: str) -> None:
    found = [m for m in find_mentions(text, linked=True) if m.text.split()[0] == word]
    assert not any(m.entity is EntityKind.PERSON for m in found)


def test_a_couple_is_two_people_named_together() -> None:
    mention = find_mentions("Bill and June Foster run the bakery.", linked=True)[0]
    assert mention.kind is MentionKind.NAME
    assert mention.name == "Bill and June Foster"


def test_an_office_alone_before_a_verb_of_saying_is_no_first_name() -> None:
    """ "Judge tells ...": the table of first names holds "Judge"; a headline means the office.
    A surname closing a name met before is still the person's."""
    first = find_mentions("Judge tells Ana Lima to sit.", linked=True)[0]
    assert (first.text, first.kind) == ("Judge", MentionKind.NOMINAL)
    later = find_mentions("Tom Judge runs the club. Judge said it was weak.", linked=True)
    assert ("Judge", MentionKind.NAME) in [(m.text, m.kind) for m in later]
