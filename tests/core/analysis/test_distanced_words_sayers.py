"""Near misses of distanced_words.py's glosses (round-20 review): the same shapes in a sayer's
own words stay their partial quotes, and the glosses they were built for stay glosses. Kept in
a file of their own so they do not collide with cases added to test_distanced_words.py."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _quotes(text: str) -> list[str]:
    return [q["text"] for q in analyze(text).to_json()["quotes"]]


GLOSSES = {
    # a language named as what the word is in
    "is-language-for": "Vell said the ferry is called Amani, which is Swahili for ‘peace’.",
    # a lower-case word glossed, the language named after the gloss
    "meaning-in-language": "Ruiz said the cafe sells fika, meaning ‘coffee break’ in Swedish.",
}


@pytest.mark.parametrize("text", GLOSSES.values(), ids=GLOSSES.keys())
def test_a_word_the_writer_glosses_is_no_quote(text: str) -> None:
    assert _quotes(text) == []


SAYERS_WORDS = {
    # ", meaning" after a clause is a consequence the sayer draws, in their words
    "meaning-consequence": (
        "Dana Pell said the fund was empty, meaning “no more grants.”",
        "no more grants.",
    ),
    # "was <Capitalised> for" names no language: "Christmas" glosses nothing
    "capital-for-no-language": (
        "Ruiz said the ruling was Christmas for “the lawyers.”",
        "the lawyers.",
    ),
    # the charge a sayer lays is theirs, whatever the dash after it says
    "charge-then-dash-or": (
        "Dana Pell accused the board of “cooking the books” — or hiding losses from auditors.",
        "cooking the books",
    ),
}


@pytest.mark.parametrize("text, quote", SAYERS_WORDS.values(), ids=SAYERS_WORDS.keys())
def test_the_sayers_partial_quote_stays(text: str, quote: str) -> None:
    assert quote in _quotes(text)
