"""Credit lines printed without a role cue, in conventions many publishers share.

Under a picture: "© Ana Lima" / "(c) Ana Lima" (the copyright holder, a photographer),
"(ABC News: Ana Lima)" / "(AAP: Ana Lima)" (an outlet or agency, a colon, the photographer),
"Ana Lima for The Harbour Times" (a freelance's picture for a paper) and a name alone in
parentheses, "(Ana Lima)". (A byline typed in lower case, "by ana lima", is credit_lower_case's.)

Each form names a person only when the name reads as one (two words or more, a known first
name where nothing else vouches for it) and the other part is an outlet or an agency, so
"(Harbour Council)", "© 2024 The Harbour Times" and "Tom Ray for mayor" give no credit.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_names import OUTLET_HEADS, is_caps, looks_like_name, looks_like_outlet
from app.core.analysis.credit_organisations import is_agency, is_organisation
from app.core.analysis.credit_people import parse_people
from app.core.analysis.credit_person_records import credits_of
from app.core.analysis.credit_places import is_region
from app.core.analysis.entities import PLACES, PLACES_MULTI
from app.core.analysis.first_names import is_first_name
from app.core.analysis.name_words import ORG_WORDS
from app.core.model import Credit, CreditRole

# A bare picture credit is short; anything longer is prose.
_MAX_BARE = 90

_COPYRIGHT_RE = re.compile(
    r"^(?:\((?i:c)\)|©|(?i:copyright))\s*(?:\d{4}\s+)?(?P<names>[^\d()/:;@]{3,60}?)(?:,?\s+\d{4})?$"
)
_COLON_RE = re.compile(r"^\((?P<source>[^():/]{2,40}):\s*(?P<names>[^():/;@]{3,60})\)\.?$")
_FOR_RE = re.compile(
    r"^(?P<names>[^():/;@,]{3,60}?)\s+for\s+(?P<outlet>(?:The\s+)?[A-Z][^():;@]{1,50})$"
)
_PARENS_RE = re.compile(r"^\((?P<names>[^():/;@,]{3,60})\)\.?$")
_AND_RE = re.compile(r"\s+(?:and|&)\s+")


# "Ana Lima, Harbour Times staff", "Ana LIMA Citizen staff" (a chain's house style: the
# surname in capitals ends the name), "..., Harbour Times staff photographer".
_STAFF_END_RE = re.compile(r"\s+staff(?:\s+(?P<kind>writer|reporter|photographer))?\.?$")
_DESK_NAME_RE = re.compile(r"(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z][\w.&'’-]*")
# "From Harbour News' Ana Lima in Lisbon", "From HNN's Ana Lima and Tom Ray": a broadcaster's
# live page crediting its own reporters.
_FROM_OUTLET_RE = re.compile(
    r"^From\s+(?P<outlet>(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:['’]s|['’])\s+"
    r"(?P<names>[A-Z][^():;@/]{3,80})$"
)
# "Ana Lima and Tom Ray." alone on a line: the writers, no "By" (two people at least).
_NAMES_ONLY_RE = re.compile(
    r"^(?P<names>[A-Z][^():;@/,.]{3,60}\s+(?:and|&)\s+[A-Z][^():;@/,.]{3,40})\.?$"
)


def may_be_bare_credit(line: str) -> bool:
    """The cheap test before the readers below: a short line of one of their shapes."""
    if len(line) > _MAX_BARE:
        return False
    head = line[:1]
    lowered = line[:10].lower()
    return (
        head in "(©"
        or lowered.startswith(("copyright", "by ", "from "))
        or " for " in line
        or " and " in line
        or " staff" in line
    )


def _person(name: str) -> bool:
    """ "Ana Lima": two to four words that read as a name and as no outlet, agency or place."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and looks_like_name(name, allow_single=False)
        and not is_agency(name)
        and not looks_like_outlet(name)
        and not is_region(name)
        and not any(word.lower().strip(".") in ORG_WORDS for word in words[1:])
    )


def _named(names: str, need_first_name: bool) -> list[str] | None:
    """The people of "Ana Lima" or "Ana Lima and Tom Ray", or None."""
    people = [part.strip() for part in _AND_RE.split(names.strip())]
    if not people or len(people) > 3:
        return None
    for person in people:
        if not _person(person):
            return None
        if need_first_name and (
            not is_first_name(person.split()[0].title()) or _place_like(person)
        ):
            return None
    return people


def _is_source(text: str) -> bool:
    return is_agency(text) or (looks_like_outlet(text) and not _person(text))


def _paper(text: str) -> bool:
    """ "The Harbour Times", "Reuters", "BBC News", "CNBC": an agency or a publication by the
    word its name ends in (or an acronym), not any "The ..." ("The Board")."""
    words = text.split()
    return bool(words) and (
        is_agency(text)
        or words[-1].lower() in OUTLET_HEADS
        or (looks_like_outlet(text) and words[0].isupper() and len(words[0]) >= 2)
    )


# Last words of a place's name, never of a person's: "(Jordan Valley)", "(Harbour Point)".
_PLACE_HEADS = frozenset(
    """valley city town beach springs falls island islands bay harbor harbour heights park
    village creek lake hills river mountain mountains point street road avenue square county
    district province state coast desert forest bridge station airport hall house church
    cathedral centre center stadium arena garden gardens market""".split()
)
# First words of places that are also given names: "(Santa Monica)", "(St Kilda)".
_PLACE_FIRSTS = frozenset("santa san santo sao saint st st. fort mount port lake new".split())


def _place_like(name: str) -> bool:
    words = name.lower().split()
    return (
        words[-1] in _PLACE_HEADS
        or words[0] in _PLACE_FIRSTS
        or " ".join(words) in PLACES_MULTI
        or words[-1] in PLACES
    )


def _photos(names: list[str] | None) -> list[Credit] | None:
    return [Credit(CreditRole.PHOTO, name) for name in names] if names else None


def bare_credit(line: str) -> list[Credit] | None:
    """The credits of a cue-less credit line of the forms above, or None."""
    text = line.strip().lstrip("-—– ")  # "— Ana Lima and Tom Ray": a sign-off's dash
    if len(text) > _MAX_BARE:
        return None
    match = _COPYRIGHT_RE.match(text)
    if match:
        return _photos(_named(match["names"], need_first_name=False))
    match = _COLON_RE.match(text)
    if match:
        if not _is_source(match["source"].strip()):
            return None
        return _photos(_named(match["names"], need_first_name=False))
    match = _FOR_RE.match(text)
    if match:
        outlet = match["outlet"].strip().rstrip(".")
        if not _paper(outlet):
            return None  # "Tom Ray for Mayor", "Vote Tom Ray for The Board"
        return _photos(_named(match["names"], need_first_name=True))
    match = _PARENS_RE.match(text)
    if match:
        return _photos(_named(match["names"], need_first_name=True))
    if " staff" in text:
        found = _staff_byline(text)
        if found:
            return found
    match = _FROM_OUTLET_RE.match(text)
    if match:
        if not _paper(match["outlet"]):
            return None
        read = parse_people(match["names"], CreditRole.BYLINE, allow_single=False)
        if read is None or read.failed or not read.people:
            return None
        if not all(_person(person.name) for person in read.people):
            return None
        return credits_of(CreditRole.BYLINE, read.people)
    match = _NAMES_ONLY_RE.match(text)
    if match:
        names = _named(match["names"], need_first_name=True)
        if names and len(names) >= 2:
            return [Credit(CreditRole.BYLINE, name) for name in names]
        return None
    return None


def _staff_byline(text: str) -> list[Credit] | None:
    """ "Ana Lima, Harbour Times staff": the writer (the photographer when the desk says so);
    without a comma the name must end on a surname in capitals ("Ana LIMA Citizen staff")."""
    end = _STAFF_END_RE.search(text)
    if not end:
        return None
    head = text[: end.start()]
    if "," in head:
        name, _, desk = head.partition(",")
    else:
        tokens = head.split()
        caps = [i for i, token in enumerate(tokens[:-1]) if i > 0 and is_caps(token)]
        if not caps:
            return None  # "Ana Lima Harbour Times staff": where the name ends is unknown
        name, desk = " ".join(tokens[: caps[-1] + 1]), " ".join(tokens[caps[-1] + 1 :])
    name, desk = name.strip(), desk.strip()
    if not _DESK_NAME_RE.fullmatch(desk) or not _person(name):
        return None
    if not is_first_name(name.split()[0].title()):
        return None
    role = CreditRole.PHOTO if end["kind"] == "photographer" else CreditRole.BYLINE
    # "Ana LIMA Citizen staff": the outlet she works for, as "By Ana Lima, Citizen staff" gives
    return [Credit(role, name, organisation=desk if is_organisation(desk) else None)]
