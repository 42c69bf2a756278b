"""Datelines: split "WASHINGTON, Nov 17 (Reuters) -" off the start of a story's first paragraph."""

from __future__ import annotations

import re
from typing import NamedTuple

from app.core.analysis.calendar_words import MONTHS, OTHER_LANGUAGE_MONTHS, WEEKDAYS
from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.credit_places import is_region
from app.core.analysis.dateline_foreign import foreign_town
from app.core.analysis.dateline_words import (
    GIVEN_NAME_PLACE_HEADS,
    LABEL_WORDS,
    NOT_PLACES,
    SENTENCE_WORDS,
    is_label,
    town_shape,
)
from app.core.analysis.entities import PLACES, PLACES_MULTI
from app.core.analysis.first_names import is_first_name
from app.core.model import Dateline

# A dateline never runs longer than this; looking further only costs time on huge pastes.
_SCAN_CHARS = 240

_PLACE_WORD = r"[^\W\d_][^\W\d_.'’\-]*(?:[.'’\-][^\W\d_]*)*\.?"
# Month names in any case ("NOV. 17", "4th JUNE 2021"), and a day with or without its ordinal
# ending ("April 24th"); after a day's number, the month names of other languages too.
_MONTH = rf"(?:(?i:{MONTHS})(?![^\W\d_]))"
_OTHER_MONTH = rf"(?:(?i:{OTHER_LANGUAGE_MONTHS})(?![^\W\d_]))"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_MONTH}\.?\s{{1,3}}{_DAY}(?:,?\s{{1,3}}\d{{4}})?"
    rf"|{_DAY}\.?\s{{1,3}}(?:de\s)?(?:{_MONTH}|{_OTHER_MONTH})\.?(?:(?:,|\sde)?\s{{1,3}}\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|(?:{WEEKDAYS}))"
)

# ", Ukraine" after the place: a state or a country, never a date ("KYIV, May 5").
_REGION = (
    rf"(?:,[ ]{{1,3}}(?!(?:{_MONTH}|{WEEKDAYS})\b)"
    rf"(?P<region>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}))?"
)

_DATELINE_RE = re.compile(
    rf"""
    (?P<place>{_PLACE_WORD}(?:[ /]{_PLACE_WORD}){{0,4}})
    {_REGION}
    # ANI: "New Delhi [India]", "Korrapur (Tansa) [India]" (the state in parentheses first)
    (?:[ ]\((?P<state>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,2}})\)(?=[ ]\[))?
    (?:[ ]\[(?P<bracket>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}})\])?
    (?:,?[ ]{{1,3}}(?P<date>{_DATE})
       |[ ]{{1,3}}[—–][ ]{{1,3}}(?P<dash_date>{_DATE})(?=[ ]{{0,3}}:))?  # "DOHA — NOV. 17:"
    # the agency, or a broadcaster that leads with its channel ("(12 News)")
    (?:,?[ ]{{0,3}}\((?P<agency>(?:\d{{1,3}}[ ]?)?[^\W\d_][\w.&'’ /\-]{{0,40}})\)(?:\.(?=-))?
       |[ ]{{1,3}}/(?P<wire>[^\W\d_][\w.&'’ \-]{{0,40}})/
       # Ghana News Agency and others: "Tamale, May 19, GNA –", the agency bare after the date
       |,[ ]{{1,3}}(?P<bare_agency>[A-Z]{{2,8}})(?=[ ]{{0,3}}(?:--|—|–|-)))?
    [ ]{{0,3}}(?P<sep>--|—|–|-|:|(?<=\))(?=[ ]{{1,3}}[A-Z]))
    [ \t]*
    """,
    re.VERBOSE,
)

_AGENCY_ONLY_RE = re.compile(
    r"\((?P<agency>[^\W\d_][\w.&'’ \-]{0,40})\)[ ]{0,3}(?:--|—|–|-|:)[ \t]*"
)
# A story with no place: "Feb 5 (Reuters) -", "March 3 (AP) —" (the wire's own form then).
# A date, then the agency-only form above.
_DATE_AGENCY_RE = re.compile(rf"(?P<date>{_DATE})[ ]{{0,3}}" + _AGENCY_ONLY_RE.pattern)
_FULL_DATE_RE = re.compile(_DATE)
# A dateline printed as a paragraph of its own, the story under it: "New Delhi, May 20".
_ALONE_RE = re.compile(
    rf"""
    (?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,4}})
    {_REGION}
    ,?[ ]{{1,3}}(?P<date>{_DATE})
    """,
    re.VERBOSE,
)
_MAX_ALONE = 60


class DatelineMatch(NamedTuple):
    """A dateline found at the start of a paragraph, and where the paragraph's own text starts."""

    dateline: Dateline
    offset: int


def _is_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _is_title_words(text: str) -> bool:
    # "Newfoundland and Labrador", "Bosnia and Herzegovina": joining words stay lower case
    words = text.split()
    return (
        bool(words)
        and words[0][0].isupper()
        and all(word[0].isupper() or word in _JOINERS for word in words)
    )


_JOINERS = frozenset({"and", "of", "the", "de", "del", "do", "da"})


def _starts_sentence(rest: str) -> bool:
    """The text after a dateline starts a sentence; "NATO — the alliance" does not qualify."""
    if not rest:
        return True
    first = rest[0]
    return not first.islower()


def _known_place(text: str) -> bool:
    if "/" in text:  # "Bangkok/Jakarta": two places, each known
        return all(_known_place(part) for part in text.split("/"))
    words = text.lower().replace(".", "").split()
    return " ".join(words) in PLACES_MULTI or (len(words) == 1 and words[0] in PLACES)


def _known_place_or_region(place: str, region: str | None) -> bool:
    """A place the lists know ("Toledo"), or any place before a known state or country
    ("Kyiv, Ukraine"): what a title-case dateline needs."""
    return _known_place(place) or bool(region and (_known_place(region) or is_region(region)))


# Last words of a town's name: "Gaza City", "Palm Beach", "Sioux Falls".
_TOWN_HEADS = frozenset(
    "city town beach springs falls island bay harbor harbour heights park valley port village "
    "creek lake hills bluffs rapids junction crossing".split()
)


def _ends_sentence(text: str) -> bool:
    """A paragraph, not a headline: it ends as a sentence does."""
    tail = text[-400:].rstrip().rstrip('"”’)')
    return tail.endswith(".") and len(text.split()) >= 6


def _unknown_town(place: str, sep: str, text: str) -> bool:
    """ "Bendigo – A fire closed the bridge.": a title-case place the lists do not know, taken
    only before a spaced dash, as one word (or a town's name such as "Gaza City") that is not a
    label or a sentence word, when the paragraph ends as a sentence (headlines do not); a town
    of two or three words before a lede in another language (`dateline_foreign`) too."""
    words = place.split()
    if sep not in ("—", "–") or len(words) > 3 or not _ends_sentence(text):
        return False
    if len(words) > 1 and words[-1].lower() not in _TOWN_HEADS:
        # "Den Korvel – De gemeente ...": two or three words before a lede in another language
        return town_shape(place) and foreign_town(place, text.lstrip()[len(place) :])
    first = words[0]
    return len(first) >= 3 and first.upper() not in NOT_PLACES and not first.endswith("ly")


# A no-break, thin or figure space a page sets between the place and its dash ("LONDON\u00a0—"):
# read as the space it shows (the dateline was missed and left in the story's first words).
_HARD_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u202f", " "))


def parse_dateline(text: str) -> DatelineMatch | None:
    """Find a dateline at the very start of `text`, or None.

    Rules that keep ordinary sentences out: without an agency in parentheses the place must be
    in capitals (and not a label such as BREAKING or an acronym such as NATO); the separator is a
    dash (or a colon for "NEW DELHI:"); and what follows starts a sentence.
    """
    head = text[:_SCAN_CHARS].translate(_HARD_SPACES)  # one for one: the offset holds
    lead = len(head) - len(head.lstrip())
    head = head[lead:]
    if not head:
        return None
    agency_only = _AGENCY_ONLY_RE.match(head)
    if agency_only:
        rest = head[agency_only.end() :]
        if _starts_sentence(rest):
            return DatelineMatch(
                Dateline(agency=agency_only["agency"].strip()), lead + agency_only.end()
            )
        return None
    if head[:1].isalnum() and "(" in head[:40]:
        dated = _date_agency(head)
        if dated is not None:
            return DatelineMatch(dated[0], lead + dated[1])
    if head[:1].isalnum() and "(" in head[:80]:  # the date-first form needs its agency
        first = _date_first(head)
        if first is not None:
            return DatelineMatch(first.dateline, lead + first.offset)
    match = _DATELINE_RE.match(head)
    if not match:
        if head.startswith("Reporting from "):
            alone = _reporting_from(head)
        else:
            alone = _dateline_alone(head) if len(head) <= _MAX_ALONE and "," in head else None
        return DatelineMatch(alone, len(text)) if alone else None
    place = match["place"]
    if place.split()[0] in ("By", "BY"):
        return None  # "By Ana Holt Jakarta, July 15 (ANTARA) -": a byline run into the dateline
    region = match["region"] or match["bracket"]
    if match["state"]:
        region = f"{match['state']}, {region}"
    date = match["date"] or match["dash_date"]
    agency = match["agency"] or match["wire"]  # "NEW YORK, May 5, 2025 /PRNewswire/ --"
    if match["bare_agency"]:
        # a bare agency only after a date, and never a word of a sentence or a desk's label
        bare = match["bare_agency"]
        if not date or bare in SENTENCE_WORDS or bare in NOT_PLACES:
            return None
        agency = bare
    if agency and not date and _FULL_DATE_RE.fullmatch(agency.strip()):
        # "KUALA LUMPUR (June 11): ...": the date in parentheses, no agency.
        date, agency = agency, None
    sep = match["sep"]
    if not sep and not (date or _is_caps(place)):
        return None  # "New Delhi, Jan 5 (PTI) The ...": no dash only after a date or capitals
    rest = head[match.end() :]
    if not _starts_sentence(rest) or (not rest and sep == "-" and not agency):
        return None
    if agency:
        if not (_is_caps(place) or _is_title_words(place)):
            return None
    elif not _is_caps(place):
        # "Toledo –", "Kyiv, Ukraine —": a dateline in title case, without an agency, is
        # taken only for a known place (or a known state or country after the comma) and a
        # dash, so "However — ..." and "Analysis – ..." stay sentences.
        if not _is_title_words(place) or is_label(place):
            return None
        if sep in ("—", "–", "--") and not date:
            if not (_known_place_or_region(place, region) or _unknown_town(place, sep, text)):
                return None
        elif (
            sep == "-" and not date and head[match.start("sep") - 1 : match.end("sep") + 1] == " - "
        ):
            # "Jakarta - ...": the spaced hyphen of dpa's and other wires' English services,
            # for a place the lists know that is no given name ("Jordan - The guard scored"),
            # in a paragraph that ends as a sentence.
            if not (_known_place_or_region(place, region) and _ends_sentence(text)):
                return None
            if is_first_name(place.split()[0]):
                return None
        elif not _title_dated_or_colon(place, region, sep, date, text):
            return None
    else:
        if sum(ch.isalpha() for ch in place) < 3:
            return None
        if is_label(place):
            return None
        if not (agency or date or region) and any(
            word in SENTENCE_WORDS for word in place.split()[1:]
        ):
            return None  # "LONDON IS CALLING — ...": a shouted phrase, not a place
        # "KARACHI: ..." (South Asian papers) but "WARNING: ...": one unknown word must be
        # long enough, not a label, and open a whole sentence.
        single = not (date or region or " " in place or _known_place(place))
        if sep == ":" and single and (len(place) < 4 or not _ends_sentence(text)):
            return None
    if region and not (_is_title_words(region) or _is_caps(region)):
        return None
    full_place = f"{place}, {region}" if region else place
    dateline = Dateline(
        place=full_place.strip(),
        date=date.strip() if date else None,
        agency=agency.strip() if agency else None,
    )
    return DatelineMatch(dateline, lead + match.end())


def _title_dated_or_colon(
    place: str, region: str | None, sep: str, date: str | None, text: str
) -> bool:
    """ "Lagos, Nigeria, May 20 — ...", "New Delhi, May 20: ...", "Islamabad: ...": a dateline
    in title case with a date or a colon (South Asian and African papers' style), taken for a
    place the lists know (or a known state or country after the comma; a colon with no date
    needs the place itself known, or named as a place in the paragraph) when the paragraph ends
    as a sentence."""
    if sep not in ("—", "–", "--", ":"):
        return False
    if sep == ":" and not date:
        if len(text.split()) < _LEDE_WORDS:
            return False  # "Washington: What the deal means for you.": a deck, not a lede
        if not (_known_place(place) or _placed_in_text(place, text)):
            return False
        return _ends_sentence(text)
    known = _known_place_or_region(place, region) or _dated_town(place, date)
    return known and _ends_sentence(text)


# "in Korrapur", "near Korrapur": the paragraph itself names the word before the colon as a place.
_PLACE_PREPOSITIONS = ("in", "at", "near", "from", "outside", "across", "around")


def _placed_in_text(place: str, text: str) -> bool:
    """ "Korrapur: A crowd blocked a road ..., a police official in Korrapur said.": a title-case
    town the lists do not know, taken before a colon when the same paragraph puts something "in",
    "at" or "near" it; a speaker's label ("Peschke: Thank you ...") or a kicker ("Cricket: ...")
    is never written so."""
    if not town_shape(place) or place not in text[len(place) :]:
        return False
    placed = rf"\b(?:{'|'.join(_PLACE_PREPOSITIONS)}) {re.escape(place)}(?![^\W\d_]|[ ][A-Z])"
    return re.search(placed, text) is not None


def _dated_town(place: str, date: str | None) -> bool:
    """ "Korrapur, Nov 3: ...", "Bendigo, May 20 — ...": a title-case town the lists do not know,
    taken when a date with its day follows it (Indian and African papers print their datelines
    so); a label ("Update, May 20:"), a given name ("Tom, May 20:") or a phrase with a sentence
    word stays text."""
    if not date or not any(ch.isdigit() for ch in date):
        return False
    return town_shape(place)


# A lede runs longer than a deck or a subhead; "Islamabad: ..." with no date needs one.
_LEDE_WORDS = 15

# "Reporting from Kyiv, Ukraine": the dateline printed on a line of its own over the story
# (a form some papers now use on the web instead of the capitals).
_REPORTING_FROM_RE = re.compile(
    rf"Reporting from (?P<place>{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,4}}){_REGION}\.?"
)


def _reporting_from(head: str) -> Dateline | None:
    """ "Reporting from London" as the whole paragraph: its place, when the lists know it (or
    the state or country after it)."""
    match = _REPORTING_FROM_RE.fullmatch(head.rstrip())
    if not match or not _is_title_words(match["place"]):
        return None
    place, region = match["place"], match["region"]
    if not _known_place_or_region(place, region):
        return None
    return Dateline(place=f"{place}, {region}" if region else place)


def _dateline_alone(head: str) -> Dateline | None:
    """ "New Delhi, May 20" as the whole paragraph: a place in capitals or a known place (or a
    known state or country after the comma), then a date with its day; "Tom Ray, May 20" and
    "Thanks, Monday" stay text."""
    match = _ALONE_RE.fullmatch(head.rstrip().rstrip("."))
    if not match or not any(ch.isdigit() for ch in match["date"]):
        return None
    place, region = match["place"], match["region"]
    if is_label(place):
        return None
    if _is_caps(place):
        known = sum(ch.isalpha() for ch in place) >= 3 and not _caps_not_place(place)
    else:
        known = _is_title_words(place) and _known_place_or_region(place, region)
    if not known or (region and not (_is_title_words(region) or _is_caps(region))):
        return None
    full_place = f"{place}, {region}" if region else place
    return Dateline(place=full_place, date=match["date"].strip())


def _caps_not_place(place: str) -> bool:
    """ "FOR IMMEDIATE RELEASE, May 20" (a label) and "ANA LIMA, May 20" (a letter writer's
    name, a given name first) printed alone in capitals are no dateline; "PORT ELLIS, May 20",
    "VIRGINIA BEACH, May 20" and a place the lists know stay one."""
    words = place.upper().split()
    if any(word in LABEL_WORDS for word in words):
        return True
    return (
        len(words) >= 2
        and words[0] not in GIVEN_NAME_PLACE_HEADS
        and words[-1].lower() not in _TOWN_HEADS
        and is_first_name(words[0].title())
        and not _known_place(place)
    )


def _date_agency(head: str) -> tuple[Dateline, int] | None:
    """ "Feb 5 (Reuters) - ...": a date and a known agency, no place, a sentence after."""
    match = _DATE_AGENCY_RE.match(head)
    if not match or not is_agency(match["agency"]) or not _starts_sentence(head[match.end() :]):
        return None
    return Dateline(date=match["date"].strip(), agency=match["agency"].strip()), match.end()


_DATE_FIRST_RE = re.compile(rf"(?P<date>{_DATE})[ ]{{1,3}}(?=[^\W\d_])")


def _date_first(head: str) -> DatelineMatch | None:
    """ "June 4, 2009 Korrapur, Kenya (Pana) - ...": the date printed before the place (a form of
    PANA and some African desks), taken only when an agency follows the place and the place
    carries no date of its own."""
    first = _DATE_FIRST_RE.match(head)
    if not first or not any(ch.isdigit() for ch in first["date"]):
        return None
    found = parse_dateline(head[first.end() :])
    if found is None or not (found.dateline.place and found.dateline.agency):
        return None
    if found.dateline.date:
        return None
    dateline = Dateline(
        place=found.dateline.place, date=first["date"].strip(), agency=found.dateline.agency
    )
    return DatelineMatch(dateline, first.end() + found.offset)


# In the analysis's view of a body (markup.blank_markup) a dateline's marks read as blanks:
# "**ORVEL**, England —" as "  ORVEL  , England —".
_BLANKS_RE = re.compile(r"[ ]{2,}")


def parse_blanked_dateline(text: str) -> DatelineMatch | None:
    """parse_dateline of a paragraph whose markup was blanked one for one (the analysis's view,
    where "***ORVEL, England*** —" and a link around the place read as runs of spaces): the
    runs are read as the one space (or none, before a comma) the printed page shows, and the
    offset is given in `text`. Text with no run of blanks is read as parse_dateline reads it."""
    found = parse_dateline(text)
    if found is not None or "  " not in text[: _SCAN_CHARS // 2]:
        return found
    lead = len(text) - len(text.lstrip(" "))
    kept: list[str] = []
    offsets: list[int] = []
    at = lead
    for match in _BLANKS_RE.finditer(text, lead):
        kept.append(text[at : match.start()])
        offsets.extend(range(at, match.start()))
        if text[match.end() : match.end() + 1] not in (",", ".", ":", ";", ")"):
            kept.append(" ")
            offsets.append(match.end() - 1)
        at = match.end()
    kept.append(text[at:])
    offsets.extend(range(at, len(text) + 1))
    found = parse_dateline("".join(kept))
    if found is None:
        return None
    return DatelineMatch(found.dateline, offsets[found.offset])


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """The dateline (if any) and the paragraph without it, as the importers need them."""
    found = parse_dateline(paragraph)
    if found is None:
        return None, paragraph
    return found.dateline, paragraph[found.offset :]


def parse_dateline_field(value: str) -> Dateline | None:
    """A dateline given on its own (front matter, a form field): no dash needed after it."""
    value = value.strip()
    if not value:
        return None
    found = parse_dateline(value.rstrip(" -–—:") + " -")
    if found is not None:
        return found.dateline
    return Dateline(place=value)


def format_dateline(dateline: Dateline, dash: str = "—") -> str:
    """Render a dateline back to the form it is usually printed in ("KYIV, Ukraine (AP) —")."""
    text = dateline.place or ""
    if dateline.date:
        text = f"{text}, {dateline.date}" if text else dateline.date
    if dateline.agency:
        text = f"{text} ({dateline.agency})" if text else f"({dateline.agency})"
    return f"{text} {dash}".strip() if text else ""
