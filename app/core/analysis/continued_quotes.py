"""A quote standing alone in its paragraph, and the next paragraph opens "She continued" or "He
went on" before a quote of the same person: the lone quote was theirs.

"“Visitors have asked for these rooms …” ¶ She continued, “The charts arrive next week …”": a
speaker who continues was speaking just before, so the untagged paragraph above is theirs,
however many sentences without a quote stood between their name and it. Read narrowly: the
lone quote has no speaker, the next paragraph begins with "He"/"She" and a verb of carrying on
(continued, went on, added), and that paragraph's quote, the next quote of all, has a speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model

_CARRIES_ON_RE = re.compile(
    r"[”\"’'.!?…\s]*\n\s*(?:She|He)\s+(?:continued|went\s+on|added|carried\s+on)\b"
    # carrying on speaking, not "She continued to work at the port" or "He added two stalls":
    # the verb stands alone, before a quote or "that", or takes the remarks (or a word of hers
    # right before a comma or the quote) as its object
    r"(?=\s*(?:[,:.;]|[“\"‘']|that\b|to\s+say\b|by\s+saying\b|speaking\b|talking\b|"
    r"(?:her|his)\s+(?:remarks|comments|speech|address|statement|testimony|answer)\b|"
    # "She continued her explanations, “…”": her own words as the object, then the quote
    r"(?:her|his)\s+[a-z]+\s*(?:[,:]|[“\"‘'])))"
)


def continued_speakers(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with a lone quote given the speaker the next paragraph says carries on."""
    out = quotes
    for i in range(len(quotes) - 1):
        q, nxt = quotes[i], quotes[i + 1]
        if q.speaker is not None or nxt.speaker is None or nxt.start - q.end > 200:
            continue
        if nxt.speaker.lower() in ("he", "she"):
            continue  # nobody the story named: nothing to hand back
        if _CARRIES_ON_RE.match(text, q.end, nxt.start) is None:
            continue
        out = out if out is not quotes else list(quotes)
        out[i] = replace(
            q,
            speaker=nxt.speaker,
            speaker_mention=None,
            speaker_reason=f"{nxt.speaker}: the next paragraph says they carried on speaking",
        )
    return out
