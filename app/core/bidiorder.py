"""The order in which a browser draws text with bidi controls (the parts of Unicode's UAX #9
that decide where a right-to-left override runs).

A name typed backwards after U+202E (RIGHT-TO-LEFT OVERRIDE) is drawn forwards, so the
confidentiality rule must read copy in drawn order (app.core.namefold.project). Where the
override ends is what matters, and it is not simply the next control: U+202C closes only the
innermost embedding or override (an LRE or a second RLO inside it closes first), U+2069 closes
only an isolate that is open (a stray one closes nothing), and in HTML a line break inside a
paragraph ends nothing either (only the block does), while a text file ends it at each line.
So this follows the algorithm's explicit levels (X1-X8, with its stack, isolates and overflow
counts), resolves letters and the neutrals between them (W/N/I rules, simplified: digits and
punctuation take their neighbours' direction) and reverses runs by level (L2).

Simplified where it cannot move a letter within a word: the paragraph is left to right (an
exported page sets no `dir`), weak types are neutrals, and lines are never wrapped.
"""

from __future__ import annotations

import re
import unicodedata

RLE, LRE, RLO, LRO, PDF = "\u202b", "\u202a", "\u202e", "\u202d", "\u202c"
RLI, LRI, FSI, PDI = "\u2067", "\u2066", "\u2068", "\u2069"
CONTROLS = frozenset((RLE, LRE, RLO, LRO, PDF, RLI, LRI, FSI, PDI))
MAX_DEPTH = 125
"""UAX #9's deepest embedding level."""

LINES_RE = re.compile(r"\r\n|[\n\r\x1c-\x1e\x85\u2029]")
"""Paragraph ends in a text file: every line break (a text viewer's paragraph is a line)."""
BLOCKS_RE = re.compile(r"\n[ \t]*(?:\r?\n)+|\u2029")
"""Paragraph ends in a page: a blank line (Markdown's paragraph break) or U+2029; a single
line break inside a paragraph is only a space to a browser and ends no override."""


def has_override(text: str) -> bool:
    """Could a browser draw some of `text` backwards (is there a right-to-left override)?"""
    return RLO in text


def _strong(char: str) -> str:
    """ "L", "R" or "N" (neutral, weak or a control) for a character outside any override."""
    kind = unicodedata.bidirectional(char)
    if kind == "L":
        return "L"
    if kind in ("R", "AL"):
        return "R"
    return "N"


def _explicit(paragraph: str) -> tuple[list[int], list[str]]:
    """Each character's embedding level and its type ("L", "R" or "N") after overrides (X1-X8)."""
    stack: list[tuple[int, str | None, bool]] = [(0, None, False)]  # level, override, isolate
    overflow_isolates = overflow_embeddings = valid_isolates = 0
    levels: list[int] = []
    types: list[str] = []
    for char in paragraph:
        level, override, _isolate = stack[-1]
        if char in (RLE, LRE, RLO, LRO, RLI, LRI, FSI):
            rtl = char in (RLE, RLO, RLI)
            new = (level + 1) | 1 if rtl else (level + 2) & ~1
            isolate = char in (RLI, LRI, FSI)
            levels.append(level)
            types.append(override or "N")
            if new <= MAX_DEPTH and not overflow_isolates and not overflow_embeddings:
                if isolate:
                    valid_isolates += 1
                stack.append((new, {RLO: "R", LRO: "L"}.get(char), isolate))
            elif isolate:
                overflow_isolates += 1
            elif not overflow_isolates:
                overflow_embeddings += 1
            continue
        if char == PDI:
            if overflow_isolates:
                overflow_isolates -= 1
            elif valid_isolates:  # a stray PDI (no isolate open) closes nothing
                overflow_embeddings = 0
                while not stack[-1][2]:
                    stack.pop()
                stack.pop()
                valid_isolates -= 1
            level, override, _isolate = stack[-1]
            levels.append(level)
            types.append(override or "N")
            continue
        if char == PDF:
            if overflow_isolates:
                pass
            elif overflow_embeddings:
                overflow_embeddings -= 1
            elif not stack[-1][2] and len(stack) > 1:  # it never closes an isolate
                stack.pop()
            levels.append(level)
            types.append("N")
            continue
        levels.append(level)
        types.append(override or _strong(char))
    return levels, types


def _resolved(levels: list[int], types: list[str]) -> list[int]:
    """Final levels: neutrals between two letters of one direction take it, others their
    embedding's (N1-N2); then letters against their level's direction go up one (I1-I2)."""
    count = len(types)
    directions = list(types)
    i = 0
    while i < count:
        if directions[i] != "N":
            i += 1
            continue
        j = i
        while j < count and directions[j] == "N":
            j += 1
        before = directions[i - 1] if i > 0 and levels[i - 1] == levels[i] else None
        after = directions[j] if j < count and levels[j] == levels[j - 1] else None
        for k in range(i, j):
            embedding = "R" if levels[k] % 2 else "L"
            directions[k] = before if before is not None and before == after else embedding
        i = j
    final = []
    for level, direction in zip(levels, directions, strict=True):
        odd = level % 2 == 1
        final.append(level + 1 if (direction == "R") != odd else level)
    return final


def _reorder(levels: list[int]) -> list[int]:
    """Logical indices in drawn order: from the highest level down to the lowest odd one,
    every run at that level or above is reversed (L2)."""
    order = list(range(len(levels)))
    if not levels:
        return order
    top = max(levels)
    lowest_odd = min((lvl for lvl in levels if lvl % 2), default=None)
    if lowest_odd is None:
        return order
    for level in range(top, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


def visual_order(text: str, *, page: bool = False) -> tuple[str, list[int]] | None:
    """`text` in drawn order, without its embedding controls, and the original index of every
    character; None when nothing in it is drawn backwards. `page`: paragraphs as a browser
    reads a page (a line break inside one ends nothing); otherwise as a text file (every line
    its own)."""
    if not has_override(text):
        return None
    breaks = BLOCKS_RE if page else LINES_RE
    chars: list[str] = []
    index: list[int] = []
    position = 0
    for match in (*breaks.finditer(text), None):
        end = match.start() if match is not None else len(text)
        paragraph = text[position:end]
        if RLO in paragraph:
            levels, types = _explicit(paragraph)
            order = _reorder(_resolved(levels, types))
        else:
            order = list(range(len(paragraph)))
        kept = [i for i in order if paragraph[i] not in CONTROLS]  # X9: drawn as nothing
        chars.extend(paragraph[i] for i in kept)
        index.extend(position + i for i in kept)
        if match is None:
            break
        chars.extend(match.group())
        index.extend(range(match.start(), match.end()))
        position = match.end()
    return "".join(chars), index
