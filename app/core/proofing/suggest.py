"""Suggestions for a misspelt word, in the order Hunspell tries its cheap edits.

Common misspellings first (the dictionary's REP table: "ie" for "ei"), then a swap of two
neighbouring letters, a letter too many, a letter missing, a wrong letter (keyboard neighbours
first), a missing space; only when none of those makes a word, the nearest words by edit
distance (rapidfuzz over the word list, ~20 ms: the editor's right-click, not every check).
"""

from __future__ import annotations

import string
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.core.proofing.dictionaries import Lexicon

LETTERS = string.ascii_lowercase
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_KEYBOARD_ROWS):
    for _c, _ch in enumerate(_row):
        near = _row[max(0, _c - 1) : _c] + _row[_c + 1 : _c + 2]
        for _other in (_r - 1, _r + 1):
            if 0 <= _other < len(_KEYBOARD_ROWS):
                near += _KEYBOARD_ROWS[_other][max(0, _c - 1) : _c + 2]
        _NEIGHBOURS[_ch] = near


def swaps(word: str) -> Iterator[str]:
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def deletes(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def inserts(word: str, letters: str = LETTERS) -> Iterator[str]:
    for i in range(len(word) + 1):
        for ch in letters:
            yield word[:i] + ch + word[i:]


def replaces(word: str, near_first: bool = True) -> Iterator[str]:
    if near_first:
        for i, ch in enumerate(word):
            for other in _NEIGHBOURS.get(ch.lower(), ""):
                yield word[:i] + other + word[i + 1 :]
    for i, ch in enumerate(word):
        for other in LETTERS:
            if other != ch:
                yield word[:i] + other + word[i + 1 :]


def edits1(word: str) -> Iterator[str]:
    """Every string one edit (Damerau) from WORD, in lower case letters."""
    yield from swaps(word)
    yield from deletes(word)
    yield from inserts(word)
    yield from replaces(word, near_first=False)


def slips(word: str, *, neighbours: bool = False) -> Iterator[str]:
    """The word a typing slip may have come from, the first letter left alone: two letters
    swapped, a key pressed twice, a key missed (and, with NEIGHBOURS, the key next to the right
    one). A name differs from a dictionary word by some other letter far more often than by a
    slip, so only slips count against capitalised words."""
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(1, len(word)):
        if word[i] == word[i - 1]:
            yield word[:i] + word[i + 1 :]
    for i in range(1, len(word) + 1):
        for ch in LETTERS:
            yield word[:i] + ch + word[i:]
    if neighbours:
        for i in range(1, len(word)):
            for other in _NEIGHBOURS.get(word[i], ""):
                yield word[:i] + other + word[i + 1 :]


def within_one_edit(word: str, known: Callable[[str], bool]) -> str | None:
    """The first string one edit from WORD that KNOWN accepts (cheap: ~500 set probes)."""
    for candidate in edits1(word):
        if candidate and known(candidate):
            return candidate
    return None


def match_case(suggestion: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


def _rep_candidates(word: str, lex: Lexicon) -> Iterator[str]:
    for wrong, right in lex.replacements:
        anchored_start, anchored_end = wrong.startswith("^"), wrong.endswith("$")
        wrong = wrong.strip("^$").replace("_", " ")
        right = right.replace("_", " ")
        if not wrong:
            continue
        if anchored_start or anchored_end:
            if (anchored_start and not word.startswith(wrong)) or (
                anchored_end and not word.endswith(wrong)
            ):
                continue
            at = 0 if anchored_start else len(word) - len(wrong)
            yield word[:at] + right + word[at + len(wrong) :]
            continue
        start = word.find(wrong)
        while start >= 0:
            yield word[:start] + right + word[start + len(wrong) :]
            start = word.find(wrong, start + 1)


@dataclass(frozen=True)
class Known:
    """More known words than the dictionary's (names, the newsroom dictionary), indexed once."""

    words: frozenset[str]
    lower: dict[str, str]

    @classmethod
    def of(cls, words: Iterable[str]) -> Known:
        kept = frozenset(w for w in words if w)
        return cls(kept, {w.lower(): w for w in kept})


LONGEST_SUGGESTED = 45
"""Past this many letters a misspelling gets no suggestions: the edits of a word grow with the
square of its length, and a paste of 100,000 letters without a space never finished its export's
spelling check (the longest dictionary words are about this long)."""


def suggestions(
    word: str,
    lex: Lexicon,
    extra: Iterable[str] | Known = (),
    *,
    limit: int = 6,
    thorough: bool = True,
) -> list[str]:
    """Best first. EXTRA are more known words (names, the newsroom dictionary); THOROUGH adds
    the edit-distance search when the cheap edits find nothing."""
    if len(word) > LONGEST_SUGGESTED:
        return []  # no word is that long; its edits are millions of strings (a pasted run)
    known = extra if isinstance(extra, Known) else Known.of(extra)
    extra_set, extra_lower = known.words, known.lower
    low = word.lower()

    def spelled(candidate: str) -> str | None:
        if " " in candidate:  # a REP entry with a space: "alot" -> "a lot"
            parts = [spelled(part) for part in candidate.split(" ")]
            return " ".join(parts) if all(parts) else None  # type: ignore[arg-type]
        if candidate in lex.words or candidate in extra_set:
            return candidate
        if candidate in extra_lower:
            return extra_lower[candidate]
        title = candidate[:1].upper() + candidate[1:]
        if title in lex.words:
            return title  # a proper noun the writer typed in lower case
        if candidate.upper() in lex.words:
            return candidate.upper()  # "ok" -> "OK"
        return None

    found: list[str] = []

    def take(candidates: Iterable[str]) -> None:
        for candidate in candidates:
            if len(found) >= limit:
                return
            hit = spelled(candidate)
            if hit and hit not in found and hit != word:
                found.append(hit)

    case_fixed = spelled(low)
    if case_fixed and case_fixed != word:
        found.append(case_fixed)
    take(_rep_candidates(low, lex))
    take(swaps(low))
    take(deletes(low))
    take(inserts(low))
    take(replaces(low))
    for i in range(1, len(low) if not found else 0):  # a missing space, when nothing else fits
        left, right = spelled(low[:i]), spelled(low[i:])
        if left and right and (i > 1 or low[0] in "ai") and len(low) - i > 1:
            found.append(f"{left} {right}")  # a missing space: "alot" -> "a lot"
    if not found and thorough:
        from rapidfuzz import process
        from rapidfuzz.distance import OSA

        pool = [w for w in lex.words if abs(len(w) - len(low)) <= 2 and w[:1].lower() == low[:1]]
        pool += [w for w in extra_set if abs(len(w) - len(low)) <= 2]
        for candidate, _distance, _i in process.extract(
            low, pool, scorer=OSA.distance, processor=str.lower, score_cutoff=2, limit=limit
        ):
            if candidate not in found:
                found.append(candidate)
    return [match_case(s, word) for s in found[:limit]]
