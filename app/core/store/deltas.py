"""Compact revision bodies: a compressed full text every few revisions, word deltas between.

Editors change a few percent of a story between revisions, so storing each one whole would
make history the bulk of the database. A delta keeps only the changed words (white space is
a token too, so restoring is exact to the character).
"""

from __future__ import annotations

import json
import re
import zlib
from difflib import SequenceMatcher

_TOKENS = re.compile(r"\s+|[^\s]+")

KEYFRAME = "zlib"
DELTA = "delta"


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 6)


def decompress(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def _diff(a: list[str], b: list[str], ops: list[int | str], words: bool) -> None:
    """Append ops turning the pieces `a` into `b`; changed paragraphs are diffed word by word."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _keep(ops, sum(map(len, a[i1:i2])))
        elif tag == "replace" and not words:
            _diff(tokens("".join(a[i1:i2])), tokens("".join(b[j1:j2])), ops, words=True)
        else:
            if i2 > i1:
                ops.append(-sum(map(len, a[i1:i2])))
            if j2 > j1:
                ops.append("".join(b[j1:j2]))


def _keep(ops: list[int | str], count: int) -> None:
    if ops and isinstance(ops[-1], int) and ops[-1] > 0:
        ops[-1] += count
    else:
        ops.append(count)


def make_delta(old: str, new: str) -> bytes:
    """Ops turning `old` into `new`: n > 0 keeps n characters, n < 0 drops -n, a string inserts.

    Paragraphs are compared first (fast on long stories), then the words of changed ones.
    """
    ops: list[int | str] = []
    _diff(old.splitlines(keepends=True), new.splitlines(keepends=True), ops, words=False)
    return zlib.compress(json.dumps(ops, ensure_ascii=False).encode("utf-8"), 6)


def apply_delta(old: str, delta: bytes) -> str:
    out: list[str] = []
    position = 0
    for op in json.loads(zlib.decompress(delta).decode("utf-8")):
        if isinstance(op, str):
            out.append(op)
        elif op >= 0:
            out.append(old[position : position + op])
            position += op
        else:
            position -= op
    return "".join(out)
