"""Compact revision bodies: each stored as the difference from a neighbouring text.

Editors change a few percent of a story between revisions, so storing each one whole would
make history the bulk of the database. Two encodings, both exact to the character:
- `zdelta`: the text compressed with zlib using its base text as the preset dictionary, so
  what the two share costs almost nothing (fast; zlib looks back at most 32 KB);
- `delta`: word-level edit ops against the base, for texts longer than zlib's window.
A `zlib` keyframe (the text alone, compressed) bounds how far a restore has to walk.
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
WORD_DIFF_LIMIT = 4_000_000
"""Word-diffing a changed stretch costs about len(a) * len(b); beyond this, store it whole."""
_TOKENS = re.compile(r"\s+|[^\s]+")


def compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 9)


def decompress(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8")


def encode(text: str, base: str | None) -> tuple[str, bytes]:
    """The smallest of the encodings that apply: (format, data)."""
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


def _diff(a: list[str], b: list[str], ops: list[int | str], words: bool) -> None:
    """Append ops turning the pieces `a` into `b`; changed paragraphs are diffed word by word."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _keep(ops, sum(map(len, a[i1:i2])))
        elif tag == "replace" and not words and _small_enough(a[i1:i2], b[j1:j2]):
            _diff(tokens("".join(a[i1:i2])), tokens("".join(b[j1:j2])), ops, words=True)
        else:
            if i2 > i1:
                ops.append(-sum(map(len, a[i1:i2])))
            if j2 > j1:
                ops.append("".join(b[j1:j2]))


def _small_enough(a: list[str], b: list[str]) -> bool:
    """A rewrite of most of a long story is cheaper to store whole than to diff word by word."""
    return sum(map(len, a)) * sum(map(len, b)) // 36 <= WORD_DIFF_LIMIT


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
    return zlib.compress(json.dumps(ops, ensure_ascii=False).encode("utf-8"), 9)


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
