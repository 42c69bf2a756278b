"""Whether a bare capitalised word could name a person ("Okafor", "Tommy"), not a common noun.

The resolver asks this of a mention met alone: a surname nobody introduced is the editor's
"speaker not introduced" warning, and a capitalised subject that could be a person may open a
new one; "Negotiations" or "Management" opening a sentence must do neither. Kept apart from
resolution.py, which holds the resolver's state, because it reads only the word and the
first-name and honorific tables.
"""

from __future__ import annotations

from app.core.analysis.entities import is_first_name
from app.core.analysis.name_words import HONORIFICS


def looks_like_surname(word: str) -> bool:
    """A bare capitalised word that could be a person's surname (not a first name, not caps)."""
    bare = word.strip(".’'")
    return (
        len(bare) >= 2
        and bare[:1].isupper()
        and not bare.isupper()
        and bare.lower() not in HONORIFICS
        and not is_first_name(bare)
        and not bare.lower().endswith(_NOUN_SUFFIXES)
    )


def could_be_a_person(word: str) -> bool:
    """A surname or a first name used alone ("Tommy"), not a capitalised common noun."""
    return looks_like_surname(word) or (is_first_name(word) and not word.isupper())


# Endings of common nouns, never of surnames a rule could know ("Negotiations", "Management").
_NOUN_SUFFIXES = ("tions", "tion", "ments", "ment", "ness", "ity", "ities", "ism", "ings", "ance")
