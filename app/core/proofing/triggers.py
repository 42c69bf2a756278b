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
from functools import lru_cache

try:  # Python 3.11+: the parser moved; the old name still works with a warning
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

PREFIX = 3
"""How many leading characters are collected (enough to be rare, few enough to stay finite)."""
_MAX_SET = 64
_ZERO_WIDTH = {sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT}


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
            chars = []
            for kind, value in av:
                if kind is not sre_constants.LITERAL:
                    raise _Stop(prefixes)
                chars.append(chr(value).lower())
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
            prefixes = _seq(av[2], prefixes)
            if av[0] != av[1]:
                raise _Stop(prefixes)
        else:
            raise _Stop(prefixes)
        if len(prefixes) > _MAX_SET:
            raise _Stop({p[:1] for p in prefixes})
    return prefixes


@lru_cache(maxsize=1024)
def literal_prefixes(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-case beginnings every match of PATTERN starts with, or None if unknown."""
    try:
        tree = sre_parse.parse(pattern, flags)
    except re.error:
        return None
    try:
        got = _seq(list(tree), {""})
    except _Stop as stop:
        got = stop.prefixes
    if not got or any(not p.strip() for p in got):
        return None
    return frozenset(got)


@lru_cache(maxsize=1024)
def trigger(pattern: str, flags: int = 0) -> re.Pattern[str] | None:
    """One expression finding any of the pattern's literal beginnings in lower-case text (a
    single C-level scan instead of a Python loop over them), or None: always run the rule."""
    prefixes = literal_prefixes(pattern, flags)
    if prefixes is None:
        return None
    return re.compile("|".join(re.escape(p) for p in sorted(prefixes, key=len, reverse=True)))
