"""Words of a paragraph as a spelling check needs them: where each is, and whether a sentence
starts there (a capital there says nothing about a name).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

APOSTROPHES = "'’"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*(?:-[^\W\d_]+(?:['’][^\W\d_]+)*)*")
# Spans no word inside is checked: web and e-mail addresses, handles, hashtags, file names.
# An address is tried only where a run without "@" starts, and its parts hold no "@": a pasted
# run of "@" or "a@" was tried from every position with every "@" as the split (cubic: 3,000
# characters took 12 s), now it is one pass.
_SKIP = re.compile(
    r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.[A-Za-z]{2,}|[@#]\w+"
    r"|\b\w+\.(?:com|org|net|gov|html?|pdf)\b",
    re.IGNORECASE,
)
_OPENERS = "“\"‘'([{«"
_ENDERS = ".!?:;…"
# Abbreviations whose full stop ends no sentence (titles, months, a few Latin ones).
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gov sen rep gen lt col capt sgt maj adm cmdr st mt ft jr sr rev hon "
    "jan feb mar apr aug sept sep oct nov dec no nos vs etc al approx dept inc corp co ltd "
    "ave blvd u.s u.k u.n e.g i.e p.m a.m".split()
)
_LONGEST_ABBREVIATION = max(map(len, _ABBREVIATIONS))


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    sentence_start: bool

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def _starts_sentence(text: str, start: int) -> bool:
    i = start - 1
    while i >= 0 and (text[i].isspace() or text[i] in _OPENERS or text[i] in "—–-*_"):
        if text[i] in _OPENERS and text[i] not in "'(":
            return True  # the start of a quotation: “The missiles will…”
        i -= 1
    if i < 0:
        return True
    ch = text[i]
    if ch not in _ENDERS:
        return False
    if ch == ".":
        # The word before the stop is read back at most a little longer than the longest
        # abbreviation: a longer one is no abbreviation (and a paste of "a.A" repeated read the
        # whole run back from every capital).
        j, floor = i, max(0, i - _LONGEST_ABBREVIATION - 1)
        while j > floor and not text[j - 1].isspace() and text[j - 1] not in _OPENERS:
            j -= 1
        word = text[j:i].lower()
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            return False  # "Gov. Matt Bevin", "J. K. Rowling"
    return True


_SKIP_HINT = re.compile(r"[@#]|://|www\.|\.(?:com|org|net|gov|html?|pdf)\b", re.IGNORECASE)


@lru_cache(maxsize=16384)
def tokens(text: str) -> tuple[Token, ...]:
    """Every checkable word of TEXT: hyphenated compounds whole, words touching digits and
    addresses left out ("F-16", "10th" and "example.com" are not words to spell).

    Memoised by paragraph text: the whole-story check, the story's name counts and the
    editor's per-paragraph checks all read the same paragraphs again and again.
    """
    return tuple(tokens_between(text, 0, len(text)))


def tokens_between(text: str, lo: int, hi: int) -> list[Token]:
    """The tokens of TEXT that lie in [lo, hi), as `tokens(text)` finds them.

    LO is 0 or just after white space, HI is the end or at white space: no word, address or
    handle spans white space, so the words of such a stretch do not depend on what lies
    outside it (only whether a capital starts a sentence does, and that is read from the
    whole text). The editor re-reads only the stretch an edit touched.
    """
    skipped = (
        [(m.start(), m.end()) for m in _SKIP.finditer(text, lo, hi)]
        if _SKIP_HINT.search(text, lo, hi)
        else []
    )
    out = []
    size = len(text)
    skip_at = 0
    for m in _WORD.finditer(text, lo, hi):
        start, end = m.span()
        if start and (text[start - 1].isdigit() or text[start - 1] in "\\/-[_"):
            continue  # "F-16", "f---ing", "min[ute]", "snake_case"
        if end < size and (text[end].isdigit() or text[end] in "/]_"):
            continue
        # The spans come in order, as the words do: one walk past them, not a scan per word
        # (a paste of 50,000 "#a" had 50,000 spans for each of 50,000 words).
        while skip_at < len(skipped) and skipped[skip_at][1] <= start:
            skip_at += 1
        if skip_at < len(skipped) and skipped[skip_at][0] <= start:
            continue
        word = m.group()
        # Only a capital needs to know whether a sentence starts there.
        out.append(Token(word, start, end, word[0].isupper() and _starts_sentence(text, start)))
    return out


def strip_possessive(word: str) -> str:
    """ "Ukraine’s" -> "Ukraine" (a word's possessive is spelled as the word is)."""
    if len(word) > 2 and word[-2] in APOSTROPHES and word[-1] in "sS":
        return word[:-2]
    return word


def plain_apostrophes(word: str) -> str:
    return word.replace("’", "'")
