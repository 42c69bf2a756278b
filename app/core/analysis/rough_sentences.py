"""A sentence's bounds read cheaply, for checks asked of one passage.

Reading every sentence start of a paragraph (sentence_bounds) costs more than a check asked of
one quote or one fragment; these read back and forward from the passage on unmasked text
instead. The module imports nothing of the analysis, so any module may use it:
term_cues kept a copy because importing sentence_bounds made an import cycle.
"""

from __future__ import annotations

__all__ = ["rough_sentence_end", "rough_sentence_start"]

# What ends a sentence to a cheap reading (rough_sentence_start, rough_sentence_end).
_ROUGH_ENDS = (". ", "? ", "! ", "\n")
_REACH = 240


def rough_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, read cheaply on unmasked text: right after the
    last ". ", "? ", "! " or line break within 240 characters before `at` (else 240 back). For
    checks asked of one passage (speech.py, unsaid.py, term_cues.py), where reading every
    sentence start of the paragraph would cost more than the check."""
    lo = max(0, at - _REACH)
    clause = text[lo:at]
    return lo + max(clause.rfind(end) for end in _ROUGH_ENDS) + 1


def rough_sentence_end(text: str, at: int) -> int:
    """Where the sentence holding `at` ends, read cheaply as rough_sentence_start reads its
    start: right after the stop of the first ". ", "? ", "! " or line break within 240
    characters after `at` (the stop kept, the blank not), else 240 on or the text's end. For
    what follows a passage in its sentence (unsaid.py: another sayer after the words;
    term_cues.py: a tag closing the sentence)."""
    rest = text[at : at + _REACH]
    ends = [i for i in (rest.find(end) for end in _ROUGH_ENDS) if i >= 0]
    return at + (min(ends) + 1 if ends else len(rest))
