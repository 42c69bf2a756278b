"""An agency's byline with the place it filed from: "PTI, Tarnowo", "PTI Tarnowo (KA) Published
14.03.25, 09:12 AM".

Sites running wire copy (Indian papers above all) set the agency where the byline goes, then the
town the story was filed from, maybe with its state's code in brackets and the page's
publication stamp: the agency is the byline, the town its place, as in "By Reuters in Tarnowo".
Without this, the town was left unread or the whole line was.

Guards, since the importer asks this of short body paragraphs: the line opens with a wire agency
and holds nothing else but the place and the stamp; the place is one to three capitalised words
that read as a place and, unless the place lists know it ("PTI, Sydney"), do not open with a
known first name ("AFP, Ana Lima" names a writer), and it is either one the place lists know, or
followed by a state code in brackets, or set off from the agency by a comma or a bar ("Reuters
Breakingviews", "Bloomberg Opinion": an agency's unit, run on with no mark, is no place); it is
no outlet, desk or picture word ("AFP Photo", "Reuters Graphics").
"""

from __future__ import annotations

import re

from app.core.analysis.credit_names import looks_like_location, looks_like_outlet
from app.core.analysis.credit_places import is_known_place
from app.core.analysis.credit_stamps import STAMP_DATE
from app.core.analysis.first_names import is_first_name
from app.core.analysis.news_agencies import AGENCY_KEYS, WIRE_AGENCIES, agency_alternation
from app.core.model import Credit, CreditRole

_AGENCY_PLACE_RE = re.compile(
    rf"^(?P<agency>{agency_alternation(WIRE_AGENCIES)})(?P<mark>\s*[,|·•]\s*|\s+)"
    r"(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
    r"(?P<code>\s*\([A-Z]{2,3}\))?"
    rf"(?:\s*[,|·•–—-]?\s*(?:(?:[Uu]pdated|[Pp]ublished|[Pp]osted)(?:\s+on)?\s*:?\s*)?{STAMP_DATE})?"
    r"\.?$"
)
_AGENCY_RE = re.compile(rf"{agency_alternation(WIRE_AGENCIES)}\b")
# An agency, a town of three words, a state code and a page's stamp fit; a longer line is prose.
_MAX_LINE = 90
# Words of a unit or a picture, not of a place: "AFP Photo", "Reuters Graphics", "AP Staff".
_NOT_PLACES = frozenset(
    """photo photos pictures picture images image graphics video videos staff desk bureau
    opinion news wire newswire explains files file pool handout""".split()
)


def may_be_agency_place(line: str) -> bool:
    """The cheap test before `agency_place_byline`: a short line opening with a wire agency."""
    return (
        len(line) <= _MAX_LINE
        and line.lstrip()[:1].isupper()
        and bool(_AGENCY_RE.match(line.lstrip()))
    )


def agency_place_byline(line: str) -> Credit | None:
    """The agency of "PTI, Tarnowo" with its place; None when the line is not of that form."""
    line = line.strip()  # " PTI, Tarnowo": a pasted line's leading space, as the cheap test allows
    if len(line) > _MAX_LINE or not line[:1].isupper():
        return None
    match = _AGENCY_PLACE_RE.match(line)
    if match is None:
        return None
    place = match["place"]
    words = place.lower().split()
    if (
        any(word in _NOT_PLACES for word in words)
        or place.lower() in AGENCY_KEYS  # "Associated Press, Reuters": two agencies
        or not looks_like_location(place)
        or looks_like_outlet(place)
    ):
        return None
    known = is_known_place(place)
    if not known and is_first_name(place.split()[0]):
        return None  # "AFP, Ana Lima": a writer after the agency, not a place
    if not (known or match["code"] or match["mark"].strip()):
        return None
    location = place + (f" ({match['code'].strip()[1:-1]})" if match["code"] else "")
    return Credit(CreditRole.BYLINE, match["agency"], location)
