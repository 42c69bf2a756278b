"""One item of a credit's list of people read alone: the name, and the place, agency or outlet
written around it ("Ana Lima in Kyiv", "Ana Lima/Reuters", "Ana Lima (Kelp Living)").

The list is cut into items by credit_list_items and read by credit_people; this module says,
for one item, what is the name and what is said about the person.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_desk_titles import (
    TITLE_ONLY_RE,
    TITLE_PREFIX_RE,
    TITLE_SUFFIX_RE,
    is_desk_title,
    title_outlet,
)
from app.core.analysis.credit_known_outlets import KNOWN_ONE_WORD_OUTLETS
from app.core.analysis.credit_names import (
    AGENCY_RUN_ON_RE,
    is_caps,
    looks_like_location,
    looks_like_name,
    looks_like_outlet,
)
from app.core.analysis.credit_organisations import (
    is_agency,
    is_organisation,
    is_organisation_after_of,
    is_picture_mark,
    organisation_name,
    without_marks,
)
from app.core.analysis.credit_person import CALENDAR
from app.core.analysis.credit_person_records import OUTLET_CUE
from app.core.analysis.credit_places import is_known_place, is_region, is_town
from app.core.analysis.credit_run_on import without_run_on
from app.core.analysis.credit_source_first import source_first
from app.core.model import CreditRole

# "Ana Lima/Reuters", "Ana Lima | The Herald", "Ana Lima · The Canadian Press" (web bylines);
# the first "/" of a picture desk's chain: "Ana Lima/Harbour Images/Skyline via Getty Images".
_AGENCY_SUFFIX_RE = re.compile(r"\s*[/|·•]\s*(?P<agency>[^|·•]{1,60})$")
# "Ana Lima for The Herald", "Ana Lima, Special to The Times": the outlet is not the name.
_FOR_SUFFIX_RE = re.compile(rf"\s+{OUTLET_CUE}\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][^,;]{{0,60}})$")
# "Photo: Ana Lima via Getty Images": the outlet that ran or sold the picture.
_VIA_SUFFIX_RE = re.compile(r"\s+via\s+(?P<outlet>[A-Z][^,;/]{1,60})$")

# "Grace Holloway of The Kansas City Star", "Ana Lima of Reuters": the outlet is not the name.
OF_SUFFIX_RE = re.compile(r"\s+(?:of|OF)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][^,;]{0,60})$")

# "in Kyiv", "IN RIGA", "from São Paulo": what follows is the person's place.
_PLACE_PREP_RE = re.compile(r"(?:^|\s+)(?:in|IN|from|FROM)\s+")
# "By Ana Lima at Marsh Lane", "at the Emirates Stadium": a sports or court reporter's venue
# after the name. It is where the piece was written, not the person's place, and a credit's
# place reads "in …", so the venue is left out and the person kept.
_AT_VENUE_RE = re.compile(r"\s+(?:at|AT)\s+(?:the\s+|THE\s+)?(?P<venue>[A-Z][\w .'’&-]{0,50})$")

# Lower-case words an outlet's name may hold ("Bank of Kelp", "Kelp and Co").
_OUTLET_JOINS = frozenset({"of", "and", "&", "the", "de", "du"})


# "for a week", "for the paper": "for" and up to three lower-case words closing an item, no
# outlet's name ("for The Herald", "for the Harbour Times" have a capital: clean_name's)
_FOR_PHRASE_RE = re.compile(r"(?:^|\s+)(?P<phrase>(?:for|FOR)(?:\s+[a-z][\w'’-]*){1,3})$")


def cut_for_phrase(item: str) -> tuple[str, str | None]:
    """`item` without a lower-case phrase after "for" that closes it, and the phrase."""
    found = _FOR_PHRASE_RE.search(item) if "for " in item.lower() else None
    if found is None:
        return item, None
    return item[: found.start()].strip(), found["phrase"]


def cut_place(item: str) -> tuple[str, str | None, str | None] | None:
    """ "Ana Lima in Kyiv" -> ("Ana Lima", "Kyiv", None); None when what follows is not a
    place. The third part is words after the place that are none of it, to be reported ("Ana
    Lima in Oslo for a week" -> ("Ana Lima", "Oslo", "for a week"): they were dropped unsaid)."""
    found = _cut_place(item)
    if found is None or found[1] is None:
        return None if found is None else (*found, None)
    name, place = found
    tail = _place_tail(place)
    if tail is None:
        return name, place, None
    return name, place[: len(place) - len(tail)].strip(), tail


# The words that may stand lower case inside a place's name ("Stratford-upon-Avon" aside, which
# is one word): looks_like_location's.
_PLACE_WORDS = frozenset(
    {"of", "the", "upon", "on", "and", "de", "da", "do", "del", "la", "el", "al"}
)
_WHEN_RE = re.compile(rf"\s+(?:on|ON)\s+(?:(?i:{'|'.join(sorted(CALENDAR))})\.?)(?:\s+\d{{1,2}})?$")


def _place_tail(place: str) -> str | None:
    """What closes `place` but is no part of it: the words from the first lower-case word no
    place's name holds ("Oslo for a week", "Oslo this week"), or a day after "on" ("Oslo on
    Monday"), when the place before them still reads as one."""
    when = _WHEN_RE.search(place)
    if when and looks_like_location(place[: when.start()]):
        return place[when.start() :].strip()
    tokens = place.split()
    for index, token in enumerate(tokens[1:], start=1):
        if token[:1].islower() and token not in _PLACE_WORDS:
            head = " ".join(tokens[:index])
            return " ".join(tokens[index:]) if looks_like_location(head) else None
    return None


def _named_outlet_not_town(place: str) -> bool:
    """ "Politico", "the BBC" after "from": a one-word outlet the lists know, or an outlet's
    acronym after a lower-case "the", that is no town or country ("from the UK" is one)."""
    bare = place[4:] if place.startswith("the ") else place
    if is_known_place(bare) or is_region(bare) or is_town(bare):
        return False
    return place.lower() in KNOWN_ONE_WORD_OUTLETS or (bare != place and looks_like_outlet(bare))


def _cut_place(item: str) -> tuple[str, str | None] | None:
    """`cut_place` before the words closing the place are cut off."""
    # The last "in"/"from": "Ana Lima in Port of Spain" has only one.
    venue = _AT_VENUE_RE.search(item) if " at " in item or " AT " in item else None
    if venue is not None and looks_like_location(venue.group("venue")):
        item = item[: venue.start()]
    found = max(_PLACE_PREP_RE.finditer(item), key=lambda m: m.start(), default=None)
    if found is None:
        return item, None
    name, place = item[: found.start()].strip(), item[found.end() :].strip()
    cued = _FOR_SUFFIX_RE.search(place)
    if cued and looks_like_location(place[: cued.start()]):
        # "Ana Lima in Oslo for The Harbour Times": her town, then her outlet, which is given
        # back to the name for clean_name to read ("Oslo for The Harbour Times" closed on an
        # outlet's word and was dropped as an outlet, losing both)
        return f"{name}{place[cued.start() :]}", place[: cued.start()].strip()
    if (
        is_agency(place)
        or (looks_like_outlet(place) and not is_caps(place) and not _place_tail(place))
        or _named_outlet_not_town(place)
    ):
        # "Ana Lima from Reuters": an outlet, not a place ("IN RIGA" is one), given back to
        # the name as "for" it for clean_name to read (it was dropped unsaid)
        return (f"{name} for {place}" if name else name), None
    run_on = AGENCY_RUN_ON_RE.search(place)
    if run_on and looks_like_location(place[: run_on.start()]):
        # "ANA LIMA IN OSLO REUTERS": the agency run on after her town is hers, not the town's
        # last word ("Oslo Reuters"); set back after the name, where clean_name reads it
        return f"{name}{place[run_on.start() :]}", place[: run_on.start()].strip()
    if place.startswith("the ") and (is_known_place(place[4:]) or is_region(place[4:])):
        return name, place  # "Ana Lima in the Netherlands", "from the UK": read nothing
    if not looks_like_location(place) and _place_tail(place) is None:
        return None
    return name, place


# Roles whose credit names the contributor's agency after a slash or in brackets ("Photo: Ana
# Lima/Reuters"); the house styles write the organisation for these roles only, in that form.
ORGANISATION_ROLES = frozenset({CreditRole.PHOTO, CreditRole.BYLINE, CreditRole.GRAPHICS})
BRACKETED_ORG_RE = re.compile(r"\s*\((?P<org>[^()]{2,60})\)?$")  # ")" may be cut already


def clean_name(
    item: str, role: CreditRole, first: bool = True, located: bool = False
) -> tuple[str, str | None]:
    """The name without an agency after "/", an outlet after "for" or "of", or a title; an
    outlet's name run on after it only in the list's `first` item (credit_run_on)."""
    agency = None
    item = without_marks(item)  # "REUTERS/Ana Lima/File Photo" (a "©" went in parse_people)
    bracketed = BRACKETED_ORG_RE.search(item)
    if bracketed and is_picture_mark(bracketed["org"]):
        item = item[: bracketed.start()].strip()  # "Ana Lima (Pool)": a mark, no employer
        bracketed = None
    if bracketed and (is_organisation(bracketed["org"]) or _outlet_chain(bracketed["org"])):
        # "By Ana Lima (Reuters)": the agency she works for, as an export's byline writes it;
        # "Reporting by Ana Lima (Harbour Times/Reuters)": both outlets, as a chain
        agency = bracketed["org"].strip()
        item = item[: bracketed.start()].strip()
    suffix = _AGENCY_SUFFIX_RE.search(item)
    turned = source_first(item) if suffix and role is CreditRole.PHOTO else None
    if turned:  # "Photo: AFP / Ana Lima": the agency set first (credit_source_first)
        item, agency = turned
    elif suffix and (role in ORGANISATION_ROLES or is_organisation(suffix["agency"])):
        agency = suffix["agency"].strip()
        item = item[: suffix.start()].strip()
    via = _VIA_SUFFIX_RE.search(item) if " via " in item else None
    if via and is_organisation(via["outlet"]):  # "Ana Lima via Getty Images"
        item = item[: via.start()].strip()
        agency = agency or via["outlet"].strip()
    outlet = _FOR_SUFFIX_RE.search(item)
    if outlet:  # "Ana Lima for The Harbour Ledger": she worked for it
        item = item[: outlet.start()].strip()
        agency = agency or outlet["outlet"].strip()
    of = OF_SUFFIX_RE.search(item)
    if of and (
        is_organisation_after_of(of["outlet"], item)
        or (located and _named_body(of["outlet"], item[: of.start()]))
    ):
        item = item[: of.start()].strip()
        agency = agency or of["outlet"].strip()
    for pattern in (TITLE_PREFIX_RE, TITLE_SUFFIX_RE, AGENCY_RUN_ON_RE):
        stripped = pattern.sub("", item).strip()
        if stripped != item and looks_like_name(stripped, allow_single=False):
            if pattern is not TITLE_SUFFIX_RE:
                # "Associated Press writer Ana Lima", "Ana Lima Reuters": the outlet is hers
                agency = agency or title_outlet(item, stripped)
            item = stripped
    name = without_run_on(item, is_desk_title, outlets=first)
    if name != item:
        agency = agency or title_outlet(item, name)  # "By Ana Lima Harbour News"
    return name, organisation_name(agency)


def read_bracketed(
    item: str, found: re.Match[str], location: str | None
) -> tuple[str, str | None, str | None, str | None]:
    """Name, place, organisation and the part left unread of "Name (X)" when X is no outlet
    the lists know (clean_name read those): a known town is the place; two or more
    capitalised words are an outlet ("Kelp Living"); one unknown word may be either, so it is
    reported."""
    name, inside = item[: found.start()].strip(), found["org"].strip()
    if location is None and is_known_place(inside):
        return name, inside, None, None
    if is_desk_title(inside) or TITLE_ONLY_RE.fullmatch(inside):
        return name, location, None, None  # "(Staff Writer)": her job, as after a comma
    if bracketed_outlet(inside):
        return name, location, organisation_name(inside), None
    return name, location, None, f"({inside})"


def bracketed_outlet(text: str) -> bool:
    """Whether "Name (text)" names the person's outlet: one the lists know, or two or more
    capitalised words that are no known place and no job ("Kelp Living", not "Port Harcourt"
    when the lists know it, nor "Staff Writer"). The house styles ask it before writing an
    organisation in brackets, so what they write reads back."""
    if is_organisation(text) or ("/" in text and _outlet_chain(text)):
        return True
    words = text.split()
    return (
        len(words) >= 2
        and all(word[:1].isupper() for word in words if word not in _OUTLET_JOINS)
        and not is_known_place(text)
        and not is_desk_title(text)
        and not TITLE_ONLY_RE.fullmatch(text)
    )


def _outlet_chain(text: str) -> bool:
    """ "Harbour Times/Reuters" in brackets after a name: outlets a slash joins, an agency or a
    known outlet among them and each part an outlet by the lists or by its shape ("Harbour
    Times", not "Tom Ray"). The slash was read as the one before an agency ("Ana Lima/Reuters"),
    which left "Reuters)" unread and the line, on import, no credit at all."""
    parts = [part.strip() for part in text.split("/")]
    return (
        len(parts) >= 2
        and any(is_organisation(part) for part in parts)
        and all(is_organisation(part) or looks_like_outlet(part) for part in parts)
    )


def _named_body(outlet: str, name: str) -> bool:
    """ "Ravi Sundaram of Mint in New Delhi", "Elias Brandt of Der Spiegel in Hamburg": after
    a full name, and with the person's place said after it, "of" and a few capitalised words
    are the outlet the person works for, one the lists do not know (asked only when a place
    follows: without one, "Ana Lima of Leeds" may be her town)."""
    words = outlet.split()
    return (
        1 <= len(words) <= 4
        and all(word[:1].isupper() for word in words)
        and not is_region(outlet)
        and looks_like_name(name.strip(), allow_single=False)
    )
