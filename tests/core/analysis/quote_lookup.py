"""Finding the one quote a test is about: the first quote holding some words of it."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from app.core.model import Quote


def quote_holding(text: str, words: str) -> Quote:
    """The first quote of the analysed text whose words hold `words` ("" takes the first)."""
    for quote in analyze(text).quotes:
        if words in quote.text:
            return quote
    raise AssertionError(f"no quote holding {words!r}")


def speaker_of(text: str, words: str) -> str | None:
    """Who the analysis says spoke the quote holding `words`."""
    return quote_holding(text, words).speaker
