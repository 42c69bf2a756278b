"""A pronoun cited as the source: "According to him, “…”", "According to her, the board
would ...". Object pronouns are not read as mentions (only subject forms are), so the one
cited after "according to" was not found and the quote was left with no speaker. The person
is read here as the pronoun's subject form would be ("him" stands for "he"), and resolved as
"he" is.

Only "him" and "her" with a comma or colon straight after: "according to her lawyer" (a
possessive) and "according to them" (a group, resolved otherwise) are left as they were.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import PERSON
from app.core.analysis.mention import PRONOUN, Mention
from app.core.analysis.name_words import pronoun_gender

_CITED_PRONOUN_RE = re.compile(r"(him|her|Him|Her)(?=[ \u00a0]*[,:])")


def cited_pronoun(masked: str, at: int) -> Mention | None:
    """The pronoun at `at` (right after "according to") when it is the whole of who is cited."""
    if masked[at : at + 1] not in ("h", "H"):  # cheap test first (speed)
        return None
    found = _CITED_PRONOUN_RE.match(masked, at)
    if found is None:
        return None
    word = found.group(1)
    return Mention(
        at, found.end(), word, PRONOUN, gender=pronoun_gender(word.lower()), entity=PERSON
    )


__all__ = ["cited_pronoun"]
