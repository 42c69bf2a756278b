"""WordNet's words that only ever name a person (person_nouns.py): the trades the hand lists
lack, never a word with another sense and never a given name."""

from __future__ import annotations

import pytest

from app.core.analysis.person_nouns import is_wordnet_person


@pytest.mark.parametrize("word", ["drummer", "guitarist", "bassist", "welder", "novelist"])
def test_trades(word: str) -> None:
    assert is_wordnet_person(word)


@pytest.mark.parametrize(
    "word",
    [
        "republican",  # also an adjective: "Republican National Convention" is no person
        "better",  # also an adjective, adverb and verb
        "pro",  # "MacBook Pro"
        "hunter",  # a given name
        "mason",  # a given name
        "Drummer",  # the table is lower case: callers lower the word first
    ],
)
def test_not_a_trade(word: str) -> None:
    assert not is_wordnet_person(word)
