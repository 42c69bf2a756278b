"""A picture credit line read by its cue and its names, not by its shape.

The shape readers in `credits` each know one layout ("Photo: NAME/AGENCY", "AGENCY PHOTO /
NAME", ...). Pages join a picture cue to names, agencies and notes with every separator there
is: "Photos: Ana Lima | Tom Ray • Harbour Post", "Foto: Ana Lima - Agencia Sur", "ANA LIMA/AFP
photo", "Photo: Ana Lima (Pool)". When the shape readers give nothing, or drop a part, this
reader splits what follows the cue at any separator and sorts each part: a person (a known first
name, initials and a surname, or a name in capitals) is a photographer; an agency or outlet is
the credit only when no person is named ("Photo: AFP" credits AFP); a picture mark ("File",
"Pool", "Handout") is dropped; anything else is reported as unread. A part holding lower-case
words is prose, and the line is left alone ("Photo opportunities were few"). A few desk forms
are read too: a chain of agencies after the photographer ("Photo by Ana Lima/Harbour Wire/
Skyline Features"), the site or outlet after "on", "from" or "for" ("Photo by Ana Lima on
Snapstock", "© Ana Lima for The Harbour Times"), the photographer's title after a slash ("Ana
Lima/Staff Photographer"), a file-photo mark before the cue's bar ("File Photo | A Lima, HPS").
"""

from __future__ import annotations

import re

from app.core.analysis.credit_names import looks_like_outlet
from app.core.analysis.credit_organisations import COPYRIGHT_RE, is_agency, organisation_name
from app.core.analysis.credit_person import in_capitals, is_person, is_prose_part
from app.core.analysis.credit_picture_sources import library_name
from app.core.analysis.entities import PERSON, UNKNOWN, kind_of_name
from app.core.analysis.news_agencies import PICTURE_MARKS
from app.core.analysis.wordnet_words import is_lemma

# The cue before the credit, with its separator: "Photo:", "Photos by", "Image credit -",
# "Foto:", "Bild:". A cue with no separator is a word of a sentence ("Image is ..."). A
# copyright mark is left to credit_bare, which credits no one for a paper's copyright.
_LEAD_CUE_RE = re.compile(
    r"^(?:(?:file\s+)?(?:photos?|pictures?|pics?|images?|fotos?|bild(?:er)?|photography)"
    r"(?:\s+credits?)?|credits?)\s*(?::|\bby\b|[-–—|/](?=\s))\s*",
    re.I,
)
# The same cue after a paper's name and a slash or bar ("Harbour Post | Photo: ...").
_MID_CUE_RE = re.compile(
    r"\s*[/|•]\s*(?:photos?|pictures?|images?|fotos?)(?:\s+credits?)?\s*(?::|\bby\b)\s*", re.I
)
# The cue after the credit: "ANA LIMA/AFP photo", "Ana Lima / Harbour Post photo".
_TAIL_CUE_RE = re.compile(r"^(?P<body>[^/]+/[^/]+?)\s+(?:photos?|foto)\s*\.?$", re.I)
# Separators between the parts of a credit.
_SPLIT_RE = re.compile(
    r"\s*(/)\s*|\s*(?:[|•·;,()\[\]]|\s[-–—&+]\s|\band\b|\bund\b|\by\b|\bet\b)\s*"
)
# "(Ana Lima/Staff Photographer)", "Ana Lima/Assistant Photo Editor": a college or local
# paper's picture credit, the photographer's title after the slash instead of a cue.
_TITLE_TAIL_RE = re.compile(
    r"^(?P<body>[^/]+?)\s*/\s*(?:[A-Za-z]+\s+){0,2}?"
    r"(?i:photo(?:graphy)?\s+(?:editor|intern|director|chief)|photographer|photojournalist)s?$"
)
# "Ana Lima for The Harbour Times" (a freelance's credit, the outlet after "for"); after a
# "Photo by" cue, "Ana Lima on Snapstock", "Ana Lima from Snapstock": the free picture site.
_FOR_OUTLET_RE = re.compile(
    r"^(?P<name>.+?)\s+for\s+(?P<outlet>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|the\s+)?"
    r"[A-Z][\w&'’.-]*){0,4})$"
)
_ON_SITE_RE = re.compile(r"^(?P<name>.+?)\s+(?:on|from)\s+(?P<outlet>[A-Z][\w.-]*)$")
# "A Varga", "R K Varga": initials with no stops before one surname, as South Asian papers
# write their photographers; read as a person only after a picture cue (`_initials_surname`).
_INITIALS_SURNAME_RE = re.compile(r"^(?:[A-Z]\.?\s+){1,2}[A-Z][a-z]{2,}$")
# Last words of a picture desk's or syndicate's name ("Rex Features", "Tom Ray Syndication").
_DESK_NAME_WORDS = frozenset(
    "features syndicate syndication wire press pictures images photos agency news".split()
)
_MAX_LINE = 160
# Every cue above holds one of these (lower case).
_CUE_WORDS = ("phot", "pic", "imag", "foto", "bild", "credit", "©", "(c)")
_MAX_PART_WORDS = 5


def photo_scan(line: str) -> tuple[list[str], list[str], list[str | None]] | None:
    """(photo credit names, unread parts, each name's organisation) of a line holding a picture
    cue; None when the line has no cue, or a part reads as prose. Names keep the line's case;
    the caller proper-cases. A source after a photographer (after a slash, "for", "on") is that
    photographer's organisation, a chain of them joined as written ("Harbour Wire/Skyline
    Features"); a source before any photographer ("Harbour Post | Photo: Ana Lima") is the next
    photographer's. When no one is named the sources are the credit, with no organisation."""
    text = line.strip()
    if not text or len(text) > _MAX_LINE:
        return None
    lowered = text.lower()
    if not any(word in lowered for word in _CUE_WORDS):
        return None  # cheap: most lines the credit reader sees hold no picture cue
    while len(text) >= 2 and text[0] in "([" and text[-1] in ")]":
        text = text[1:-1].strip()
    text = text.rstrip(".").strip()
    mark = COPYRIGHT_RE.match(text)
    if mark:
        text = text[mark.end() :]
    lead = _LEAD_CUE_RE.match(text)
    mid = None if lead else _MID_CUE_RE.search(text)
    tail = None if lead or mid else _TAIL_CUE_RE.match(text)
    titled = None if lead or mid or tail or mark else _TITLE_TAIL_RE.match(text)
    if lead:
        body = text[lead.end() :]
        after_cue = COPYRIGHT_RE.match(body)
        if after_cue:  # "Photo: © Ana Lima"; "Photo: © 2026 The Harbour Times" credits no one
            body = body[after_cue.end() :]
            mark = mark or after_cue
    elif mid:
        # "Harbour Post | Photo: Ana Lima", "© Harbour Weekly/Photo by Ana Lima": the paper,
        # then the cue and the photographer
        body = f"{text[: mid.start()]} | {text[mid.end() :]}"
    elif tail:
        body = tail["body"]
    elif titled:
        body = titled["body"]  # the title is dropped: it says a photographer took it
    elif mark:
        body = text  # "© Ana Lima/AGENCY": the holder of the copyright took the picture
    else:
        return None
    people: list[str] = []
    outlets: list[str] = []
    employers: list[list[str]] = []  # each person's sources, in line order
    pending: list[str] = []  # sources read before any person
    failed: list[str] = []
    after_slash = False
    chained = False  # the last part was a source after a slash: the chain of agencies runs on
    for part in _SPLIT_RE.split(body):
        if part == "/":
            after_slash = True
            continue
        part = (part or "").strip(" .:-–—")
        if not part:
            continue
        outlet = _FOR_OUTLET_RE.match(part) or (_ON_SITE_RE.match(part) if lead else None)
        if outlet and _kind(outlet["name"]) in ("person", "capitals"):
            # "© Ana Lima for The Harbour Times", "Photo by Ana Lima on Snapstock": the outlet
            # or site that ran the picture is no second photographer
            outlets.append(outlet["outlet"])
            pending.append(outlet["outlet"])  # the photographer read next is this part
            part = outlet["name"]
        kind = _kind(part)
        if kind is None:
            return None
        if after_slash and chained and people and kind == "person" and _desk_name(part):
            # "Photo by Ana Lima/Harbour Wire/Rex Features/Snapstock": after a photographer and
            # an agency, a part named as a picture desk is a further agency, though "Rex
            # Features" reads as a name ("Ana Lima/AFP/Tom Ray/Reuters" credits Tom Ray)
            kind = "outlet"
        if after_slash and people and kind in ("capitals", "unread") and len(part.split()) <= 3:
            # "Photo: Ana Lima / HARBOUR POST", "© Ana Lima/VII": after a photographer, the
            # part after a slash is the agency or paper (NAME/AGENCY), not a second person
            kind = "outlet"
        elif kind == "capitals":
            kind = "person"
        chained = after_slash and kind == "outlet"
        after_slash = False
        if kind == "person":
            people.append(part)
            employers.append(pending)
            pending = []
        elif kind == "outlet":
            outlets.append(part)
            if employers:
                employers[-1].append(part)
            else:
                pending.append(part)
        elif kind == "unread":
            failed.append(part)
    filed = lead is not None and lead.group().lower().startswith("file")
    if not people and (tail or mark or filed):
        # "REUTERS/File Photo": a wire's archive mark names no photographer; "© 2026 The
        # Harbour Post": a paper's copyright is no picture credit (credit_bare); "(File Photo |
        # Reuters)": the wire's archive picture, no photographer
        return None
    if not people:
        return (outlets, failed, [None] * len(outlets)) if outlets else None
    return people, failed, [organisation_name("/".join(chain)) for chain in employers]


def _kind(part: str) -> str | None:
    """'person', 'capitals', 'outlet', 'mark' or 'unread'; None when the part is prose.

    The person test is the one the byline scan shares (`credit_person.is_person`): a known first
    name, or initials before a surname in capitals. A name in capitals with no known first name
    ("KORVAN DESH") is 'capitals': a photographer, unless it follows a photographer after a
    slash, where it is the agency (see `photo_scan`)."""
    if part.lower() in PICTURE_MARKS:
        return "mark"
    words = part.split()
    if len(words) > _MAX_PART_WORDS or is_prose_part(part):
        return None
    if is_agency(part) or looks_like_outlet(part) or library_name(part):
        return "outlet"  # ("Kestrel Images": a picture library)
    if is_person(part) or _initials_surname(part):
        return "person"
    if len(words) <= 4 and in_capitals(part) and is_person(part, known_first=False):
        return "capitals"
    return "unread"


def _initials_surname(part: str) -> bool:
    """ "A Varga", "R K Varga": initials with no stops before a surname that is no English
    word, so "Photo: A Handout" or "Image: A Sunset" credit no one."""
    return (
        _INITIALS_SURNAME_RE.match(part) is not None
        and not is_lemma(part.split()[-1].lower())
        and kind_of_name(part) in (PERSON, UNKNOWN)
    )


def _desk_name(part: str) -> bool:
    """ "Rex Features", "Harbour Press Wire": a name whose last word names a picture desk."""
    words = part.split()
    return 2 <= len(words) <= 4 and words[-1].lower() in _DESK_NAME_WORDS
