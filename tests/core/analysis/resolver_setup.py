"""A resolver that has met the mentions of some sentences, for tests of what it remembers."""

from __future__ import annotations

from app.core.analysis.mentions import find_mentions
from app.core.analysis.resolution import Resolver


def observed(*texts: str) -> Resolver:
    """A new resolver after observing every mention of each text, in order."""
    resolver = Resolver()
    for text in texts:
        for mention in find_mentions(text):
            resolver.observe(mention)
    return resolver
