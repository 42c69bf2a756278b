"""Cheap pre-checks for style rules: the literal text a rule's match must start with.

Python's `re` tries a pattern like `\\b(?:startling|undeniably|…)` at every position of a
paragraph, about 0.5 ms per rule per 1,000 words; twenty rules cost more than the whole
spelling check. Most rules can only match where one of a few literal beginnings appears
("startl", "undeni", …), and a substring test for those runs at C speed. This module reads a
compiled pattern's parse tree and returns those beginnings (lower case), or None when a rule
can start with anything (then the rule always runs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

try:  # Python 3.11+: the parser moved; the old name still works with a warning
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PREFIX = 5
"""How many leading characters are collected (enough to be rare, few enough to stay finite)."""
_MAX_SET = 64
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


def _chars(items) -> list[str] | None:
    """The characters a class [...] matches, when it is a short list of them."""
    chars: list[str] = []
    for kind, value in items:
        if kind is sre_constants.LITERAL:
            chars.append(chr(value).lower())
        elif kind is sre_constants.RANGE and value[1] - value[0] < 16:
            chars += [chr(c).lower() for c in range(value[0], value[1] + 1)]
        elif kind is sre_constants.CATEGORY and value is sre_constants.CATEGORY_DIGIT:
            chars += list("0123456789")
        else:
            return None
    return sorted(set(chars))


class _Stop(Exception):
    """The pattern goes on with something that is not a literal: keep the prefixes so far."""

    def __init__(self, prefixes: set[str]) -> None:
        self.prefixes = prefixes


def _seq(items, prefixes: set[str]) -> set[str]:
    """Extend every prefix in PREFIXES through the sequence ITEMS (raises _Stop)."""
    for op, av in items:
        if all(len(p) >= PREFIX for p in prefixes):
            return prefixes
        if op in _ZERO_WIDTH:
            continue
        if op is sre_constants.LITERAL:
            ch = chr(av).lower()
            prefixes = {p + ch if len(p) < PREFIX else p for p in prefixes}
        elif op is sre_constants.IN:
            chars = _chars(av)
            if chars is None:
                raise _Stop(prefixes)
            prefixes = {p + c if len(p) < PREFIX else p for p in prefixes for c in chars}
        elif op is sre_constants.SUBPATTERN:
            prefixes = _seq(av[-1], prefixes)
        elif op is sre_constants.BRANCH:
            merged: set[str] = set()
            stopped = False
            for branch in av[1]:
                try:
                    merged |= _seq(branch, set(prefixes))
                except _Stop as stop:
                    merged |= stop.prefixes
                    stopped = True
            prefixes = merged
            if stopped:
                raise _Stop(prefixes)
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT) and av[0] >= 1:
            for _ in range(min(av[0], PREFIX)):
                prefixes = _seq(av[2], prefixes)
            if av[0] != av[1]:
                raise _Stop(prefixes)
        else:
            raise _Stop(prefixes)
        if len(prefixes) > _MAX_SET:
            raise _Stop({p[:1] for p in prefixes})
    return prefixes


def _from(items) -> set[str]:
    try:
        return _seq(list(items), {""})
    except _Stop as stop:
        return stop.prefixes


_MANDATORY = {sre_constants.LITERAL, sre_constants.IN, sre_constants.SUBPATTERN,
              sre_constants.BRANCH}  # fmt: skip


@lru_cache(maxsize=1024)
def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case strings one of which every match of PATTERN contains (None if unknown).

    Taken from the start of the pattern, or from any part of it every match must go through
    ("the President" is found through "pre", not through "the"): the most selective wins.
    """
    try:
        tree = list(sre_parse.parse(pattern, flags))
    except re.error:
        return None
    candidates = [_from(tree)]
    for op, av in tree:
        if op in _MANDATORY or (op is sre_constants.MAX_REPEAT and av[0] >= 1):
            candidates.append(_from([(op, av)]))
    # A lone space (or nothing) is in every paragraph: no use as a pre-check.
    usable = [c for c in candidates if c and all(p.strip() or len(p) > 1 for p in c)]
    if not usable:
        return None
    best = max(usable, key=lambda c: (min(len(p) for p in c), -len(c)))
    return frozenset(best)


@dataclass(frozen=True)
class Trigger:
    """A rule's pre-check: beginnings PREFIX long (looked up among a paragraph's pieces) and
    shorter ones (one compiled scan)."""

    full: frozenset[str]
    short: re.Pattern[str] | None

    def fires(self, low: str, grams: set[str]) -> bool:
        """Does LOW (a paragraph in lower case, GRAMS its PREFIX-long pieces) hold one?"""
        if not grams.isdisjoint(self.full):
            return True
        return self.short is not None and self.short.search(low) is not None


@lru_cache(maxsize=1024)
def trigger(pattern: str, flags: int = 0) -> Trigger | None:
    prefixes = literal_prefixes(pattern, flags)
    if prefixes is None:
        return None
    short = sorted((p for p in prefixes if len(p) != PREFIX), key=len, reverse=True)
    return Trigger(
        frozenset(p for p in prefixes if len(p) == PREFIX),
        re.compile("|".join(map(re.escape, short))) if short else None,
    )


def pieces(low: str) -> set[str]:
    return {low[i : i + PREFIX] for i in range(len(low) - PREFIX + 1)}
