"""Whether one part of a credit line is a person's name: the one test the credit scans share.

The byline scan (`credit_name_scan`), the picture-credit scan (`credit_photo_scan`) and the
declared reading of a pasted line each cut a line into parts and ask of each "is this a
person?". They asked it three ways; now they ask it here. What differs between them is only how
much the line has already vouched for: the importer's scans ask of short body paragraphs, so a
person needs a known first name (or initials before a surname); in a line the editor
pasted as a credit (`known_first=False`) a name-shaped part is enough.
"""

from __future__ import annotations

import re

from app.core.analysis.calendar_words import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAY_WORDS
from app.core.analysis.credit_desk_titles import TITLE_ONLY_RE
from app.core.analysis.credit_names import (
    NAME_PARTICLES,
    looks_like_name,
    looks_like_outlet,
    proper_case,
)
from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.credit_places import is_known_place
from app.core.analysis.entities import PERSON, UNKNOWN, kind_of_name
from app.core.analysis.first_names import is_first_name

# Weekdays and months, spelled out and short ("Tuesday", "Sept"): a word of a date, not of a name
# (shared with credit_name_scan, which sets a date part aside by it).
CALENDAR = (
    WEEKDAY_WORDS
    | frozenset(MONTHS.lower().split("|"))
    | frozenset(WEEKDAY_ABBREVIATIONS.lower().split("|"))
)
# "A. Lima", "J.R. Lima", "J.-P. Lima", "A Lima": initials before a surname.
INITIALS_RE = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]|[A-Z]\.-[A-Z]\.")
# Words of a desk or a job, not of a person ("Metro Desk", "News Staff", "Guest Contributor").
_DESK_WORDS = frozenset(
    """writer writers reporter reporters correspondent correspondents editor editors staff
    bureau chief columnist contributor contributors newsroom desk team""".split()
)


def is_prose_part(part: str) -> bool:
    """A part holding a lower-case word that is no name particle ("was taken", "for the
    council"): words of a sentence, not of a credit."""
    return any(word[:1].islower() and word not in NAME_PARTICLES for word in part.split())


def in_capitals(part: str) -> bool:
    """Every word of two letters or more in capitals ("ANA LIMA", "HARBOUR POST")."""
    return all(word.isupper() and len(word) > 1 for word in part.split() if word.isalpha())


def is_person(part: str, *, known_first: bool = True) -> bool:
    """Two to four words of a name (particles aside, five words at most) that are no agency,
    outlet, region, place, job title or date.

    With `known_first` (the scans of the importer and of picture credits) the name must also
    open with a known first name or with initials before a surname ("A. LIMA", "A. Lima"; see
    `_initialled`): "U.S. Army" or "Harbour Bridge" must not become a writer. A calendar word is
    no name ("Tuesday Evening") unless it opens the name as a known first name ("May Chen",
    "June Ortiz"). A name with no known first name must also be one the engine's name typing
    (`entities.kind_of_name`) does not call an organisation, place, event or document, and
    hold no desk word ("Metro Desk")."""
    tokens = part.split()
    core = [token for token in tokens if token.lower() not in NAME_PARTICLES]
    if not 2 <= len(core) <= 4 or not looks_like_name(part, allow_single=False):
        return False
    first = tokens[0]
    known = is_first_name(first.strip("."))
    if known_first and not known and not _initialled(part, tokens):
        return False
    if any(
        token.lower().strip(".,") in CALENDAR and not (index == 0 and known)
        for index, token in enumerate(tokens)
    ):
        return False
    if not known and (
        kind_of_name(proper_case(part)) not in (PERSON, UNKNOWN)  # "KORVAN DESH" as a name
        or any(token.lower() in _DESK_WORDS for token in tokens)
    ):
        # with no known first name to go by: "Harbour City Council", "Opinion Desk", "Kestrel
        # Valley" are what the engine's name typing calls a body or a place, or a desk
        return False
    return not (
        is_agency(part)
        or looks_like_outlet(part)
        or is_known_place(part)
        or bool(TITLE_ONLY_RE.fullmatch(part))
    )


def _initialled(part: str, tokens: list[str]) -> bool:
    """Initials before a surname: "A. LIMA", or "A. Lima" where the engine's name typing reads a
    person ("U.S. Army" is a body)."""
    if not INITIALS_RE.fullmatch(tokens[0]):
        return False
    return (tokens[-1].isupper() and len(tokens[-1]) >= 2) or kind_of_name(part) is PERSON
