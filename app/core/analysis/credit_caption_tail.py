"""A picture's credit set at the end of its caption, after the caption's last sentence.

Wire caption style runs the credit on after the caption text in one paragraph: "Fishermen
unload their catch in Portvale on May 3, 2024. REUTERS/Ana Lima", "Residents queue for water in
Harbourton. (AP Photo/Ana Lima)", "... on Tuesday. Photo: Ana Lima". The whole line is no credit
line (the caption is the story's text and stays in the body), but its tail credits the
photographer. This module only finds where the tail may start; credits.py reads the tail with
its own grammar and keeps it only when it gives picture credits and nothing unread.
"""

from __future__ import annotations

import re

# A credit tail is short: an agency, a cue and a name or two, maybe in brackets.
MAX_TAIL = 90
# The caption before it holds a sentence of its own (three words at least).
_MIN_CAPTION_WORDS = 3
# Where the caption's sentence ends and the credit begins: ". " (or "?", "!", a closing quote or
# bracket after them) before a capital or an opening bracket. An initial ("J. Lima") also matches;
# the caller tries each place from the end and keeps the first whose tail reads.
_SENTENCE_END_RE = re.compile(r"(?<=[^\s.]{2})[.!?][\"”’)]?\s+(?=[A-Z(\[])")
# What a picture's credit holds: an agency's slash or a picture cue.
_CREDIT_HINTS = ("/", "photo", "foto", "picture", "image", "credit", "courtesy")


def may_hold_caption_credit(line: str) -> bool:
    """The cheap test: a sentence end and a picture credit's mark near the end of the line."""
    end = line[-MAX_TAIL - 4 :].lower()
    return ". " in end and any(hint in end for hint in _CREDIT_HINTS)


def caption_tails(line: str) -> list[tuple[str, str]]:
    """(caption, tail) cuts of a line, the shortest tail first; [] when it has none."""
    text = line.strip()
    start = max(0, len(text) - MAX_TAIL - 4)
    cuts: list[tuple[str, str]] = []
    for match in _SENTENCE_END_RE.finditer(text, start):
        caption, tail = text[: match.end()].strip(), text[match.end() :].strip()
        if len(caption.split()) >= _MIN_CAPTION_WORDS and len(tail) <= MAX_TAIL:
            cuts.append((caption, tail))
    return cuts[::-1]
