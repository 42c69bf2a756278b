"""Word data for comparing sentences: lemmas, synonyms, word families and word frequencies.

Read once from resources/models/lexicon.json.gz, which benchmarks/build_lexicon.py builds from
WordNet 3.0 and wordfreq (see resources/models/LEXICON-NOTICE.txt); nothing is downloaded at
run time.
"""

from __future__ import annotations

import functools
import gzip
import json
from dataclasses import dataclass

from app.core.config import resource_path

_RARE_ZIPF = 1.5  # a word missing from the frequency list is rarer than any listed one


@dataclass(frozen=True, eq=False)  # hashed by identity: lemma() caches per lexicon
class Lexicon:
    freq: dict[str, int]
    syn: dict[str, frozenset[int]]
    fam: dict[str, int]
    exc: dict[str, str]
    lemmas: frozenset[str]
    phrases: frozenset[str]
    """WordNet phrases of two or three words, joined by "_" ("come_down", "before_long")."""

    def zipf(self, word: str) -> float:
        value = self.freq.get(word)
        return value / 10 if value is not None else _RARE_ZIPF

    def weight(self, word: str) -> float:
        """How much a shared word says: rare words (names, specifics) count for more."""
        if "_" in word:
            return max(0.5, 8.0 - min(self.zipf(w) for w in word.split("_")))
        return max(0.5, 8.0 - self.zipf(word))

    def lemma(self, word: str) -> str:
        return _lemma(self, word)

    def senses(self, word: str) -> frozenset[int]:
        """WordNet synsets of the word as written and of each regular base form ("costs" is
        a lemma of its own, but also the plural of "cost")."""
        return _senses(self, word)


@functools.cache
def lexicon() -> Lexicon:
    path = resource_path("models", "lexicon.json.gz")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    return Lexicon(
        freq=data["freq"],
        syn={w: frozenset(ids) for w, ids in data["syn"].items()},
        fam=data["fam"],
        exc=data["exc"],
        lemmas=frozenset(data["lemmas"]),
        phrases=frozenset(w for w in data["syn"] if "_" in w),
    )


_SUFFIXES = (
    ("ies", "y"), ("ves", "f"), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"),
    ("shes", "sh"), ("men", "man"), ("es", "e"), ("es", ""), ("s", ""), ("ied", "y"),
    ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("ier", "y"), ("iest", "y"),
    ("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ly", ""), ("ily", "y"),
)  # fmt: skip


@functools.lru_cache(maxsize=200_000)
def _lemma_cached(lex: Lexicon, word: str) -> str:
    if word in lex.exc:
        return lex.exc[word]
    if word in lex.lemmas or len(word) <= 3:
        return word
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + replacement
            if stem in lex.lemmas:
                return stem
            doubled = not replacement and len(stem) > 2 and stem[-1] == stem[-2]
            if doubled and stem[:-1] in lex.lemmas:  # stopped -> stop
                return stem[:-1]
    return word


def _lemma(lex: Lexicon, word: str) -> str:
    return _lemma_cached(lex, word)


@functools.lru_cache(maxsize=200_000)
def _senses(lex: Lexicon, word: str) -> frozenset[int]:
    found = set(lex.syn.get(word, ()))
    base = lex.exc.get(word)
    if base:
        found.update(lex.syn.get(base, ()))
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: -len(suffix)] + replacement
            if stem in lex.syn:
                found.update(lex.syn[stem])
    return frozenset(found)
