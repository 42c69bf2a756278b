"""When two quotes are the same quote: style (case, mark style, spacing) does not count."""

from __future__ import annotations

import re
import unicodedata

_QUOTE_CHARS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def normalise_quote(text: str) -> str:
    """Case, quotation-mark style, white space and edge punctuation do not make a new quote."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS).casefold()
    text = re.sub(r"\s+", " ", text)
    return text.strip(" \t\n,.;:!?\"'")
