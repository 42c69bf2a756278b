"""Echoes: quoted words the writer repeats from a quote given before.

An echo ("Ochoa said the budget would be “balanced by spring.” Whether it is “balanced” ...")
is the earlier speaker's wording, not a new quote with a new speaker, and not a scare quote.
Kept apart from `speech` (which decides whether a passage is speech at all) because the engine
asks it only after that verdict, with the quotes found so far.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model
from app.core.analysis.designations import plain_compound
from app.core.analysis.quotes import _WORD_RE

# How far back an echo may reach: the last few quotes.
_ECHO_REACH = 6


def echo_of(
    norm: str, quotes: list[model.Quote], title_case: bool, term: bool = False
) -> model.Quote | None:
    """The recent quote, with a speaker, whose words these repeat: "Ochoa said the budget would
    be “balanced by spring.” Whether it is “balanced” ...": the writer echoes Ochoa's word.

    `norm` is the quoted words lower-cased, one space between words; a single word must be a
    real one (four letters or more), not "the" or "no".
    """
    if not norm or (" " not in norm and len(norm) < 4) or norm.count(" ") > 5:
        return None
    if title_case:
        return None  # "13th", "Miss Piggy": a name used again, the writer's own
    pattern = re.compile(r"(?<![\w'])" + re.escape(norm) + r"(?![\w'])")
    words = norm.split()
    named_kind = term and plain_compound(words)
    for quote in reversed(quotes[-_ECHO_REACH:]):
        if quote.speaker and pattern.search(said := normal_words(quote.text)):
            if named_kind and len(said.split()) > 4 * len(words):
                # "placed on a “coaching plan”" after a memo's long sentence that mentions "a
                # documented coaching plan": a kind of thing the memo named in passing, read
                # as a term where it stands, not the memo's phrase echoed
                return None
            return quote
    return None


def echoing(quote: model.Quote, echoed: model.Quote) -> model.Quote:
    """`quote`, given the speaker of the quote whose words it repeats (and saying so)."""
    if quote.speaker == echoed.speaker:
        return quote
    return replace(
        quote,
        speaker=echoed.speaker,
        speaker_mention=echoed.speaker_mention,
        speaker_reason=f"{echoed.speaker}: repeats words quoted from them before",
        confidence=min(quote.confidence, 0.5),
    )


def normal_words(text: str) -> str:
    """A quote's words, lower case with one kind of apostrophe: how echoes and repeated
    non-speech are compared."""
    return " ".join(_WORD_RE.findall(text.lower().replace("’", "'")))
