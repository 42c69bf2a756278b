"""Which house-style rules can be checked one sentence at a time, and how far back they look.

A paragraph is cut after each full stop, question or exclamation mark or ellipsis that white
space follows. A rule never reads past such a cut when every way its pattern can match one of
those marks is followed by nothing, or by something that cannot match white space (`U\\.S`,
`\\.\\d`, `Calif\\.`): the character after the cut is white space, so such a match attempt
fails there whatever lies beyond. Then every match the rule has lies within one piece, and what
it finds in a piece depends only on that piece and the few characters its lookbehind (or `\\b`)
reads before it. Such a rule's matches are remembered per piece, so after a keystroke only the
sentence that changed is searched again. Every other rule ("Mar." before a date, whose
lookahead reads on past the full stop) searches the whole paragraph, as before.

Read from the pattern's parse tree (Python's own `re` parser), conservatively: anything not
understood makes the rule paragraph-wide.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

try:  # Python 3.11+: the parser moved
    from re import _constants as C  # type: ignore[attr-defined]
    from re import _parser as P  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    import sre_constants as C  # type: ignore[no-redef]
    import sre_parse as P  # type: ignore[no-redef]

TERMINATORS = ".!?…"
CUT = re.compile(r"[.!?…](?=\s)")
"""A piece ends just after one of these marks when white space follows it."""

_CATEGORIES = {
    C.CATEGORY_DIGIT: re.compile(r"\d"),
    C.CATEGORY_NOT_DIGIT: re.compile(r"\D"),
    C.CATEGORY_SPACE: re.compile(r"\s"),
    C.CATEGORY_NOT_SPACE: re.compile(r"\S"),
    C.CATEGORY_WORD: re.compile(r"\w"),
    C.CATEGORY_NOT_WORD: re.compile(r"\W"),
}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT)}
_ATOMIC = getattr(C, "ATOMIC_GROUP", None)


class _Crosses(Exception):
    """The pattern may read past a piece's end."""


@lru_cache(maxsize=1024)
def lookbehind(pattern: str, flags: int = 0) -> int | None:
    """How many characters before a piece the rule may read, when it can be checked piece by
    piece; None when it cannot."""
    try:
        tree = P.parse(pattern, flags)
        if tree.state.flags & re.ASCII:
            return None  # ASCII \S, \W match white space the Unicode ones do not
        return max(1, _walk(list(tree), follow_safe=True))  # 1 at least: a fix reads one back
    except (_Crosses, re.error, RecursionError, TypeError, ValueError, KeyError):
        return None


def _walk(items: list, follow_safe: bool) -> int:
    """The lookbehind reach of a sequence; raises _Crosses when a node that may match a
    terminator may be followed by a read that white space could satisfy. FOLLOW_SAFE: what
    comes after the sequence (in the pattern around it) is the end, or reads something white
    space cannot match first."""
    reach = 0
    for index, (op, av) in enumerate(items):
        after = _safe_after(items, index, follow_safe)
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            if not after and _may_match(op, av, TERMINATORS):
                raise _Crosses
        elif op is C.SUBPATTERN:
            reach = max(reach, _walk(list(av[-1]), after))
        elif op is C.BRANCH:
            for branch in av[1]:
                reach = max(reach, _walk(list(branch), after))
        elif op in _REPEATS:
            _low, high, sub = av
            # A repeated part may be followed by itself.
            inner = after and (high <= 1 or _first(list(sub))[0])
            reach = max(reach, _walk(list(sub), inner))
        elif _ATOMIC is not None and op is _ATOMIC:
            reach = max(reach, _walk(list(av), after))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            inner = _walk(list(sub), follow_safe=True)  # a lookaround reads nothing after itself
            if direction < 0:
                width = sub.getwidth()[1]
                if width >= C.MAXREPEAT:
                    raise _Crosses
                inner += width
            reach = max(reach, inner)
        elif op is C.AT:
            if av not in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
                raise _Crosses  # ^, $, \A, \Z depend on where the piece sits
            reach = max(reach, 1)
        elif op is C.GROUPREF:
            if not after:
                raise _Crosses  # the group may hold a terminator
        elif op is C.GROUPREF_EXISTS:
            _group, yes, no = av
            reach = max(reach, _walk(list(yes), after), _walk(list(no), after) if no else 0)
        else:
            raise _Crosses
    return reach


def _safe_after(items: list, index: int, follow_safe: bool) -> bool:
    """Whether what follows ITEMS[index] first reads something white space cannot match."""
    safe, nullable = _first(items[index + 1 :])
    return safe and (not nullable or follow_safe)


def _first(items: list) -> tuple[bool, bool]:
    """(safe, nullable) of a sequence: its first read cannot be white space; it may match
    nothing at all (then what follows it reads first)."""
    for op, av in items:
        safe, nullable = _first_of(op, av)
        if not safe:
            return False, False
        if not nullable:
            return True, False
    return True, True


def _first_of(op, av) -> tuple[bool, bool]:
    if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
        return not _may_match(op, av, _WHITE), False
    if op is C.SUBPATTERN:
        return _first(list(av[-1]))
    if op is C.BRANCH:
        found = [_first(list(branch)) for branch in av[1]]
        return all(s for s, _n in found), any(n for _s, n in found)
    if op in _REPEATS:
        low, _high, sub = av
        safe, nullable = _first(list(sub))
        return safe, nullable or low == 0
    if _ATOMIC is not None and op is _ATOMIC:
        return _first(list(av))
    if op in (C.ASSERT, C.ASSERT_NOT):
        direction, sub = av
        # A lookahead reads here; a lookbehind reads what lies before (within the piece).
        return (_first(list(sub))[0] if direction > 0 else True), True
    if op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
        return True, True  # white space and the end are both "not a word" to \b
    if op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        first_yes = _first(list(yes))
        first_no = _first(list(no)) if no else (True, True)
        return first_yes[0] and first_no[0], first_yes[1] or first_no[1]
    return False, False  # a backreference, ^, $...: it may


_WHITE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
"""Every white space character (they all lie below U+3001)."""


def _may_match(op, av, chars: str) -> bool:
    """Whether a one-character node may match one of CHARS."""
    if op is C.ANY:
        return any(c != "\n" for c in chars)
    if op is C.LITERAL:
        return chr(av) in chars
    if op is C.NOT_LITERAL:
        return any(c != chr(av) for c in chars)
    return any(_in_class(av, c) for c in chars)


def _in_class(items, char: str) -> bool:
    negate, hit = False, False
    for op, av in items:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or chr(av) == char
        elif op is C.RANGE:
            hit = hit or av[0] <= ord(char) <= av[1]
        elif op is C.CATEGORY and av in _CATEGORIES:
            hit = hit or _CATEGORIES[av].match(char) is not None
        else:
            return True  # not understood: it may
    return hit != negate


def cut(text: str) -> list[tuple[int, int]]:
    """(start, end) of the pieces of TEXT, in order, covering all of it."""
    cuts = [m.end() for m in CUT.finditer(text)]
    bounds = [0, *cuts, len(text)]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)
            if bounds[i + 1] > bounds[i]]  # fmt: skip


def straddles(literal: str) -> bool:
    """Whether LITERAL may sit across a cut (a terminator, then white space)."""
    return any(a in TERMINATORS and b.isspace() for a, b in pairwise(literal))
