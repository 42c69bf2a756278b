"""Counting words as an editor counts them (the story list's and the story's word count)."""

from __future__ import annotations

import re

_WORD_RE = re.compile(r"(?<!\S)\S*?[^\W_]\S*")
"""A run of non-space characters holding a letter or digit ([^\\W_] is str.isalnum)."""


def count_words(text: str) -> int:
    """Words as an editor counts them: runs of non-space characters with a letter or digit.

    One regular-expression pass (a 2 MB story in some 50 ms; a Python loop took 2 s, inside
    the save's write transaction)."""
    return sum(1 for _ in _WORD_RE.finditer(text))
