"""Nouns for people from WordNet: the trades and roles no hand-written list holds.

The analysis's own word lists (entities.PEOPLE_NOUNS, role_nouns.ROLE_NOUNS) carry the roles
news copy names most and are tuned word by word; they cannot hold every trade, and a job they
lack before a name was glued to it ("Drummer Tem Rowe" as a person, then "the drummer said"
found no one). This table, derived from WordNet 3.0 by tools/derive_person_nouns.py (source and
licence in resources/data/README.md), answers only where the lists are silent.
"""

from __future__ import annotations

import gzip
from functools import cache

from app.core.config import resource_path


@cache
def _nouns() -> frozenset[str]:
    with gzip.open(resource_path("data", "person_nouns.txt.gz"), "rt", encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if not line.startswith("#"))


def is_wordnet_person(word: str) -> bool:
    """Whether WordNet files the lower-case `word` as a person ("drummer", "welder") and the
    first-name table does not know it as a given name."""
    return word in _nouns()
