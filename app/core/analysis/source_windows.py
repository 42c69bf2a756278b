"""The stretches of a block where the long sourcing patterns are tried: around each hit of an
anchor word they must contain (a source noun, an institution), merged where they overlap.

Why: the anonymous and institutional patterns are long and slow to try at every position of
every block; tried only near their anchor, a 20,000-word story keeps within its time budget.
Shared by anonymous_sources and institutional_sources.
"""

from __future__ import annotations

import re

from app.core.analysis.anchor_words import finditer_at, words_of


def anchor_windows(
    anchor: re.Pattern[str],
    text: str,
    before: int,
    after: int,
    openers: frozenset[str] | None = None,
) -> list[tuple[int, int]]:
    """Merged stretches of text around each anchor hit.

    The sourcing patterns are long and slow to try at every position; trying them only near a
    word they must contain keeps a 20,000-word story within its time budget. `openers`: the
    text's words the anchor can open with (anchor_words), where alone it is tried (speed).
    """
    out: list[tuple[int, int]] = []
    hits = anchor.finditer(text) if openers is None else finditer_at(anchor, text, openers)
    for m in hits:
        lo, hi = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def anchor_openers(words: frozenset[str] | None, text: str) -> frozenset[str] | None:
    """The words of `text` among `words` (an anchor's leading_words); None when those could not
    be told, and the anchor is searched for everywhere."""
    return None if words is None else words & words_of(text)
