"""A clause's subject, and who may speak at all."""

from __future__ import annotations

import pytest

from app.core.analysis.clause_subjects import can_speak, clause_subject
from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import Mention, MentionKind, find_mentions


def _subject(text: str) -> str | None:
    found = clause_subject(text, find_mentions(text), 0, len(text))
    return None if found is None else found.text


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("In the harbour office, Ana Ruiz signed the order.", "Ana Ruiz"),
        ("The Harbour Board, in a statement on its website, thanked the crews.", "Harbour Board"),
        ("Swift's rep told Fox News the tour would go on.", "Swift's rep"),
    ],
)
def test_the_subject_of_a_clause(text: str, subject: str) -> None:
    assert _subject(text) is not None
    assert subject in (_subject(text) or "")


@pytest.mark.parametrize(
    ("mention", "speaks"),
    [
        (Mention(0, 2, "he", MentionKind.PRONOUN), True),
        (Mention(0, 2, "we", MentionKind.PRONOUN), False),
        (Mention(0, 10, "the report", MentionKind.NOMINAL, entity=EntityKind.DOCUMENT), False),
        (
            Mention(
                0,
                34,
                "a statement from the Harbour Board",
                MentionKind.NOMINAL,
                entity=EntityKind.DOCUMENT,
            ),
            True,
        ),
        (Mention(0, 6, "Ferris", MentionKind.NAME, name="Ferris", entity=EntityKind.THING), False),
    ],
)
def test_who_may_speak(mention: Mention, speaks: bool) -> None:
    # a document speaks only for an author it names; a thing never does
    assert can_speak(mention) is speaks


@pytest.mark.parametrize(
    "text",
    [
        "“He will appeal,” said Carla Fenn, who represented Bright at trial, adding that “the "
        "verdict is wrong.”",
        "“He will appeal,” said Carla Fenn, Bright’s lawyer, adding that “the verdict is wrong.”",
        "“He will appeal,” says Carla Fenn, who represented Bright for years, adding that “the "
        "verdict is wrong.”",
    ],
)
def test_an_inverted_tags_name_speaks_the_participles_quote(text: str) -> None:
    # after a quote, "said" takes no object: the name after it is the tag's subject, not
    # someone named in the aside about them
    assert [q.speaker for q in analyze(text).quotes] == ["Carla Fenn", "Carla Fenn"]


def test_a_reported_clauses_subject_after_says_is_still_skipped() -> None:
    # "and says he has ...": "he" is the subject of the words reported, not of the clause
    text = "A winner has turned his pub into a cafe - and says he has “never been happier.”"
    assert _subject(text) != "he"
