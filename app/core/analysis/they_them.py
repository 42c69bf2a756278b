"""People the copy says go by "they": "Robin Ashe, who uses they/them pronouns", "Kit Moreau,
a non-binary artist", "Sam Lee (they/them)".

Such a person is who a later "they said" means (not only an organisation or a group), and never
who "he" or "she" means, whatever their first name's usual gender. The copy states it right
beside the name, so only the words after each name are read, and only in paragraphs that use one
of the telling words at all.
"""

from __future__ import annotations

import re

from app.core.analysis.mention import Mention
from app.core.analysis.patterns import folds_apart

THEY = "n"
"""The gender a mention or a person carries when the copy says they go by "they"."""

_TELLING_RE = re.compile(r"they/them|non-?binary|pronouns", re.IGNORECASE)


def _may_tell(block: str) -> bool:
    """False only when _TELLING_RE cannot match: none of its words is in the lowered block
    (speed: three substring tests cost a fraction of the case-blind search, and most blocks
    fail them). A block holding a letter that lowers apart from its match goes to the search."""
    if folds_apart(block):
        return True
    low = block.lower()
    return "they/them" in low or "binary" in low or "pronouns" in low


_AFTER_NAME_RE = re.compile(
    r"(?:,\s+|\s+)?(?:"
    r"\(\s*they(?:/them)?\s*\)"
    r"|who\s+(?:uses|use|goes\s+by|prefers|asks\s+to\s+be\s+called)\s+(?:the\s+)?"
    r"(?:pronouns?\s+)?[\"“‘']?they\b"
    r"|whose\s+pronouns\s+are\s+[\"“‘']?they\b"
    r"|who\s+(?:is|identifies\s+as)\s+non-?binary\b"
    r"|(?:an?|the)\s+(?:[a-z]+\s+)?non-?binary\b"
    r")",
    re.IGNORECASE,
)


def mark_singular_they(block: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions, with gender THEY on each name the words right after it say goes by
    "they". `block` is the paragraph as written (parentheses unmasked: "(they/them)")."""
    if not (_may_tell(block) and _TELLING_RE.search(block)):
        return mentions
    out = list(mentions)
    for i, m in enumerate(out):
        if m.is_person_name and _AFTER_NAME_RE.match(block, m.end):
            out[i] = m.flagged(gender=THEY)
    return out
