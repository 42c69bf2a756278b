"""Quoted words before a noun: a modifier nobody says, or a predicate or phrase of its own."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.modifiers import modifies_noun


def _modifies(text: str, words: str) -> bool:
    start = text.index(words)
    return modifies_noun(text, start, start + len(words))


@pytest.mark.parametrize(
    "text",
    [
        "The firm sold “miracle” paint to builders.",
        "Guests booked the “sea view” rooms.",
        "Visitors toured the “newly renovated” hall.",
    ],
)
def test_quoted_words_before_a_noun_modify_it(text: str) -> None:
    words = text.split("“")[1].split("”")[0]
    assert _modifies(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("They “systematically looted” millions.", "systematically looted"),
        ("The firm “knowingly misled” investors.", "knowingly misled"),
        ("It rained for “several days” after the storm.", "several days"),
        ("The gang had “preyed on” vulnerable women.", "preyed on"),
    ],
)
def test_a_predicate_or_a_phrase_of_its_own_modifies_nothing(text: str, words: str) -> None:
    assert not _modifies(text, words)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a quoted subject and its verb: no noun follows to be modified
        ("Critics say the study's “small sample” makes the results unreliable.", "small sample"),
        ("Ruiz said the “temporary measures” became permanent.", "temporary measures"),
        ("She said the “new rules” threatened the market.", "new rules"),
    ],
)
def test_a_quoted_subject_before_its_verb_modifies_nothing(text: str, words: str) -> None:
    assert not _modifies(text, words)


def test_a_noun_after_the_marks_is_still_modified() -> None:
    assert _modifies("Ruiz said the “special” needs unit would close.", "special")


@pytest.mark.parametrize(
    "text",
    [
        "Advisers said repayments had become “unmanageable” months ago.",
        "Officials said the rota was “unworkable” weeks before the strike.",
        "The inspector said staff had “actively and substantially” improved lessons.",
    ],
)
def test_a_predicate_after_a_linking_verb_or_auxiliary_modifies_no_noun(text: str) -> None:
    words = text.split("“")[1].split("”")[0]
    assert not _modifies(text, words)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the problems are “legacy” issues from the old board.",
        "Visitors toured the “newly renovated” hall.",
        "The firm had “ghost” kitchens in three towns.",
    ],
)
def test_a_modifier_after_a_copula_or_determiner_stays_one(text: str) -> None:
    words = text.split("“")[1].split("”")[0]
    assert _modifies(text, words)


@pytest.mark.parametrize(
    "text",
    [
        "Advisers said repayments had become “unmanageable” months ago.",
        "Staff had “actively and substantially” improved lessons, the inspector said.",
    ],
)
def test_a_predicate_partial_quote_is_kept(text: str) -> None:
    words = text.split("“")[1].split("”")[0]
    assert [q.text for q in analyze(text).quotes] == [words]
