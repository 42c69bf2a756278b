"""Reading a paragraph's sentences with its quotes masked out: sentence starts, subjects,
names used as modifiers, and prepositional phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from app.core.analysis.cues import CUE_RE
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import Mention, MentionKind
from app.core.analysis.quotes import QuoteSpan

_PREPOSITIONS = frozenset(
    """of to for with about at from in on against like by into toward towards than over under
    between among behind after before during via per upon""".split()
)
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col capt sgt lt adm maj rev st jr sr inc corp co ltd
    no vs etc jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u d.c a.m p.m
    mt ft ave blvd dept est fig approx""".split()
)
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[A-Z0-9À-Þ\x00])|\n")
_MASK = "\x00"


def mask_quotes(block: str, spans: tuple[QuoteSpan, ...]) -> str:
    """The block with quote interiors blanked out (same length, so offsets stay valid)."""
    if not spans:
        return block
    parts: list[str] = []
    pos = 0
    for s in spans:
        parts.append(block[pos : s.start])
        parts.append(_MASK * (s.end - s.start))
        pos = s.end
    parts.append(block[pos:])
    return "".join(parts)


_PAREN_RE = re.compile(r"\([^()\x00\"“”\n]{1,40}\)")


def blank_parentheticals(masked: str) -> str:
    """Short asides such as "(R-Ohio)" blanked out, so "Rep. X (R-Ohio) said" reads as adjacent."""
    if "(" not in masked:
        return masked
    return _PAREN_RE.sub(lambda m: " " * len(m.group()), masked)


def sentence_starts(masked: str) -> list[int]:
    """Offsets where a new sentence begins (outside quotes), 0 first."""
    starts = [0]
    for m in _SENTENCE_END_RE.finditer(masked):
        if m.group() != "\n":
            word = re.search(
                r"([\w.]+)[.!?…]*[\"”’')\]]*\s+$", masked[max(0, m.start() - 12) : m.end()]
            )
            if word:
                token = word.group(1).rstrip(".").lower()
                if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                    continue
        starts.append(m.end())
    return starts


def mark_subjects(masked: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions with `subject` set on each sentence's first one outside a prepositional
    phrase and not possessive: who the sentence is about, which a later "he" or "she" most
    often means."""
    if not mentions:
        return mentions
    starts = sentence_starts(masked)
    out = list(mentions)
    taken = -1
    for i, m in enumerate(out):
        if m.kind is MentionKind.NAME and _is_modifier(masked, m):
            out[i] = m = m.flagged(modifier=True)
            continue
        if (
            m.kind is MentionKind.NAME
            and m.entity is EntityKind.UNKNOWN
            and masked[max(0, m.start - 4) : m.start] in ("the ", "The ")
        ):
            # "the Harbour Queen": people do not take an article; boats, bands and bills do.
            out[i] = m = m.flagged(entity=EntityKind.THING)
        sentence = bisect_right(starts, m.start) - 1
        if sentence == taken:
            continue
        if m.possessive or after_preposition(masked, m.start):
            continue
        if m.kind is MentionKind.PRONOUN and m.text.lower() not in ("he", "she", "they", "it"):
            continue
        if m.kind is MentionKind.NAME and m.entity in (EntityKind.THING, EntityKind.PLACE):
            continue  # "Palestinian chief negotiator Saeb Erekat": the adjective is not it
        out[i] = m.flagged(subject=True)
        taken = sentence
    return out


_AUX = frozenset("has had have is was are were will would could can may might".split())


def _is_modifier(masked: str, m: Mention) -> bool:
    """ "a Netflix documentary", "the Apple store": a name before a noun, after an article."""
    before = masked[max(0, m.start - 5) : m.start].lower()
    after = re.match(r" ([a-z][\w-]*)", masked[m.end : m.end + 30])
    if not after or m.possessive:
        return False
    word = after.group(1)
    if before.endswith((" a ", " an ")) or before in ("a ", "an "):
        return True
    if not before.endswith("the "):
        return False
    return not (
        word in _AUX or CUE_RE.fullmatch(word) or word.endswith(("ed", "s")) or word == "of"
    )


def after_preposition(masked: str, start: int) -> bool:
    before = masked[max(0, start - 12) : start].split()
    return bool(before) and before[-1].lower() in _PREPOSITIONS
