"""Nouns for people the word lists do not hold, known by their ending ("a paediatrician", "one
oncologist", "the podiatrist"): they speak, and a later "she" or "he" may mean them. Invented
copy in several house styles (health desk, wire, local paper)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import is_person_noun


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # health desk: the description, then "she said" in the next sentence
            "A paediatrician in Torvik, who asked not to be named, said the ward was full. “We "
            "have never seen it like this,” she said.",
            "never seen it like this",
            "a paediatrician",
        ),
        (  # wire: inverted tag
            "“The results are clear,” said one oncologist, speaking after the session.",
            "results are clear",
            "one oncologist",
        ),
        (  # local paper
            "The clinic reopened on Monday. A podiatrist at the clinic said the queue was “out "
            "the door by nine.”",
            "out the door",
            "a podiatrist",
        ),
    ],
)
def test_a_person_known_by_the_ending_of_their_trade_speaks(
    text: str, words: str, speaker: str
) -> None:
    q = next(q for q in analyze(text).quotes if words in q.text)
    assert q.speaker.lower() == speaker


@pytest.mark.parametrize("word", ["paediatrician", "cardiologists", "choreographer"])
def test_endings_of_trades(word: str) -> None:
    assert is_person_noun(word)


@pytest.mark.parametrize("word", ["racehorse", "ician", "biology", "photograph"])
def test_other_words_are_no_people(word: str) -> None:
    assert not is_person_noun(word)
