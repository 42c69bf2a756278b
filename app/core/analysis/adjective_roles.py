"""Appositives that open with an adjective before the job: "Ana Ruiz, regional director of
ports, said", "Tom Vell, medical director, said", "Ada Lowe, provincial health officer, said".

The appositive test reads a description by its first word (an article, a title, a role noun);
a job led by a lower-case adjective ("regional", "papal", "technical") fell outside it, so the
name before the commas was not taken as the subject of the verb after them and the quote was
left with no speaker. Read here by shape: an adjective of a common ending, at most one more
lower-case modifier, then a singular role noun.
"""

from __future__ import annotations

from typing import Final

from app.core.analysis.name_words import TITLE_WORDS
from app.core.analysis.role_nouns import ROLE_NOUNS

# Endings of the adjectives that stand before a job ("regional", "papal", "technical",
# "economic", "executive", "honorary", "parliamentary", "northern").
_ADJECTIVE_ENDINGS: Final = ("al", "ic", "ive", "ary", "ern")


def _role(word: str) -> bool:
    """A singular role noun ("director", not "officials": a plural opens a clause of its own,
    "…, regional officials said")."""
    return (word in ROLE_NOUNS or word in TITLE_WORDS) and not (
        word.endswith("s") and word[:-1] in ROLE_NOUNS
    )


def adjective_then_role(words: list[str]) -> bool:
    """Do the appositive's words read "<adjective> [<modifier>] <role> ..."? Cheap: the first
    word's ending is tested before any set is looked up."""
    if not 2 <= len(words) <= 12:
        return False
    first = words[0]
    if not (first.isalpha() and first.islower() and first.endswith(_ADJECTIVE_ENDINGS)):
        return False
    for word in words[1:3]:
        if _role(word):
            return True
        if not (word.isalpha() and word.islower()):
            return False  # "regional, the ..." or a capital: not this shape
    return False


__all__ = ["adjective_then_role"]
