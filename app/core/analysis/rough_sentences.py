"""A sentence's bounds read cheaply, for checks asked of one passage.

Reading every sentence start of a paragraph (sentence_bounds) costs more than a check asked of
one quote or one fragment; these read back (and forward, with ROUGH_ENDS) from the passage on
unmasked text instead. The module imports nothing of the analysis, so any module may use it:
term_cues kept a copy because importing sentence_bounds made an import cycle.
"""

from __future__ import annotations

__all__ = ["ROUGH_ENDS", "rough_sentence_start"]

# What ends a sentence to a cheap reading (rough_sentence_start; unsaid.py and term_cues read
# forward by it).
ROUGH_ENDS = (". ", "? ", "! ", "\n")
_REACH = 240


def rough_sentence_start(text: str, at: int) -> int:
    """Where the sentence holding `at` starts, read cheaply on unmasked text: right after the
    last ". ", "? ", "! " or line break within 240 characters before `at` (else 240 back). For
    checks asked of one passage (speech.py, unsaid.py, term_cues.py), where reading every
    sentence start of the paragraph would cost more than the check."""
    lo = max(0, at - _REACH)
    clause = text[lo:at]
    return lo + max(clause.rfind(end) for end in ROUGH_ENDS) + 1
