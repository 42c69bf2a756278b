"""One credit line's part read by its cues ("Reporting by ...", "Photo: ..."), by a sentence
form, by a slash credit, or as a byline written without "By" ("Ana Lima, Reuters")."""

from __future__ import annotations

import re

from app.core.analysis.credit_cues import cue_segments, english_byline
from app.core.analysis.credit_desk_titles import (
    DESK_HEADS,
    TITLE_ONLY_RE,
    is_desk_title,
    outlet_staff,
)
from app.core.analysis.credit_forms import parse_sentence_form
from app.core.analysis.credit_joint_cues import split_joint_cue
from app.core.analysis.credit_line import CreditLine, reads_as_prose
from app.core.analysis.credit_names import looks_like_outlet
from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.credit_outlet_label import outlet_label
from app.core.analysis.credit_people import parse_people
from app.core.analysis.credit_person_records import credits_of
from app.core.analysis.credit_slash import slash_photo_credit
from app.core.analysis.news_agencies import PICTURE_MARKS
from app.core.model import Credit, CreditRole

__all__ = ["may_be_bare_byline", "read_part"]


# A byline with no "By" sets the names off from an agency, outlet or title: "Ana Lima, Reuters",
# "Ana Lima | The Harbour Times", "Ana Lima and Tom Ray, Associated Press, Leeds".
_NO_CUE_SEPARATORS_RE = re.compile(r"\s*[,|·•]\s*")
_MAX_NO_CUE = 160
# "Staff writer Ana Lima", "Chief political correspondent Ana Lima": a desk title leading.
_DESK_LEAD_RE = re.compile(
    rf"^(?P<title>(?:[\w.&-]+\s+){{0,3}}?(?i:{'|'.join(sorted(DESK_HEADS))})s?)\s+(?=[A-Z])"
)


def _no_cue_byline(text: str) -> CreditLine | None:
    """A byline written without "By": names, then an agency, an outlet or a desk title (and
    maybe a town); or a desk title, then names. Each name needs two words, so "Leeds, Reuters"
    and "Police, fire crews" stay out."""
    if len(text) > _MAX_NO_CUE or text.endswith((".", "?", "!", ":")):
        return None
    lead = _DESK_LEAD_RE.match(text)
    if lead and is_desk_title(lead["title"]):
        body = text[lead.end() :]
    else:
        parts = _NO_CUE_SEPARATORS_RE.split(text)
        if len(parts) < 2 or not any(_credits_a_desk(part) for part in parts[1:3]):
            return None
        body = ", ".join(parts)
    read = parse_people(body, CreditRole.BYLINE, allow_single=False)
    if read is None or not read.people or read.failed:
        return None
    if any(
        len(person.name.split()) < 2
        or is_agency(person.name)
        or looks_like_outlet(person.name)
        or person.name.lower() in PICTURE_MARKS  # "(File Photo | PTI)": no one
        for person in read.people
    ):
        return None  # "Associated Press, Reuters", "The Harbour Times, The Ledger": no person
    return CreditLine(credits_of(CreditRole.BYLINE, read.people))


def _credits_a_desk(part: str) -> bool:
    """ "Reuters", "The Harbour Times", "Staff Writer": what follows a name in a bare byline."""
    if not part[:1].isupper():
        # "Tom Ray, a reporter at the plant": prose, not a byline; "Ana Lima, harbournews.com":
        # a site's address in its own case names the outlet
        return " " not in part and "." in part and looks_like_outlet(part)
    return (
        is_agency(part)
        or looks_like_outlet(part)
        or is_desk_title(part)
        or bool(TITLE_ONLY_RE.fullmatch(part))
        or outlet_staff(part)  # "A, B, Harbour Times staff": the outlet they work for
    )


def may_be_bare_byline(line: str) -> bool:
    """The cheap test before `_no_cue_byline`: a short line with a separator or a desk title."""
    if len(line) > _MAX_NO_CUE:
        return False
    lowered = line.lower()
    return any(mark in line for mark in ",|·•") or any(word in lowered for word in DESK_HEADS)


# "Compiled by Ana Lima from Reuters reports", "... from AP and AFP dispatches": the agencies
# whose copy the compiler worked from ("from agency reports", naming none, is a note: credit_people)
_FROM_AGENCY_REPORTS_RE = re.compile(
    r",?\s+(?:from|with)\s+(?P<agencies>[A-Z][\w.&'’ ,-]{1,60}?)\s+(?i:reports|dispatches)\.?$"
)
_AGENCY_JOIN_RE = re.compile(r"\s*(?:,\s*and\s+|,|&|\band\b)\s*")


def read_part(text: str) -> CreditLine | None:
    """One credit line (or one sentence of it): its credits and failed parts, or None. The
    agencies a line says it was made "from" reports of are credited as additional reporting,
    as "Material from Reuters was used in this report" is (the line read as nothing, and the
    compiler was lost with it)."""
    found = (
        _FROM_AGENCY_REPORTS_RE.search(text)
        if " reports" in text or " dispatches" in text
        else None
    )
    agencies = _AGENCY_JOIN_RE.split(found["agencies"]) if found else []
    if not agencies or not all(is_agency(agency) for agency in agencies):
        return _read_part(text)
    read = _read_part(text[: found.start()])
    if read is None or not read.credits:
        return read
    sources = [Credit(CreditRole.ADDITIONAL_REPORTING, agency) for agency in agencies]
    return CreditLine(read.credits + sources, read.failed, read.caption)


def _read_part(text: str) -> CreditLine | None:
    """`read_part` of a line with no agencies' reports named after it."""
    labelled = outlet_label(text, _read_part)  # "For The Harbour Times: Ana Lima"
    if labelled is not None:
        return labelled
    sentence = parse_sentence_form(text)
    if sentence is not None:
        return sentence
    # "Text and photographs by Ana Lima": two roles, one cue (credit_joint_cues)
    segments = cue_segments(split_joint_cue(english_byline(text)))
    if not segments:
        slash = slash_photo_credit(text) if "/" in text or " via " in text else None
        if slash:
            return CreditLine(slash)
        return _no_cue_byline(text) if may_be_bare_byline(text) else None
    credits: list[Credit] = []
    failed: list[str] = []
    unread_whole = False  # a part no person reader took as a list of names
    for role, body in segments:
        if role is None:
            failed.append(body.rstrip(". "))  # "Styling: Kari Holm": a label no cue knows
            continue
        if role is CreditRole.PHOTO and body.lower() in PICTURE_MARKS:
            continue  # "Photo: File", "(Photo: Handout)": the kind of picture, no one's name
        read = parse_people(body, role)
        if read is None and ";" in body:
            # "Edited by A; Produced by B": a part with a cue this reader does not know is
            # reported on its own and loses nothing before it.
            pieces = [piece.strip() for piece in body.split(";") if piece.strip()]
            reads = [(piece, parse_people(piece, role)) for piece in pieces]
            if reads and reads[0][1] is not None:
                read = reads[0][1]
                for piece, piece_read in reads[1:]:
                    if piece_read is None:
                        failed.append(piece)
                        unread_whole = True
                    else:
                        read.people.extend(piece_read.people)
                        read.failed.extend(piece_read.failed)
        if read is None:
            failed.append(body)
            unread_whole = True
            continue
        credits.extend(credits_of(role, read.people))
        failed.extend(read.failed)
    if reads_as_prose(failed):
        return None
    if not credits:
        # "By Staff", "By the Editorial Board": a byline naming a desk or a crowd and no outlet
        # (credit_house_authors credits a named one) credits no one, but it is a credit line:
        # its part is reported, as beside a name ("By Ana Lima and staff"), not lost in silence
        return CreditLine([], tuple(failed)) if failed and not unread_whole else None
    return CreditLine(credits, tuple(failed))
