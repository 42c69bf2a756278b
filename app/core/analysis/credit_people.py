"""The list of people in one part of a credit line: names, places, e-mails, and proper case.

"A and B in Washington, C in Toledo, Ohio" is cut into people here; the credit-line grammar
(app/core/analysis/credits.py) finds the parts and their roles. An item that names no person
("staff", "the Africa desk") is reported back instead of losing the people beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.core.analysis.credit_affiliations import is_affiliation
from app.core.analysis.credit_byline_place import closing_outlet, closing_town
from app.core.analysis.credit_house_authors import house_author
from app.core.analysis.credit_names import (
    AGENCY_RUN_ON_RE,
    NAME_PARTICLES,
    is_agency_or_title,
    is_caps,
    looks_like_location,
    looks_like_name,
    looks_like_outlet,
    proper_case,
)
from app.core.analysis.credit_organisations import (
    COPYRIGHT_RE,
    is_agency,
    is_picture_mark,
    organisation_name,
    without_marks,
)
from app.core.analysis.credit_outlet_titles import outlet_title
from app.core.analysis.credit_picture_sources import picture_source, site_not_place
from app.core.analysis.credit_places import is_known_place, is_region
from app.core.analysis.credit_run_on import without_run_on
from app.core.analysis.credit_source_first import source_first
from app.core.analysis.first_names import is_first_name
from app.core.model import Credit, CreditRole

EMAIL_RE = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_ITEM_EMAIL_RE = re.compile(
    r"(?:\s+at)?\s*[<(\[]?\s*(?:e-?mail:?\s*)?(" + EMAIL_RE.pattern + r")\s*[>)\]]?", re.I
)

# "Ana Lima/Reuters", "Ana Lima | The Herald", "Ana Lima · The Canadian Press" (web bylines);
# the first "/" of a picture desk's chain: "Ana Lima/Harbour Images/Skyline via Getty Images".
_AGENCY_SUFFIX_RE = re.compile(r"\s*[/|·•]\s*(?P<agency>[^|·•]{1,60})$")
# "Ana Lima for The Herald", "Ana Lima, Special to The Times": the outlet is not the name.
_FOR_SUFFIX_RE = re.compile(
    r"\s+(?:[Ff]or|[Ss]pecial\s+to)\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][^,;]{0,60})$"
)
# "Photo: Ana Lima via Getty Images": the outlet that ran or sold the picture.
_VIA_SUFFIX_RE = re.compile(r"\s+via\s+(?P<outlet>[A-Z][^,;/]{1,60})$")
# "Special to The Harbour Ledger", "for Reuters": the cue before an outlet set as its own item.
_OUTLET_CUE_RE = re.compile(r"^(?:[Ss]pecial\s+to|[Ff]or)\s+(?=(?:[Tt]he\s+)?[A-Z])")
# "Grace Holloway of The Kansas City Star", "Ana Lima of Reuters": the outlet is not the name.
_OF_SUFFIX_RE = re.compile(r"\s+of\s+(?P<outlet>(?:[Tt]he\s+)?[A-Z][^,;]{0,60})$")
# "Staff writer Ana Lima", "Chief Political Correspondent Ana Lima": the title is not the name.
_JOURNALIST_NOUNS = (
    r"(?i:writers?|reporters?|correspondents?|editors?|photographers?|columnists?|journalists?)"
)
_TITLE_PREFIX_RE = re.compile(r"^(?:[A-Za-z]+\s+){0,3}?" + _JOURNALIST_NOUNS + r"\s+(?=[A-Z])")
# A journalist's noun at the end of a title ("Associated Press writers", "Reuters reporter").
_TITLE_NOUN_RE = re.compile(r"\b(?i:staff\s+)?" + _JOURNALIST_NOUNS + r"\b")
# "Ana Lima Staff Writer" (no comma): the title run on after the name.
_TITLE_SUFFIX_RE = re.compile(
    r"(?<=\S)\s+(?:(?:Staff|Senior|Chief|Political|Foreign|Business|Sports|Science|Health|"
    r"Education|City|Metro|Investigative|Special|Contributing|Associate|Managing|Deputy|"
    r"Economics|Diplomatic|Security|Legal|Courts|Environment|Culture|Arts|Tech|Technology)\s+)"
    r"{0,2}(?:Writer|Reporter|Correspondent|Editor|Photographer|Columnist|Journalist)s?$"
)
_LOCATION_CONTINUATION_RE = re.compile(r"(?:D\.C\.|[A-Z]{2}|[A-Z][a-z]{1,4}\.)")
# The words that join names; "AND" too, as all-caps lines write it.
# "and"/"with" touching "@" or "." is part of an e-mail address ("<and@harbour.org>",
# "ana@and.news"), not a join: splitting there lost the whole credit.
_SPLIT_RE = re.compile(
    r"\s*(?:,\s*(?i:and)\s+|,|&|(?<![@.])\b(?i:and)\b(?![@.])|(?<![@.])\bwith\b(?![@.]))\s*"
)
# "in Kyiv", "IN RIGA", "from São Paulo": what follows is the person's place.
_PLACE_PREP_RE = re.compile(r"(?:^|\s+)(?:in|IN|from|FROM)\s+")
# "By Ana Lima at Marsh Lane", "at the Emirates Stadium": a sports or court reporter's venue
# after the name. It is where the piece was written, not the person's place, and a credit's
# place reads "in …", so the venue is left out and the person kept.
_AT_VENUE_RE = re.compile(r"\s+(?:at|AT)\s+(?:the\s+|THE\s+)?(?P<venue>[A-Z][\w .'’&-]{0,50})$")
# A note after the names, neither a credit nor a failure: "Compiled by A from agency reports".
_NOTE_RE = re.compile(
    r",?\s+(?:from|with|and)\s+(?:(?:news\s+)?agency|wire|agencies'?|staff\s+and\s+wire|"
    r"wire\s+service)\s+(?:reports|dispatches|services)$",
    re.I,
)
# Words that say an item names a desk or a crowd, not a person: the item is reported as
# unreadable and the people beside it are kept.
_NO_PERSON_RE = re.compile(
    r"^(?:[\w.'’-]+\s+){0,3}?(?i:staff|desk|bureau|team|agencies|wires?|newsroom|reporters|"
    r"correspondents|others|colleagues|contributors|board)(?:\s+(?i:staff))?"
    r"(?:\s+(?:in|from)\s+[A-Z][\w .,'’-]{0,40})?$"
)  # the whole item, so "colleagues exposed the scandal" stays prose
_PAIRED_PLACES = (
    "Trinidad and Tobago",
    "Bosnia and Herzegovina",
    "Antigua and Barbuda",
    "Saint Kitts and Nevis",
    "Sao Tome and Principe",
    "São Tomé and Príncipe",
    "Saint Vincent and the Grenadines",
    "Turks and Caicos",
    "Newfoundland and Labrador",
)
# "for The Globe and Mail", "Special to The Harbour and Herald": an outlet's own "and" before
# one closing word (not an agency: "for The Herald and Reuters" names two; `_outlet_and`).
_OUTLET_AND_RE = re.compile(
    r"(\b(?:[Ss]pecial\s+to|for|of)\s+The\s+[A-Z][\w'’.-]*) and "
    r"([A-Z][\w'’.-]*)(?=\s*(?:[,;.]|$))"
)
# A plural journalist's title with an outlet before a list: "Associated Press writers A and B".
_PLURAL_TITLE_RE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?i:staff\s+)?"
    r"(?i:writers|reporters|correspondents|journalists|photographers)\s+(?=[A-Z])"
)
_DOTTED_END_RE = re.compile(r"(?:\bJr|\bSr|\b[A-Z])$")
_AND_MARK = "\u0000"  # stands in for " and " inside a place name while names are split
_ROMAN_RE = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI)")
_SUFFIXES = {"JR.": "Jr.", "SR.": "Sr.", "JR": "Jr", "SR": "Sr"}
# "Tom Ray, Jr.", "Tom Ray, III": the suffix after a comma is his, not a second person "Jr.".
_COMMA_SUFFIX_RE = re.compile(r",\s+((?:Jr|Sr|JR|SR)\.?|II|III|IV)(?=[\s,;/]|$)")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    location: str | None
    email: str | None
    agency: str | None = None


@dataclass(slots=True)
class People:
    """The people of one part, and its items that named no person."""

    people: list[Person] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def is_organisation(text: str) -> bool:
    """An agency or an outlet by its name ("Reuters", "The Harbour Ledger"), not a person: the
    credit readers ask it where a body may stand for a name, as a writer's employer ("Ana Lima
    of The Harbour Herald") or credited itself ("Additional reporting by Reuters")."""
    bare = re.sub(r"^the\s+", "", text.strip(), flags=re.I)  # "of the Harbour Herald"
    if is_agency(text) or (looks_like_outlet(bare) and bare[:1].isupper()):
        return True
    # "The Harbour Ledger": "The" and capitalised words.
    return text.startswith("The ") and all(w[:1].isupper() for w in text.split()[1:5])


def _with_place(person: Person, location: str) -> Person:
    return Person(person.name, location, person.email, person.agency)


def placed(people: list[Person], location: str) -> list[Person]:
    """Everyone without a place of their own gets `location` ("A and B in Kyiv")."""
    return [p if p.location else _with_place(p, location) for p in people]


def _employ(people: list[Person], chunk_of: list[int], chunk: int | None, body: str) -> None:
    """Everyone without an organisation (in `chunk`, when given) gets `body`: an agency named
    once after a list is every listed person's ("By A and B, Associated Press"), also when the
    line says it as "Special to" or "for" the outlet ("By A, Special to The Harbour Ledger")."""
    body = _OUTLET_CUE_RE.sub("", body)
    for index, person in enumerate(people):
        if person.agency is None and (chunk is None or chunk_of[index] == chunk):
            people[index] = replace(person, agency=body)


def _cut_place(item: str) -> tuple[str, str | None] | None:
    """ "Ana Lima in Kyiv" -> ("Ana Lima", "Kyiv"); None when what follows is not a place."""
    # The last "in"/"from": "Ana Lima in Port of Spain" has only one.
    venue = _AT_VENUE_RE.search(item) if " at " in item or " AT " in item else None
    if venue is not None and looks_like_location(venue.group("venue")):
        item = item[: venue.start()]
    found = max(_PLACE_PREP_RE.finditer(item), key=lambda m: m.start(), default=None)
    if found is None:
        return item, None
    name, place = item[: found.start()].strip(), item[found.end() :].strip()
    if is_agency(place) or (looks_like_outlet(place) and not is_caps(place)):
        return name, None  # "Ana Lima from Reuters": an outlet, not a place ("IN RIGA" is one)
    if not looks_like_location(place):
        return None
    return name, place


# Roles whose credit names the contributor's agency after a slash or in brackets ("Photo: Ana
# Lima/Reuters"); the house styles write the organisation for these roles only, in that form.
ORGANISATION_ROLES = frozenset({CreditRole.PHOTO, CreditRole.BYLINE, CreditRole.GRAPHICS})
_BRACKETED_ORG_RE = re.compile(r"\s*\((?P<org>[^()]{2,60})\)?$")  # ")" may be cut already


def _clean_name(
    item: str, role: CreditRole, first: bool = True, located: bool = False
) -> tuple[str, str | None]:
    """The name without an agency after "/", an outlet after "for" or "of", or a title; an
    outlet's name run on after it only in the list's `first` item (credit_run_on)."""
    agency = None
    item = without_marks(item)  # "REUTERS/Ana Lima/File Photo" (a "©" went in parse_people)
    bracketed = _BRACKETED_ORG_RE.search(item)
    if bracketed and is_picture_mark(bracketed["org"]):
        item = item[: bracketed.start()].strip()  # "Ana Lima (Pool)": a mark, no employer
        bracketed = None
    if bracketed and is_organisation(bracketed["org"]):
        # "By Ana Lima (Reuters)": the agency she works for, as an export's byline writes it
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
    of = _OF_SUFFIX_RE.search(item)
    if of and (
        is_organisation(of["outlet"]) or (located and _named_body(of["outlet"], item[: of.start()]))
    ):
        item = item[: of.start()].strip()
        agency = agency or of["outlet"].strip()
    for pattern in (_TITLE_PREFIX_RE, _TITLE_SUFFIX_RE, AGENCY_RUN_ON_RE):
        stripped = pattern.sub("", item).strip()
        if stripped != item and looks_like_name(stripped, allow_single=False):
            if pattern is not _TITLE_SUFFIX_RE:
                # "Associated Press writer Ana Lima", "Ana Lima Reuters": the outlet is hers
                agency = agency or _title_outlet(item, stripped)
            item = stripped
    name = without_run_on(item, is_desk_title, outlets=first)
    if name != item:
        agency = agency or _title_outlet(item, name)  # "By Ana Lima Harbour News"
    return name, organisation_name(agency)


def _bracketed(
    item: str, found: re.Match[str], location: str | None
) -> tuple[str, str | None, str | None, str | None]:
    """Name, place, organisation and the part left unread of "Name (X)" when X is no outlet
    the lists know (_clean_name read those): a known town is the place; two or more
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
    if is_organisation(text):
        return True
    words = text.split()
    return (
        len(words) >= 2
        and all(word[:1].isupper() for word in words if word not in _OUTLET_JOINS)
        and not is_known_place(text)
        and not is_desk_title(text)
        and not TITLE_ONLY_RE.fullmatch(text)
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


def _title_outlet(item: str, name: str) -> str | None:
    """The outlet in what was cut from `item` around `name`: "Associated Press writers Ana
    Lima" -> "Associated Press", "Ana Lima Reuters" -> "Reuters"; None for a bare title."""
    cut = item.replace(name, " ", 1)
    cut = _TITLE_NOUN_RE.sub(" ", cut)
    cut = " ".join(cut.split())
    return cut if cut and is_organisation(cut) and not is_desk_title(cut) else None


def _outlet_and(m: re.Match[str]) -> str:
    """One outlet's "and" kept from the name split; an agency after it is a second name."""
    return m[0] if is_agency(m[2]) else m[1] + _AND_MARK + m[2]


def _items(text: str) -> list[tuple[int, str]]:
    """Items with the number of the ";"-chunk they are in (AP lists cut people at ";")."""
    chunks = re.split(r"\s*;\s*", text) if ";" in text else [text]
    return [
        (number, person)
        for number, chunk in enumerate(chunks)
        for item in _SPLIT_RE.split(re.sub(r"^(?i:and)\s+", "", chunk))
        for person in _slashed_people(item)
    ]


# Words a picture business's name ends on ("Kestrel Pictures", "Harbour Images"); an outlet's
# ("Kestrel News") are OUTLET_HEADS, which is_organisation asks.
_BUSINESS_HEADS = frozenset(
    "picture photo image studio production film photography creative group collective "
    "archive feature works".split()
)


def _slashed_people(item: str) -> list[str]:
    """ "Ana Lima/Ben Ottway": two people a slash joins, when both sides read as a person's
    name with a known first name (after a slash is most often the agency: "Ana Lima/Reuters");
    else the item whole."""
    if "/" not in item or item.count("/") != 1:
        return [item]
    parts = [part.strip() for part in item.split("/")]
    if (
        all(
            looks_like_name(part, allow_single=False)
            and is_first_name(part.split()[0])
            and not is_organisation(part)
            for part in parts
        )
        and parts[1].split()[-1].lower().rstrip(".").removesuffix("s") not in _BUSINESS_HEADS
    ):
        return parts
    return [item]


def parse_people(segment: str, role: CreditRole, allow_single: bool = True) -> People | None:
    """Split "A and B in Washington, C in Kyiv" into people; None when it is not a name list."""
    text = segment.strip()
    if text[:1] == "©" or text[:3].lower() == "(c)":
        # "Photo: (c) Ana Lima", "Photo: © 2026 The Harbour Times": the holder, without the
        # sign and its year ("(c)" was read as brackets and the credit lost without a word)
        text = COPYRIGHT_RE.sub("", text)
    text = text.rstrip(";,)").strip()
    stripped_dot = text.endswith(".")
    text = _NOTE_RE.sub("", text.rstrip(".").strip()).strip()
    if not text:
        return None
    for place in _PAIRED_PLACES:
        if place in text:
            text = text.replace(place, place.replace(" and ", _AND_MARK))
    if " and " in text:  # "Special to The Globe and Mail": one outlet, not a second name
        text = _OUTLET_AND_RE.sub(_outlet_and, text)
    if ", " in text:
        text = _COMMA_SUFFIX_RE.sub(r" \1", text)  # "By Tom Ray, Jr." named "Jr." a writer
    semicolons = ";" in text
    out = People()
    chunk_of: list[int] = []
    items = _items(text)
    after_outlet = False  # an outlet or a title was passed over: a town may close the list
    own_of = False  # a name came with its own "of" a town (or an unread "of ...")
    for position, (chunk, raw_item) in enumerate(items):
        item = raw_item.replace(_AND_MARK, " and ").strip().strip("()").strip()
        if not item:
            continue
        people = out.people
        email = None
        found = _ITEM_EMAIL_RE.search(item)
        if found:
            email = found.group(1).rstrip(".")
            item = " ".join((item[: found.start()] + " " + item[found.end() :]).split())
            item = item.strip("<>()[] ,:")
            if item.endswith(".") and not _DOTTED_END_RE.search(item[:-1]):
                item = item[:-1]  # "By Ana Lima. Email: ana@...": the sentence's stop
        if not item:
            if email and people and people[-1].email is None:
                last = people[-1]
                people[-1] = Person(last.name, last.location, email, last.agency)
                continue
            return None
        original = item
        dotted = item + "." if stripped_dot and position == len(items) - 1 else item
        if dotted != item and _DOTTED_END_RE.search(item):
            item = dotted  # "By Ana Lima Jr.": the dot was the suffix's, not the sentence's
        last = people[-1] if people else None
        if (
            last is not None
            and last.location
            and (email is None or last.email is None)
            and (
                _LOCATION_CONTINUATION_RE.fullmatch(dotted)
                or is_region(dotted)
                # "Gil Navarro in Phoenix; Cora Beaudry in Santa Fe, New Mexico; ...": between
                # semicolons a comma belongs to the place.
                or (semicolons and chunk_of[-1] == chunk and looks_like_location(item))
            )
        ):
            people[-1] = Person(
                last.name, f"{last.location}, {dotted}", last.email or email, last.agency
            )
            continue
        # "Reporting by Ana Lima in; Editing by ...": a template's "in" left with no place.
        item = _DANGLING_PREP_RE.sub("", item)
        cut = _cut_place(item)
        if cut is None:
            if _NO_PERSON_RE.match(item):
                out.failed.append(original)
                continue
            return None
        if cut[1] and role is CreditRole.PHOTO and site_not_place(item, cut[1]):
            cut = (cut[0], None)  # "Photo by Ana Lima from Snapsite": the site, no place
        item, location = cut
        if not item and location and people:
            # "By Ana Lima, Europe editor, in Brussels": the place of the names before it.
            out.people = placed(people, location)
            continue
        if location and people and is_agency_or_title(item) and not is_agency(item):
            out.people = placed(people, location)
            continue
        of_item = _OF_ITEM_RE.fullmatch(item) if people and not location else None
        if of_item:
            # "By A and B, of The Harbour Times", "By Per Lund, of Bergen": whom they work
            # for, or their town; neither a person nor (as it was) a reason to lose them
            body = of_item["body"]
            if is_organisation(body):
                _employ(people, chunk_of, chunk if semicolons else None, body)
                after_outlet = True
            elif is_known_place(body):
                out.people = placed(people, body)
            else:
                out.failed.append(original)
            continue
        house = house_author(item) if not people and not email else None
        if house:  # "By the Harbour Times editorial board": the outlet's body is the author
            people.append(Person(house, location, None, None))
            chunk_of.append(chunk)
            continue
        staffed = _OUTLET_STAFF_RE.fullmatch(item) if people and not location else None
        if staffed and outlet_staff(item):
            # "Ana Lima and Tom Ray, Harbour Times staff": the outlet they work for
            _employ(people, chunk_of, chunk if semicolons else None, staffed["outlet"])
            after_outlet = True
            continue
        if people and not location and (is_desk_title(item) or is_affiliation(item)):
            after_outlet = True
            # "By A and B, Associated Press writers": the title's outlet is theirs (it was
            # dropped with the title)
            titled = _title_outlet(item, "") if is_desk_title(item) else None
            if titled:
                _employ(people, chunk_of, chunk if semicolons else None, titled)
            continue  # "By Ana Lima, National Affairs Correspondent", "..., Harbour College"
        item, agency = _clean_name(item, role, not people, located=location is not None)
        bracket = _BRACKETED_ORG_RE.search(item) if agency is None else None
        if (
            bracket
            and not _HANDLE_OR_FIGURE_RE.search(bracket["org"])
            and looks_like_name(item[: bracket.start()], allow_single=False)
        ):
            # "By Cleo Adair (Kelp Living)", "Reporting by A (Lagos) and B (Reuters)": after
            # a full name, brackets hold her outlet or her town; the person was lost with them.
            item, location, agency, unread = _bracketed(item, bracket, location)
            if unread:
                out.failed.append(unread)
        if people and not location and TITLE_ONLY_RE.fullmatch(item):
            continue  # "By Ana Lima, political correspondent", "..., Staff Writer"
        if _NO_PERSON_RE.match(item) and not looks_like_name(item, allow_single=False):
            out.failed.append(original)  # "... and staff", "Trinidad and Tobago desk"
            continue
        if people and not location and role is not CreditRole.ADDITIONAL_REPORTING:
            ends = position == len(items) - 1
            if (
                is_agency_or_title(item)
                or looks_like_outlet(item)
                or (ends and closing_outlet(item))
                or (ends and role is CreditRole.PHOTO and picture_source(item, text, people))
            ):
                after_outlet = True
                if is_organisation(item) and not is_desk_title(item):
                    # "By Ana Lima and Tom Reed, Associated Press": everyone before it works there
                    _employ(people, chunk_of, chunk if semicolons else None, item)
                continue  # "By Ana Lima, The Harbour Times": the outlet is not a person
            photo = role is CreditRole.PHOTO
            if (
                is_region(item)
                or (after_outlet and ends and _trailing_town(item))
                or (ends and closing_town(item, text, [p.name for p in people], known_only=photo))
            ):
                # "By Ana Lima, The Harbour Times, London": a place, not a person
                out.people = placed(people, item)
                continue
        if (
            semicolons
            and people
            and not location
            and chunk_of[-1] == chunk
            and people[-1].agency is None
            and is_organisation(item)
        ):
            # "Contributing: Ana Lima, The Harbour Times; Tom Ray, Reuters": between semicolons
            # an outlet after a person is where that person works, not a contributor.
            last = people[-1]
            people[-1] = Person(last.name, last.location, last.email or email, item)
            continue
        if (role is CreditRole.ADDITIONAL_REPORTING and is_organisation(item)) or (
            not people and is_agency(item)
        ):
            # "The Associated Press contributed to this report", "-- With AFP": the agency is
            # the credit.
            name = "The" + item[3:] if item.startswith("the ") else item
            people.append(Person(name, location, email, None))
            chunk_of.append(chunk)
            continue
        if not looks_like_name(item, allow_single=allow_single or is_agency(item)):
            if _NO_PERSON_RE.match(item):
                out.failed.append(original)
                continue
            # "By Per Lund of Bergen": her town or an outlet the lists do not know (_clean_name
            # read those it knows). A town they know is her place; anything else is reported,
            # and the person kept.
            of = _OF_SUFFIX_RE.search(item) if location is None else None
            if of is None or not looks_like_name(item[: of.start()], allow_single=False):
                return None
            item, town = item[: of.start()].strip(), of["outlet"].strip()
            own_of = True  # her own "of": another's outlet does not reach back to her
            if is_known_place(town):
                location = town
            else:
                out.failed.append("of " + town)
        people.append(Person(item, location, email, agency))
        chunk_of.append(chunk)
    if not out.people:
        return out if out.failed else None
    people = out.people  # a place after the list ("..., London") made a new list
    # "A and B/EPA": an agency after the last name reaches back over the list, as a place does.
    # Not over a name with its own "of" ("A of Bergen and B of Reuters": only B is Reuters').
    if (
        not semicolons
        and not own_of
        and people[-1].agency
        and all(p.agency is None for p in people[:-1])
    ):
        _employ(people, chunk_of, None, people[-1].agency)
    # "Associated Press writers A in X and B in Y": the plural title introduces them all.
    if people[0].agency and _PLURAL_TITLE_RE.match(text):
        _employ(people, chunk_of, None, people[0].agency)
    # "A, B and C in London": a location reaches back over the names before it.
    carried: str | None = None
    for index in range(len(people) - 1, -1, -1):
        if people[index].location:
            carried = people[index].location
        elif carried:
            people[index] = _with_place(people[index], carried)
    return out


# Brackets holding a handle or a figure ("(@cleo)", "(2026)"): neither outlet nor town.
_HANDLE_OR_FIGURE_RE = re.compile(r"[@\d]")
_OUTLET_JOINS = frozenset({"of", "and", "&", "the", "de", "du"})
_OUTLET_STAFF_RE = re.compile(r"(?P<outlet>.+?)\s+(?i:staff(?:\s+(?:writers?|reporters?))?)")


def outlet_staff(item: str) -> bool:
    """ "Harbour Times staff", "Reuters staff writers": an outlet's staff after a list of
    names, the outlet they work for (read by `parse_people`), no person."""
    staffed = _OUTLET_STAFF_RE.fullmatch(item.strip())
    return staffed is not None and is_organisation(staffed["outlet"])


# An item that is "of" and an outlet or a town, set off by commas after the names.
_OF_ITEM_RE = re.compile(r"(?:of|OF)\s+(?P<body>(?:[Tt]he\s+|THE\s+)?[A-Z][^,;]{0,60})")
_DANGLING_PREP_RE = re.compile(r"\s+(?:in|IN|from|FROM|at)$")
# Words of a desk title before its head noun: "National Affairs Correspondent", "Deputy
# Political Editor", "Europe and Middle East Correspondent".
_DESK_WORDS = frozenset(
    """national international foreign political politics affairs business economics economic
    finance financial markets sports sport science health education city metro investigative
    special senior chief staff deputy associate assistant managing contributing regional state
    local court courts legal crime security defence defense diplomatic environment
    environmental climate energy culture arts tech technology digital social media consumer
    transport transportation property housing agriculture rural parliamentary white house
    europe european asia africa middle east latin america world home news entertainment music
    film food travel lifestyle features opinion data visual video weather religion labour
    labor industry employment investigations general breaking night weekend sunday and &
    u.s. us uk medical auto automotive aviation retail fashion wine markets real estate
    military education religion ap afp cp aap pa associated press""".split()
)
DESK_HEADS = frozenset(
    "writer reporter correspondent editor columnist photographer journalist critic contributor"
    " stringer".split()
)


def is_desk_title(item: str) -> bool:
    """ "National Affairs Correspondent": every word a desk's, ending in a journalist noun."""
    words = item.lower().split()
    if not words or words[-1].rstrip("s") not in DESK_HEADS:
        return False
    return all(word in _DESK_WORDS for word in words[:-1]) or outlet_title(item)


def _trailing_town(item: str) -> bool:
    """ "Leeds" closing "By Ana Lima, The Harbour Times, Leeds": a one-word town (or a known
    place) after the outlet, where a person would need a first name and a surname."""
    return looks_like_location(item) and (len(item.split()) == 1 or is_region(item))


# A job title alone, up to three words before a journalist's noun ("Staff Writer", "Senior
# political correspondent"): said after a name in a byline, it names no second person.
TITLE_ONLY_RE = re.compile(
    r"(?:[A-Za-z]+\s+){0,3}(?i:writer|reporter|correspondent|editor|columnist|photographer)s?"
)


def credits_of(role: CreditRole, people: list[Person]) -> list[Credit]:
    """Credits of `people`, each keeping the agency or outlet its line named for it ("Ana
    Lima/Reuters"), spelt as the line spells it, so a house style never re-credits the picture."""
    return [
        Credit(role=role, name=p.name, location=p.location, email=p.email, organisation=p.agency)
        for p in people
    ]


# A prefix a desk writes in its own case inside a name in capitals: "McKILLOP", "DeSANTIS",
# "LaROSE", "DiMAGGIO", "VanDYKE".
_NAME_PREFIX_RE = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)(?=[A-Z]{2})")


def _shouted(token: str) -> bool:
    """A token in capitals, "McKILLOP" and "MacDONALD" included."""
    core = _NAME_PREFIX_RE.sub("", token)
    return is_caps(core)


def _case_token(token: str, whole_caps: bool) -> str:
    if _ROMAN_RE.fullmatch(token.rstrip(",")):
        return token  # "Dustin Pike III"
    if token.upper() in _SUFFIXES:
        return _SUFFIXES[token.upper()]
    if not _shouted(token):
        return token
    if token.lower() in NAME_PARTICLES:
        return token.lower()
    if "." in token.rstrip("."):
        return token  # initials: "J.R."
    letters = sum(ch.isalpha() for ch in token)
    prefix = _NAME_PREFIX_RE.match(token)
    if prefix:  # "MacDONALD" -> "MacDonald", "DeSANTIS" -> "DeSantis": the desk wrote the
        # prefix as it should read
        return prefix.group() + proper_case(token[prefix.end() :])
    if letters >= 3 or whole_caps:
        return proper_case(token.upper())
    return token


def case_name(name: str) -> str:
    """ "ROSS McKILLOP" -> "Ross McKillop", "Amélie ROUSSEL" -> "Amélie Roussel", "Dustin Pike
    III" stays; a one-word name in capitals is an agency's acronym ("NTB") and stays."""
    tokens = name.split(" ")
    if len(tokens) < 2 or is_agency(name):
        return name
    whole_caps = all(_shouted(t) or _ROMAN_RE.fullmatch(t) for t in tokens if t)
    cased = " ".join(_case_token(t, whole_caps) for t in tokens)
    if cased != name and cased.split()[0].lower() in NAME_PARTICLES:
        cased = cased[:1].upper() + cased[1:]
    return cased


def proper_case_credits(credits: list[Credit]) -> list[Credit]:
    """All-caps names and places ("By DORA PIKE in KYIV") in proper case for display."""
    out = []
    for c in credits:
        name = case_name(c.name)
        location = c.location
        if location and is_caps(location):
            location = proper_case(location)
        if (name, location) != (c.name, c.location):
            c = replace(c, name=name, location=location)  # the organisation stays as written
        out.append(c)
    return out
