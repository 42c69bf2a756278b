"""Building the regular expressions the analysis searches every block with: word lists as
tries, and a look at the first letter before a long alternation. Both keep analysis within its
time budget without changing what a pattern matches."""

from __future__ import annotations

import re


def word_alternation(words: object) -> str:
    """A regex alternation of words, factored into a trie.

    Python's regex engine tries alternatives one by one; sharing prefixes makes a 250-word
    list cost about one word's test per position, which keeps analysis within its time budget.
    """
    trie: dict = {}
    for word in words:  # type: ignore[attr-defined]
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body

    body = build(trie)
    firsts = [ch for ch in trie if ch]
    if len(firsts) > 3 and "" not in trie:
        # A look at the first letter before the alternation: positions where no word can start
        # (most of them) fail on one set test instead of one test per branch.
        return "(?=[" + "".join(re.escape(ch) for ch in sorted(firsts)) + "])" + body
    return body


def first_letter_guard(pattern: str, flags: int = 0) -> str:
    """A lookahead for the characters a match of `pattern` can start with ("" when that cannot
    be told), to put before a long alternation searched at every position of every block: the
    regex engine then rejects most positions on one set test. The set is read from the pattern
    itself, so it stays right when words are added to it."""
    from re import _parser  # the standard library's own reading of a pattern

    folded = bool(flags & re.IGNORECASE)
    _CATEGORIES = {_parser.CATEGORY_DIGIT: r"\d", _parser.CATEGORY_WORD: r"\w"}

    def firsts(items: object) -> set[str] | None:
        nonlocal folded
        for op, av in items:  # type: ignore[attr-defined]
            if op in (_parser.AT, _parser.ASSERT, _parser.ASSERT_NOT):
                continue  # zero-width: the next item starts the match
            if op is _parser.LITERAL:
                return {chr(av)}
            if op is _parser.IN:
                chars: set[str] = set()
                for kind, value in av:
                    if kind is _parser.LITERAL:
                        chars.add(chr(value))
                    elif kind is _parser.RANGE and value[1] - value[0] < 256:
                        chars.update(chr(c) for c in range(value[0], value[1] + 1))
                    elif kind is _parser.CATEGORY and value in _CATEGORIES:
                        chars.add(_CATEGORIES[value])
                    else:
                        return None  # a negation or another category: cannot tell
                return chars
            if op is _parser.CATEGORY and av in _CATEGORIES:
                return {_CATEGORIES[av]}
            if op is _parser.BRANCH:
                out: set[str] = set()
                for branch in av[1]:
                    found = firsts(branch)
                    if found is None:
                        return None
                    out |= found
                return out
            if op is _parser.SUBPATTERN:
                folded = folded or bool(av[1] & re.IGNORECASE)
                return firsts(av[3])
            if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] >= 1:
                return firsts(av[2])
            return None
        return None

    found = firsts(_parser.parse(pattern, flags))
    if not found:
        return ""
    members = (ch if ch in _CATEGORIES.values() else re.escape(ch) for ch in sorted(found))
    guard = "(?=[" + "".join(members) + "])"
    # a case-insensitive part matches other cases (and their Unicode folds) too: so does the
    # guard then, which only ever lets more positions through, never fewer
    return f"(?i:{guard})" if folded else guard


def compile_guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), with first_letter_guard before it: the same matches, found
    faster when the pattern is tried at every position of a block."""
    return re.compile(first_letter_guard(pattern, flags) + "(?:" + pattern + ")", flags)


# The only characters IGNORECASE matches to an ASCII letter that str.lower() does not turn into
# that letter: "İ" and "ı" (for "i") and "ſ" (for "s"). "İ" also lowers to two characters, which
# would move every offset after it. Every other character lowers to one character of its own
# class (\w, \s, \d alike), so a lowered text keeps the offsets and word boundaries of the text.
FOLDS_APART = ("\u0130", "\u0131", "\u017f")


def folds_apart(text: str) -> bool:
    """Does `text` hold one of FOLDS_APART? Asked of every block: three plain tests cost less
    than a generator over the tuple (speed)."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text


def lowered(text: str) -> str | None:
    """text.lower(), when a lower-case twin (see lower_case_twin) finds in it exactly the spans
    its case-blind pattern finds in `text`; None when `text` holds a letter that folds apart."""
    if folds_apart(text):
        return None
    return text.lower()


def lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same case-blind pattern compiled case-sensitively, to search a lowered text with.

    The regex engine tests both cases of every letter at every position of a case-blind search;
    on a text lowered once it compares each letter once, at two to three times the speed, and
    finds the same spans (offsets into the lowered text are offsets into the text). Only for a
    pattern that names no upper-case letter, which a lowered text could never match."""
    if not pattern.flags & re.IGNORECASE or any(c.isupper() for c in pattern.pattern):
        raise ValueError(f"not a case-blind pattern of lower-case letters: {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)
