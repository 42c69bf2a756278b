"""Comment anchors follow the text through edits: a range in the old body becomes a range in
the new one, or says it is detached when its text was deleted.

A save does not say what the editor did, only the text before and after, so the edit is
recovered by a diff: the common head and tail are cut off first (a typical save changes one
place), what is left is compared word by word, and changed words letter by letter. A few
letters in common ("she" and "Mayor Ruiz" share an "e"... or not) do not keep an anchor
alive: it needs MIN_SURVIVAL letters in a row, or all of a shorter anchor.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

REFINE_LIMIT = 200
"""Changed stretches up to this long are compared letter by letter as well."""
MIN_SURVIVAL = 3
"""Letters an anchor must keep together for its text to count as still there."""
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int
    end: int
    detached: bool = False


@dataclass(frozen=True, slots=True)
class _Block:
    """A stretch of the edit: old[a1:a2] became new[b1:b2]; `equal` when unchanged."""

    a1: int
    a2: int
    b1: int
    b2: int
    equal: bool


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _offsets(units: Sequence[str]) -> list[int]:
    positions = [0]
    for unit in units:
        positions.append(positions[-1] + len(unit))
    return positions


def _diff(old: Sequence[str], new: Sequence[str], a0: int, b0: int, refine: bool) -> list[_Block]:
    a_pos, b_pos = _offsets(old), _offsets(new)
    blocks: list[_Block] = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        a1, a2, b1, b2 = a0 + a_pos[i1], a0 + a_pos[i2], b0 + b_pos[j1], b0 + b_pos[j2]
        if refine and tag == "replace" and a2 - a1 <= REFINE_LIMIT and b2 - b1 <= REFINE_LIMIT:
            # a word changed: compare its letters, so a corrected typo keeps its anchor
            old_text = "".join(old[i1:i2])
            new_text = "".join(new[j1:j2])
            blocks += _diff(old_text, new_text, a1, b1, refine=False)
        else:
            blocks.append(_Block(a1, a2, b1, b2, tag == "equal"))
    return blocks


def _middle_blocks(old: str, new: str, a0: int, b0: int) -> list[_Block]:
    if not old or not new:
        return [_Block(a0, a0 + len(old), b0, b0 + len(new), False)] if old or new else []
    return _diff(_tokens(old), _tokens(new), a0, b0, refine=True)


def edit_blocks(old: str, new: str) -> list[_Block]:
    """The edit from `old` to `new` as consecutive blocks covering both texts."""
    if old == new:
        return [_Block(0, len(old), 0, len(new), True)]
    limit = min(len(old), len(new))
    head = 0
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[len(old) - 1 - tail] == new[len(new) - 1 - tail]:
        tail += 1
    blocks: list[_Block] = []
    if head:
        blocks.append(_Block(0, head, 0, head, True))
    blocks += _middle_blocks(old[head : len(old) - tail], new[head : len(new) - tail], head, head)
    if tail:
        blocks.append(_Block(len(old) - tail, len(old), len(new) - tail, len(new), True))
    return blocks


class Remapper:
    """Maps offsets of `old` to offsets of `new` through one recovered edit."""

    def __init__(self, old: str, new: str) -> None:
        self.old = old
        self.blocks = edit_blocks(old, new)
        self._starts = [b.a1 for b in self.blocks]

    def _block(self, offset: int) -> _Block:
        i = max(0, bisect.bisect_right(self._starts, offset) - 1)
        # an offset at the end of a block and the start of the next belongs to the next
        return self.blocks[i]

    def position(self, offset: int, *, is_end: bool = False) -> int:
        """Where `offset` is after the edit: a start moves past changed text, an end stays
        before it (so inserted text at an anchor's edge stays outside it)."""
        if not self.blocks:
            return 0
        if is_end:
            i = max(0, bisect.bisect_left(self._starts, offset) - 1)
            block = self.blocks[i]
            while block.a2 < offset and i + 1 < len(self.blocks):
                i += 1
                block = self.blocks[i]
        else:
            block = self._block(offset)
        if block.equal:
            return block.b1 + min(offset - block.a1, block.b2 - block.b1)
        if is_end or block.a1 == block.a2:
            return block.b2  # an end takes in what replaced its text; text typed here is after
        return block.b1  # a start inside replaced text takes in what replaced it

    def surviving(self, start: int, end: int, old: str) -> int:
        """How many letters of old[start:end] are still there, in runs long enough to count."""
        need = min(MIN_SURVIVAL, len(old[start:end].replace(" ", "")) or 1)
        kept = 0
        i = max(0, bisect.bisect_right(self._starts, start) - 1)
        while i < len(self.blocks) and self.blocks[i].a1 < end:
            block = self.blocks[i]
            if block.equal:
                run = old[max(start, block.a1) : min(end, block.a2)]
                letters = sum(1 for ch in run if not ch.isspace())
                if letters >= need:
                    kept += letters
            i += 1
        return kept

    def anchor(self, anchor: Anchor) -> Anchor:
        if anchor.detached or anchor.end <= anchor.start:
            point = self.position(anchor.start)
            return Anchor(point, point, anchor.detached)
        if self.surviving(anchor.start, anchor.end, self.old) == 0:
            point = self.position(anchor.start)
            return Anchor(point, point, True)
        start = self.position(anchor.start)
        end = max(start, self.position(anchor.end, is_end=True))
        return Anchor(start, end, False)


def remap(old: str, new: str, anchors: Sequence[Anchor]) -> list[Anchor]:
    """Each anchor of `old` as it stands in `new` (detached when its text is all gone)."""
    if old == new or not anchors:
        return list(anchors)
    mapper = Remapper(old, new)
    return [mapper.anchor(a) for a in anchors]
