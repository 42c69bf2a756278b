"""What in a story is display, not copy: a pull quote repeating words quoted in the story, and
what an embedded post or a caption leaves between two paragraphs of one statement. Neither is
a quote of its own nor breaks a run of quotes.

Split from engine.py, which runs the analysis.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core import model
from app.core.analysis.mention import NAME
from app.core.analysis.mentions import Mention
from app.core.analysis.quotes import _WORD_RE

# The byline of an embedded post ("— Ana Ruiz (@anaruiz) May 2, 2024"), or a short label with no
# sentence in it ("Club statement", "Photo: Reuters"); a live blog's time stamp ("14:31") opens a
# new entry, so it is no label.
_EMBED_BYLINE_RE = re.compile(r"[—–-]\s*[^\n]{1,80}\(@\w+\)[^\n]{0,40}")
_LABEL_RE = re.compile(r"[^\W\d](?:[\w’'&:-]* ){0,3}[\w’'&-]+")


def embed_residue(block: str) -> bool:
    """A line between paragraphs that belongs to an embedded post or a caption, not the story."""
    line = block.strip()
    if len(line) > 140:
        return False  # a paragraph of the story
    if line[:1] in "—–-":
        return _EMBED_BYLINE_RE.fullmatch(line) is not None
    return len(line) <= 60 and _LABEL_RE.fullmatch(line) is not None


def without_pull_quotes(quotes: list[model.Quote], candidates: set[int]) -> list[model.Quote]:
    """Drop pull quotes: a paragraph that is nothing but an unattributed quote whose words all
    come again inside another quote of the story is a display element, not another quote.

    Word 4-grams of the other quotes are counted once, so the check stays linear.
    """
    seen: set[tuple[str, ...]] = set()
    for i, quote in enumerate(quotes):
        if i not in candidates:
            seen.update(_grams(quote.text))
    kept = []
    for i, quote in enumerate(quotes):
        grams = _grams(quote.text) if i in candidates else []
        if grams and all(g in seen for g in grams):
            continue
        kept.append(quote)
    return kept


def _grams(text: str, n: int = 4) -> list[tuple[str, ...]]:
    words = _WORD_RE.findall(text.lower().replace("’", "'"))
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


# A line of its own under a quote that names who said it: "— Ana Ruiz, union president",
# "― Ana Ruiz". The dash opens the line; the name is all of it but a description after a comma
# or an aside in brackets: "— Ana Ruiz contributed reporting" is a credit, no byline. Plain-text
# pages type the dash as two hyphens ("-- Ana Ruiz, union president, speaking to ...").
_BYLINE_DASH_RE = re.compile(r"\s*(?:[―—–]+|--)\s*")
# The signature's first sentence: a blog's "quote of the day" may run on with where the words
# were reported ("... at the union's congress. Reported by the Dell Courier.").
_FIRST_SENTENCE_RE = re.compile(r"[^\n]*?[.!?](?=\s+[A-Z])")


def byline_name(block: str, mentions: Sequence[Mention]) -> Mention | None:
    """The name a dash line under a quote gives as its speaker, or None (local offsets)."""
    dash = _BYLINE_DASH_RE.match(block)
    if dash is None:
        return None
    if len(block) > 120:
        first = _FIRST_SENTENCE_RE.match(block, dash.end())
        if first is None or first.end() > 200:
            return None
    for m in mentions:
        if m.start == dash.end() and m.kind is NAME:
            rest = block[m.end :].rstrip()
            return m if not rest or rest[0] in ",." or rest.startswith(" (") else None
    return None
