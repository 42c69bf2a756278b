"""Sentences of a story or a document, with their offsets, for aligning one text with another."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# A sentence ends at . ! ? (with any closing quote or bracket) before a space and a capital,
# a digit or an opening quote; or at a line break. Abbreviations and initials do not end one.
_END = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«(\[]?[A-Z0-9])|\n+")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st sen rep gov gen col lt sgt capt jr sr no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m approx".split()
)
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_MARKUP = re.compile(r"^[#>*\-\s]+|[*_]+")
_MIN_WORDS = 3


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str, min_words: int = _MIN_WORDS) -> list[Sentence]:
    """Sentences in reading order; `text[s.start:s.end] == s.text`. Lines of fewer than
    `min_words` words (subheads, sign-offs, credit fragments) are left out."""
    return list(_split(text, min_words))


@functools.lru_cache(maxsize=512)
def _split(text: str, min_words: int) -> tuple[Sentence, ...]:
    """Cached: verification and provenance split the same documents many times."""
    out: list[Sentence] = []
    start = 0
    for match in _END.finditer(text):
        if match.group().startswith("."):
            before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
            word = before.group(1).lower() if before else ""
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        _add(
            text,
            start,
            match.end() if not match.group().startswith("\n") else match.start(),
            out,
            min_words,
        )
        start = match.end()
    _add(text, start, len(text), out, min_words)
    return tuple(out)


def _add(text: str, start: int, end: int, out: list[Sentence], min_words: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    words = _MARKUP.sub(" ", text[start:end]).split()
    if len(words) >= min_words:
        out.append(Sentence(start, end, text[start:end]))


def sentence_at(sentences: list[Sentence], offset: int) -> Sentence | None:
    """The sentence holding `offset`, if any."""
    for sentence in sentences:
        if sentence.start <= offset < sentence.end:
            return sentence
        if sentence.start > offset:
            break
    return None
