"""A headline's quote that the story quotes again: "‘Bring a torch and stay on the path’:
Ranger's Warning to Walkers" over a story where the ranger says “… Bring a torch and stay on the
path, …”.

Sub-editors lift a few words from a quote in the body and set them, in single marks, at the head
of the headline. The reading pass takes such a line for a heading (a quote with no sayer on its
line is a headline's words, quotes.scan_block); when the body quotes the same words again (the
articles and the odd word aside), they are that body quote's speaker's words, and the headline
carries a quote of theirs. Read narrowly: the story's first line only, a quote opening it in
single marks and closing before a colon or the line's end, of three to fourteen words, most of
them met again in a row in one later quote that has a speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model

_HEAD_QUOTE_RE = re.compile(r"[‘']([^‘’'\n]{8,120})[’'][ \t]*(?::|$)", re.MULTILINE)
_WORD_RE = re.compile(r"[\w’']+")
_SKIPPED = frozenset({"the", "a", "an"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we"})
# "They told us we will not close the school": the speaker reports someone else's words, whose
# the headline may be; a verb of saying before the echo inside the body quote
_REPORTED = frozenset("said says saying told tell tells promised promises claimed claim".split())


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text.lower()) if w not in _SKIPPED]


def _longest_run(head: list[str], body: list[str]) -> tuple[int, int]:
    """The most headline words met again one after another in the body quote, and where in
    the body that run begins."""
    best, at = 0, 0
    for i in range(len(body)):
        for j in range(len(head)):
            k = 0
            while i + k < len(body) and j + k < len(head) and body[i + k] == head[j + k]:
                k += 1
            if k > best:
                best, at = k, i
    return best, at


def echoed_headlines(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with the headline's quote added, spoken by whoever says its words again."""
    if text[:1] not in ("‘", "'"):  # cheap test first: a story opening on a single mark
        return quotes
    line_end = text.find("\n")
    found = _HEAD_QUOTE_RE.match(text, 0, line_end if line_end >= 0 else len(text))
    if found is None:
        return quotes
    start, end = found.span(1)
    if any(q.start < end and start < q.end for q in quotes):
        return quotes  # the reading pass has it already
    head = _words(found.group(1))
    if not 3 <= len(head) <= 14:
        return quotes
    needed = max(3, -(-len(head) * 3 // 4))  # three in four of its words, in a row
    for q in quotes:
        if not (q.start > end and q.speaker and q.speaker.lower() not in _PRONOUNS):
            continue  # only a later quote of someone the story names
        body = _words(q.text)
        run, at = _longest_run(head, body)
        if run >= needed and _REPORTED.isdisjoint(body[:at]):
            echo = replace(
                q,
                text=found.group(1),
                start=start,
                end=end,
                cue=None,
                speaker_reason=f"the headline's words, quoted again in the story: {q.speaker}",
            )
            return [echo, *quotes]
    return quotes
