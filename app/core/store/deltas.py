"""Compact revision bodies: each stored as the difference from a neighbouring text.

Editors change a few percent of a story between revisions, so storing each one whole would
make history the bulk of the database. Two encodings, both exact to the character:
- `zdelta`: the text compressed with zlib using its base text as the preset dictionary, so
  what the two share costs almost nothing (fast; zlib looks back at most 32 KB);
- `delta`: word-level edit ops against the base, for texts longer than zlib's window.
A `zlib` keyframe (the text alone, compressed) bounds how far a restore has to walk.

Time is linear in the texts' length: what two texts share at the start and at the end is
skipped before any diff, and a diff runs only where its cost (about the product of the two
sides' pieces) stays under a fixed bound; past it the changed stretch is stored whole (still
compressed). A text equal to its base needs no diff at all. A 97 KB story of many short
paragraphs used to take 90 s here in difflib, diffing a new story against itself.
"""

from __future__ import annotations

import json
import re
import zlib
from difflib import SequenceMatcher

KEYFRAME = "zlib"
ZDELTA = "zdelta"
DELTA = "delta"

ZLIB_WINDOW = 32 * 1024
DIFF_LIMIT = 250_000
"""Diffing n pieces against m costs up to about n * m steps; beyond this the changed stretch is
stored whole (difflib's worst case is quadratic, e.g. many identical short paragraphs)."""
_TOKENS = re.compile(r"\s+|[^\s]+")


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 9)


def decompress(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def encode(text: str, base: str | None) -> tuple[str, bytes]:
    """The smallest of the encodings that apply: (format, data)."""
    if base is not None and text == base:
        return DELTA, _pack([len(text)] if text else [])  # the newest revision of a save
    keyframe = compress(text)
    if base is None:
        return KEYFRAME, keyframe
    base_bytes = base.encode("utf-8")
    if len(base_bytes) <= ZLIB_WINDOW:
        compressor = zlib.compressobj(9, zdict=base_bytes)
        data = compressor.compress(text.encode("utf-8")) + compressor.flush()
        fmt = ZDELTA
    else:
        data, fmt = make_delta(base, text), DELTA
    return (fmt, data) if len(data) < len(keyframe) else (KEYFRAME, keyframe)


def decode(fmt: str, data: bytes, base: str | None) -> str:
    if fmt == KEYFRAME:
        return decompress(data)
    if base is None:
        raise ValueError(f"a {fmt} revision needs its base text")
    if fmt == ZDELTA:
        decompressor = zlib.decompressobj(zdict=base.encode("utf-8"))
        return (decompressor.decompress(data) + decompressor.flush()).decode("utf-8")
    if fmt == DELTA:
        return apply_delta(base, data)
    raise ValueError(f"unknown revision format {fmt!r}")


def tokens(text: str) -> list[str]:
    return _TOKENS.findall(text)


def _common_ends(a: list[str], b: list[str]) -> tuple[int, int]:
    """How many pieces `a` and `b` share at the start, and then at the end."""
    limit = min(len(a), len(b))
    head = 0
    while head < limit and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < limit - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    return head, tail


def _diff(a: list[str], b: list[str], ops: list[int | str], words: bool) -> None:
    """Append ops turning the pieces `a` into `b`; changed paragraphs are diffed word by word."""
    head, tail = _common_ends(a, b)
    if head:
        _keep(ops, sum(map(len, a[:head])))
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    if len(middle_a) * len(middle_b) > DIFF_LIMIT:
        _replace(ops, middle_a, middle_b)
    elif middle_a or middle_b:
        matcher = SequenceMatcher(None, middle_a, middle_b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                _keep(ops, sum(map(len, middle_a[i1:i2])))
            elif tag == "replace" and not words:
                old, new = "".join(middle_a[i1:i2]), "".join(middle_b[j1:j2])
                _diff(tokens(old), tokens(new), ops, words=True)
            else:
                _replace(ops, middle_a[i1:i2], middle_b[j1:j2])
    if tail:
        _keep(ops, sum(map(len, a[len(a) - tail :])))


def _replace(ops: list[int | str], old: list[str], new: list[str]) -> None:
    if old:
        ops.append(-sum(map(len, old)))
    if new:
        ops.append("".join(new))


def _keep(ops: list[int | str], count: int) -> None:
    if ops and isinstance(ops[-1], int) and ops[-1] > 0:
        ops[-1] += count
    else:
        ops.append(count)


def _pack(ops: list[int | str]) -> bytes:
    return zlib.compress(json.dumps(ops, ensure_ascii=False).encode("utf-8"), 9)


def make_delta(old: str, new: str) -> bytes:
    """Ops turning `old` into `new`: n > 0 keeps n characters, n < 0 drops -n, a string inserts.

    Paragraphs are compared first (fast on long stories), then the words of changed ones.
    """
    ops: list[int | str] = []
    if old == new:
        return _pack([len(old)] if old else [])
    _diff(old.splitlines(keepends=True), new.splitlines(keepends=True), ops, words=False)
    return _pack(ops)


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
