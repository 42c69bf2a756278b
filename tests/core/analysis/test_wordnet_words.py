"""The word tables from WordNet (wordnet_words.py): nouns that only ever name a person (the
trades the hand lists lack, never a word with another sense, never a given name) and irregular
past forms with no noun reading in use."""

from __future__ import annotations

import pytest

from app.core.analysis.wordnet_words import is_irregular_past, is_wordnet_person


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


@pytest.mark.parametrize("word", ["met", "took", "gave", "began"])
def test_irregular_past(word: str) -> None:
    assert is_irregular_past(word)


@pytest.mark.parametrize(
    "word",
    [
        "ground",  # "the Wembley ground": a noun in use
        "shot",
        "left",  # "the Labour left"
        "walked",  # regular: the analysis reads "-ed" itself
    ],
)
def test_not_irregular_past(word: str) -> None:
    assert not is_irregular_past(word)


@pytest.mark.parametrize("word", ["smith", "chandler", "thatcher"])
def test_a_surname_wordnet_also_writes_capitalised_is_no_trade(word: str) -> None:
    assert not is_wordnet_person(word)


@pytest.mark.parametrize("word", ["saw", "bore", "fell"])
def test_an_irregular_past_that_is_also_a_noun_is_left_out(word: str) -> None:
    assert not is_irregular_past(word)


@pytest.mark.parametrize("word", ["drummers", "bassists", "glaziers"])
def test_plurals_only_when_asked(word: str) -> None:
    assert is_wordnet_person(word, plural=True)
    assert not is_wordnet_person(word)
