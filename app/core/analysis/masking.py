"""Masking a paragraph's quotation marks for reading: quotes blanked out so their words are
never read as the sentence's, titles and terms blanked as one word so the sentence reads on,
short asides in brackets blanked so "Rep. X (R-Ohio) said" reads as adjacent; and the way back,
from a phrase read in masked text to the words as the copy has them.

Split from sentences.py, which reads sentences in the masked text.
"""

from __future__ import annotations

import re

from app.core.analysis.quote_marks import QuoteSpan
from app.core.analysis.titles import QUOTE

MASK = "\x00"
"""What a quote's words become: no sentence, name or verb is read inside them."""
_NAME_MASK = "x"  # a title or term read as one word, so the sentence reads on
_CLOSING_PUNCT = ",.;:!?… "


def mask_quotes(block: str, spans: tuple[QuoteSpan, ...], inches: tuple[int, ...] = ()) -> str:
    """The block with quote interiors blanked out (same length, so offsets stay valid).

    `inches`: inch signs after a figure (quote_marks.py), read as a blank, and the primes of a
    height are read as the apostrophe a figure takes ("the 6'4" forward said", "the 6′2″
    centre said"): a noun phrase holding a measure reads on to its noun, and so to its verb.
    """
    if inches or "″" in block or "′" in block:  # asked first: few blocks hold a measure (speed)
        block = _plain_measures(block, inches)
    if not spans:
        return block
    parts: list[str] = []
    pos = 0
    for s in spans:
        if s.kind is QUOTE:
            parts.append(block[pos : s.start])
            parts.append(MASK * (s.end - s.start))
            pos = s.end
            continue
        # A title or a term is a noun in the sentence ("Ortiz, whose “Salt” sold out, said"):
        # blanked as one word, marks included, it lets the sentence read on. Its closing
        # punctuation stays, outside the word ("on “Today,” said she was" reads "on xxxxxxx,
        # said she was"), so an aside still closes and a tag after it is not the title's.
        inner = block[s.start : s.end]
        word = inner.rstrip(_CLOSING_PUNCT)
        parts.append(block[pos : s.mark_start])
        parts.append(_NAME_MASK * (s.start - s.mark_start + len(word)))
        parts.append(inner[len(word) :])
        parts.append(" " * (s.mark_end - s.end))
        pos = s.mark_end
    parts.append(block[pos:])
    return "".join(parts)


def _plain_measures(block: str, inches: tuple[int, ...]) -> str:
    """The block with inch signs blanked and primes after a figure read as apostrophes."""
    chars = list(block)
    for at in inches:
        chars[at] = " "
    for at, ch in enumerate(chars):
        if ch in "″′" and at and chars[at - 1].isdigit():
            chars[at] = " " if ch == "″" else "'"
    return "".join(chars)


_CLOSING_MARKS = "”\"’'"
_MASK_RUN_RE = re.compile(r"(x{3,})")


def written_at(text: str, start: int, end: int) -> str:
    """text[start:end] on one line, with the closing mark of a title it opens: the words of a
    mention read from masked text as the copy has them ("The star of “Harbour Lights”")."""
    words = text[start:end]
    if words.count("“") > words.count("”") or words.count('"') % 2 == 1:
        # the closing mark right after, or after the punctuation American style puts inside
        # it ("a producer on “Harbour Lights,” said"): the mark, not the comma
        after = text[end : end + 2]
        mark = after[:1] if after[:1] in _CLOSING_MARKS else after[1:2]
        if mark and mark in _CLOSING_MARKS and (mark == after[:1] or after[:1] in ",.;:!?"):
            words += mark
    return " ".join(words.split())


def find_written(text: str, phrase: str, lo: int, hi: int) -> str:
    """`phrase`, read from masked text without offsets ("a reality TV boss on xxxxxxxxxx"),
    as written in text[lo:hi]; the phrase itself when it holds no blanked title or is not
    found."""
    if "xxx" not in phrase:
        return phrase
    parts = _MASK_RUN_RE.split(phrase)
    pattern = "".join(
        re.escape(part) if i % 2 == 0 else f".{{{len(part)}}}" for i, part in enumerate(parts)
    )
    found = re.compile(pattern, re.S).search(text, max(0, lo), hi)
    return phrase if found is None else written_at(text, found.start(), found.end())


_PAREN_RE = re.compile(r"\([^()\x00\"“”\n]{1,40}\)")


def blank_parentheticals(masked: str) -> str:
    """Short asides such as "(R-Ohio)" blanked out, so "Rep. X (R-Ohio) said" reads as adjacent."""
    if "(" not in masked:
        return masked
    return _PAREN_RE.sub(lambda m: " " * len(m.group()), masked)
