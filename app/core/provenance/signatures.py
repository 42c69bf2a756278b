"""MinHash/LSH signatures: which stories and documents in the archive may share a text's origin.

A text is reduced to *shingles* that survive rewriting: its rare words (names, places, rare
terms), its numbers, and pairs of consecutive content words in lemma form. MinHash estimates
how much two shingle sets overlap (Jaccard); LSH cuts the signature into BANDS bands of ROWS
values, each hashed to one 63-bit *bucket key*. Two texts sharing any bucket are candidates:
for a Jaccard overlap of 0.3 that happens with probability 1 - (1 - 0.3^2)^20 = 0.85, for 0.5
with 0.996, for unrelated copy (overlap ~0.02) with 0.008. The store keeps (bucket, item) rows
(app/core/store/archive.py), so finding candidates is a few index look-ups at any archive size.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from app.core.provenance.lexicon import lexicon
from app.core.verification.normalize import STOPWORDS

BANDS = 20
ROWS = 2
_RARE_ZIPF = 3.8  # words rarer than this (names, places, specialist terms) are shingles alone
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|\d+(?:[.,]\d+)*")
_rng = np.random.default_rng(20261201)  # fixed: signatures must agree across runs and machines
_A = _rng.integers(1, 2**63, size=BANDS * ROWS, dtype=np.uint64) | np.uint64(1)
_B = _rng.integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)


def shingles(text: str) -> set[str]:
    """The parts of a text a rewrite tends to keep."""
    lex = lexicon()
    out: set[str] = set()
    previous: str | None = None
    for match in _WORD.finditer(text):
        word = match.group().casefold().replace("’", "'")
        if word in STOPWORDS:
            continue
        if word[:1].isdigit():
            if len(word) >= 2:
                out.add(word)
            previous = None
            continue
        lemma = lex.lemma(word)
        if lex.zipf(word) < _RARE_ZIPF:
            out.add(lemma)
        if previous is not None:
            out.add(f"{previous} {lemma}")
        previous = lemma
    return out


def signature(items: set[str]) -> np.ndarray | None:
    """BANDS x ROWS minimum hashes of the shingles (None for a text without any)."""
    if not items:
        return None
    values = np.fromiter(
        (zlib.crc32(s.encode("utf-8")) for s in items), dtype=np.uint64, count=len(items)
    )
    hashed = (values[:, None] * _A[None, :] + _B[None, :]) >> np.uint64(32)
    return hashed.min(axis=0)


def bucket_keys(text: str) -> list[int]:
    """The text's LSH bucket keys, one per band (empty for a text without shingles)."""
    mins = signature(shingles(text))
    if mins is None:
        return []
    keys = []
    for band in range(BANDS):
        chunk = mins[band * ROWS : (band + 1) * ROWS].astype("<u8").tobytes()
        keys.append(band << 32 | zlib.crc32(chunk))
    return keys


def overlap(query: set[str], candidate: set[str]) -> float:
    """Share of the query's shingles found in the candidate (containment, not Jaccard: a story
    drawn from part of a long original still scores high)."""
    if not query:
        return 0.0
    return len(query & candidate) / len(query)
