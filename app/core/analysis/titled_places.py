"""A name shaped like a street after a word for a person: "Pop star Kiri Lane said".

Two words ending on a word streets and parks share with surnames ("Lane", "Hill", "Park")
read as a place unless the copy shows a person. A lower-case word for a person right before
the name, the house style of "singer Ana Ruiz", shows one: nobody writes "star Mill Lane".
"""

from __future__ import annotations

import re

from app.core.analysis.entities import ORGANISATION_NOUNS, PEOPLE_NOUNS, surname_like_place
from app.core.analysis.mention import Mention
from app.core.analysis.role_nouns import ROLE_NOUNS

# The lower-case word right before the name, and the word before that (for a preposition:
# "the star of Kiri Lane" has "of" after the noun, "a gig on Kiri Lane" no noun at all).
_NOUN_BEFORE_RE = re.compile(r"(?:^|[^\w’'])([a-z][a-z-]+) $")

# Words for a person that are also verbs taking a side, ground or venue as object: "Rovers host
# Kings Park next", "the club hosts Elm Park". Their -s form before one name is the verb (a
# plural titles no one person); the bare form is the verb after a plural subject or a modal,
# and the name is the side or place hosted. "TV host Kiri Lane" is still a person.
_VERB_NOUNS = frozenset("host head guard chair".split())
_VERB_BEFORE_RE = re.compile(
    r"(?:\b(?:will|would|to|can|could|may|might|must|shall|should)|\b[A-Z]\w*[a-rt-z]s) $"
)


def person_noun_before(masked: str, m: Mention) -> bool:
    """Is the two-word, street-shaped name `m` ("Kiri Lane") titled by a word for a person
    right before it ("pop star", "singer", "runner")? Only names read as a place by their last
    word are asked; a word for a body ("studio", "club") before them leaves them a place."""
    if not surname_like_place(m.name):
        return False
    found = _NOUN_BEFORE_RE.search(masked, max(0, m.start - 24), m.start)
    if found is None:
        return False
    word = found.group(1)
    if word[:-1] in _VERB_NOUNS and word[-1] == "s":
        return False  # "The club hosts Elm Park": the verb
    if word in _VERB_NOUNS and _VERB_BEFORE_RE.search(
        masked, max(0, found.start(1) - 24), found.start(1)
    ):
        return False  # "Rovers host Kings Park next": the verb, a side or ground hosted
    return word in PEOPLE_NOUNS or (word in ROLE_NOUNS and word not in ORGANISATION_NOUNS)
