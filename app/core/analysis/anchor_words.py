"""Searching a paragraph for a word-list pattern only where a word a match must open with
stands: not at all when the paragraph holds none (`may_match`), else at those words alone
(`finditer_at`).

Why: a pattern such as `\\b(?:ministry|council|...)\\b` is tried at every character of every
paragraph, and a first-letter guard inside it still enters the regex engine there; most
paragraphs hold none of its words. The words a paragraph holds are read once (`words_of`, a
few C-level string passes, shared by every pattern that asks), and a pattern whose opening
words (`leading_words`, read from the pattern itself, so it stays right when words are added)
are all absent from them is not searched at all; one whose words are there is tried at
them only (a str.find and a match each). The results are the same: a pattern is skipped only
where it cannot match.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _parser  # the standard library's own reading of a pattern

_WORD_RUN_RE = re.compile(r"\w+")
# Punctuation copy glues to words ("said,", "“We", masked quotes), none of it a word character:
# blanked before the split, so most pieces are whole words.
_GLUE = tuple(",.;:!?“”\"'’()\x00—")
_MOST_WORDS = 5000  # more opening words than this: no pre-check (the walk gives up)


@lru_cache(maxsize=4096)
def words_of(text: str) -> frozenset[str]:
    """Every maximal run of word characters (what `\\w+` finds) in `text`, each once.

    Built from str.replace and str.split, several times cheaper than the regex; a piece left
    with other punctuation inside ("co-chair", "U.N.", "_") is read with the regex. Cached for
    a whole story's blocks, which the engine reads step by step: every pre-check of a block,
    in whichever step, reads the one set.
    """
    for ch in _GLUE:
        if ch in text:
            text = text.replace(ch, " ")
    pieces = frozenset(text.split())
    if "".join(pieces).isalnum():  # every piece a whole word, the common case: one C-level test
        return pieces
    words = {piece for piece in pieces if piece.isalnum()}
    for piece in pieces - words:
        words.update(_WORD_RUN_RE.findall(piece))
    return frozenset(words)


@lru_cache(maxsize=4096)
def lower_words_of(text: str) -> frozenset[str]:
    """words_of(text.lower()), for a text that patterns.lowered() lowers (each character to one
    of its own class, so the runs of the lowered text are the lowered runs)."""
    return frozenset(word.lower() for word in words_of(text))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _never_word(av: list) -> bool:  # type: ignore[type-arg]
    """Does a character set (the items of an IN) hold no word character at all?"""
    for kind, value in av:
        if kind is _parser.LITERAL:
            if _is_word_char(chr(value)):
                return False
        elif kind is _parser.CATEGORY:
            if value is not _parser.CATEGORY_SPACE:
                return False
        else:
            return False
    return True


def _is_blank_class(item: tuple) -> bool:  # type: ignore[type-arg]
    r"""Is a pattern item a character class with no word character in it ("\s", "['’]")?"""
    return item[0] is _parser.IN and _never_word(item[1])


def _ends_word(op: object, items: list) -> bool:  # type: ignore[type-arg]
    """Does a lookahead read right after a word say that no word character follows: a negative
    one of a class holding every word character, or a positive one opening with a blank?"""
    if not items:
        return False
    first_op, first_av = items[0]
    if op is _parser.ASSERT_NOT:
        return (
            len(items) == 1
            and first_op is _parser.IN
            and (_parser.CATEGORY, _parser.CATEGORY_WORD) in first_av
        )
    if first_op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
        low, _, sub = first_av
        sub = list(sub)
        return low >= 1 and len(sub) == 1 and _is_blank_class(sub[0])
    return _is_blank_class(items[0])


def _no_word_before(sub: object, word: str) -> bool:
    """Does a negative lookbehind read after `word` (the match's letters so far) say that no
    word character comes before the match: a class holding every word character, then `word`?"""
    items = list(sub)  # type: ignore[call-overload]
    return (
        len(items) == len(word) + 1
        and items[0][0] is _parser.IN
        and (_parser.CATEGORY, _parser.CATEGORY_WORD) in items[0][1]
        and all(
            op is _parser.LITERAL and chr(av) == ch
            for (op, av), ch in zip(items[1:], word, strict=True)
        )
    )


def leading_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The whole words a match of `pattern` can open with, or None when that cannot be told.

    A word is a maximal run of word characters: the pattern must start at a word boundary
    (`\\b` or a lookbehind, with assertions skipped, which only ever narrow a match) and spell
    its first word out in letters, small character classes and optional letters, up to a
    character, `\\s` or `\\b` that ends the word. Case-blind patterns give None (their words
    have too many spellings).
    """
    if pattern.flags & re.IGNORECASE:
        return None
    found: set[str] = set()
    # (items still to read, word so far, whether the match is known to start at a word start)
    stack: list[tuple[list, str, bool]] = [
        (list(_parser.parse(pattern.pattern, pattern.flags)), "", False)
    ]  # type: ignore[type-arg]
    while stack:
        items, word, anchored = stack.pop()
        done = False
        while not done:
            if not items:
                return None  # the pattern may end inside a word: cannot tell
            (op, av), items = items[0], items[1:]
            if op is _parser.LITERAL:
                ch = chr(av)
                if _is_word_char(ch):
                    word += ch
                elif word:
                    done = True
                else:
                    return None
            elif op is _parser.IN:
                if word and _never_word(av):
                    done = True
                elif all(k is _parser.LITERAL for k, _ in av) and len(av) <= 4:
                    chars = [chr(v) for _, v in av]
                    if not all(map(_is_word_char, chars)):
                        return None
                    stack.extend((items, word + ch, anchored) for ch in chars)
                    break
                else:
                    return None
            elif op is _parser.AT:
                if av in (_parser.AT_BOUNDARY, _parser.AT_END, _parser.AT_END_STRING):
                    if word:
                        done = True
                    elif av is _parser.AT_BOUNDARY:
                        anchored = True
                    else:
                        return None
                else:
                    return None
            elif op in (_parser.ASSERT, _parser.ASSERT_NOT):
                direction, sub = av
                if direction == -1 and op is _parser.ASSERT_NOT and _no_word_before(sub, word):
                    anchored = True  # "(?<![\w-])", "h(?<!\wh)e": no word character before
                elif direction == 1 and word and _ends_word(op, list(sub)):
                    done = True  # "said(?![\w-])", "one(?=\s+said)": no word character after
                continue
            elif op is _parser.SUBPATTERN:
                _, add_flags, _, sub = av
                if add_flags & re.IGNORECASE:
                    return None
                items = list(sub) + items
            elif op is _parser.BRANCH:
                stack.extend((list(branch) + items, word, anchored) for branch in av[1])
                break
            elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
                low, high, sub = av
                sub = list(sub)
                if high == 1 and low in (0, 1):
                    if low == 0:
                        stack.append((items, word, anchored))
                    stack.append((sub + items, word, anchored))
                    break
                if word and low >= 1 and len(sub) == 1 and _is_blank_class(sub[0]):
                    done = True  # "\s+" after the word
                    continue
                return None
            else:
                return None
            if len(stack) + len(found) > _MOST_WORDS:
                return None
        if done:
            if not anchored:
                return None  # the match may start inside a longer word
            found.add(word)
    return frozenset(found) if found else None


def may_match(words: frozenset[str] | None, text: str, *, lower: bool = False) -> bool:
    """False only when `text` holds none of `words` (a pattern's leading_words), so the pattern
    cannot match anywhere in the whole of it; True when it may (or when the words could not be
    told). `lower`: the pattern is searched in the lowered text (see lower_words_of)."""
    if words is None:
        return True
    return not words.isdisjoint(lower_words_of(text) if lower else words_of(text))


def finditer_at(
    pattern: re.Pattern[str], text: str, words: set[str] | frozenset[str], start: int = 0
) -> list[re.Match[str]]:
    """What list(pattern.finditer(text, start)) gives, found by trying the pattern only where
    one of `words` stands in `text` as a whole word: exact when every match of the pattern
    opens with a whole word of `words`. A few str.find calls and a match per such word cost far
    less than the search, which enters the regex engine at every character and walks a long
    word list at every word."""
    size = len(text)
    starts: list[int] = []
    for word in words:
        width = len(word)
        at = text.find(word, start)
        while at != -1:
            end = at + width
            before = text[at - 1] if at else " "
            after = text[end] if end < size else " "
            # a whole word: no word character (letter, digit, "_") either side
            if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
                starts.append(at)
            at = text.find(word, at + 1)
    starts.sort()
    found: list[re.Match[str]] = []
    taken = start  # like finditer, a match never starts inside the one before
    for at in starts:
        if at >= taken and (match := pattern.match(text, at)) is not None:
            found.append(match)
            taken = match.end()
    return found
