"""A note that says who wrote the piece in a sentence: "This article was written by Ana Lima",
"This column was authored by Ana Lima and first published in The Harbour Times."

Sites that repost a column, and papers printing a guest's piece, credit the writer at the foot
in a full sentence instead of a "By" line. The sentence must open on the piece itself ("This
article", "The column") and name people only; what follows "and" about where it was published
is dropped.
"""

from __future__ import annotations

import re

_WRITTEN_RE = re.compile(
    r"(?:This|The)\s+(?:article|story|piece|column|essay|post|blog\s+post|op-ed|commentary|"
    r"report|review)\s+(?:was|is|has\s+been)\s+(?:written|authored|penned)\s+by\s+"
    r"(?P<names>[A-Z].*?)"
    r"(?:,?\s+(?:and|who)\s+(?:it\s+)?(?:was\s+|is\s+)?(?:first\s+|originally\s+)?"
    r"(?:published|appeared|ran|posted)\b.*)?\.?",
)
MAX_WRITTEN_NOTE = 200


def written_names(line: str) -> str | None:
    """The names in a "This article was written by ..." note, or None."""
    text = line.strip()
    if len(text) > MAX_WRITTEN_NOTE or not text.startswith(("This ", "The ")):
        return None
    match = _WRITTEN_RE.fullmatch(text)
    return match["names"].strip() if match else None
