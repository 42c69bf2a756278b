"""Two word tables from WordNet for what the hand-written lists cannot hold.

The analysis's own word lists carry the words news copy uses most and are tuned word by word;
they cannot hold every trade or every irregular verb. These tables, derived from WordNet 3.0 by
tools/derive_wordnet_words.py (source and licence in resources/data/README.md), answer only
where the lists are silent:

- nouns that only ever name a person: a trade before a name is a description, not part of the
  name ("Drummer Teo Vance" is Teo Vance, and a later "the drummer said" finds him);
- irregular past forms: after "The <Name>" a word is a verb, not a noun the name modifies ("The
  Calder Board of Education met on Monday" names the board, which a later "the board" means).
"""

from __future__ import annotations

import gzip
from functools import cache

from app.core.config import resource_path


def _table(name: str) -> frozenset[str]:
    with gzip.open(resource_path("data", name), "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if not line.startswith("#"))


@cache
def _person_nouns() -> frozenset[str]:
    return _table("person_nouns.txt.gz")


@cache
def _irregular_past() -> frozenset[str]:
    return _table("irregular_past.txt.gz")


def is_wordnet_person(word: str, plural: bool = False) -> bool:
    """Whether WordNet files the lower-case `word` only as a person ("drummer", "welder") and
    the first-name table does not know it as a given name; with `plural`, its plural too
    ("drummers", "seamstresses", "deputies")."""
    nouns = _person_nouns()
    if word in nouns:
        return True
    if not plural or not word.endswith("s"):
        return False
    if word[:-1] in nouns:
        return True
    return word.endswith("es") and (
        word[:-2] in nouns or (word.endswith("ies") and word[:-3] + "y" in nouns)
    )


def is_irregular_past(word: str) -> bool:
    """Whether the lower-case `word` is an irregular verb form that is no noun ("met", "took",
    "began"; not "saw")."""
    return word in _irregular_past()


@cache
def _lemmas() -> str:
    # One string searched, not a set built: the table is asked about a word now and then, and
    # decompressing it costs a fraction of making 30,000 strings (speed on a cold analysis).
    with gzip.open(resource_path("data", "lemmas.txt.gz"), "rt", encoding="utf-8") as fh:
        return "\n" + fh.read()


@cache
def is_lemma(word: str) -> bool:
    """Whether the lower-case `word` is a WordNet lemma of its own ("sale", "rent"; not "hughe")."""
    return f"\n{word}\n" in _lemmas()
