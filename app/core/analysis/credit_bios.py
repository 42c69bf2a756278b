"""A writer's note at the foot of a story: "Ana Lima is a staff writer for The Harbour Times.",
"Ana Lima covers courts for The Harbour Times. Follow her on X @analima."

US papers, and the sites of groups that share copy, end a story with who wrote it and where
they work, often followed by how to reach or follow them. The note names the writer, the outlet
they work for ("for", "at" or "with" after a journalist's noun, or an outlet by its name) and
the town they are based in. The importer reads such a note only when a contact sentence follows
it (`credit_sentences`): alone, "Ana Lima is a nurse at Harbour General." is prose. Pasted into
the credits panel, the editor has said it is a credit, so a note alone is read.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_desk_titles import DESK_HEADS
from app.core.analysis.credit_forms import BIO_RE
from app.core.analysis.credit_names import looks_like_name, looks_like_outlet
from app.core.analysis.credit_organisations import is_organisation, organisation_name
from app.core.analysis.credit_people import parse_people
from app.core.analysis.credit_places import is_known_place
from app.core.model import Credit, CreditRole

__all__ = ["FOLLOW_RE", "bio_credit", "bio_credits"]

_CAPITALISED = r"[A-Z][\w'’&.-]*"
_EMPLOYER_RE = re.compile(
    r"(?P<noun>\w+)?\s+(?P<prep>for|at|with)\s+"
    rf"(?P<org>(?:[Tt]he\s+)?{_CAPITALISED}(?:\s+(?:(?:of|and|&)\s+)?{_CAPITALISED}){{0,5}})"
)
# The nouns after which "for X" or "at X" is the writer's employer, whatever X is called: a
# desk title's heads, and the jobs a writer's note names besides.
_JOURNALIST_NOUNS = DESK_HEADS | {"photojournalist", "producer", "fellow", "intern", "videographer"}
_JOURNALIST_RE = re.compile(
    r"^\s+is\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(_JOURNALIST_NOUNS))
    + r")s?\b"
)
# "Ana Lima and Tom Ray are reporters at The Harbour Times.": a note on several writers.
_PLURAL_BIO_RE = re.compile(
    r"^(?P<names>[^\W\d_][^.;:@]{2,120}?)\s+(?:are|cover|write|report)\b[^@]{0,200}$"
)
_PLURAL_JOURNALIST_RE = re.compile(
    r"^\s+are\s+(?:(?:both|all|the)\s+)?(?:[\w-]+\s+){0,3}?(?:"
    + "|".join(sorted(_JOURNALIST_NOUNS))
    + r")s\b"
)
# A town of up to four capitalised words, a comma allowed between them ("Tarnowo, Vellmar").
_PLACE = rf"(?P<place>{_CAPITALISED}(?:,?\s+{_CAPITALISED}){{0,3}})"
_BASED_RE = re.compile(rf"\bbased\s+in\s+{_PLACE}")
# "Ana Lima reports from Tarnowo.", "Ana Lima writes from Tarnowo for The Harbour Times.": the
# town the note's verb says she files from (it was dropped with the rest of the sentence).
_FILES_FROM_RE = re.compile(
    rf"^\s+(?:reports?|writes?|covers?\s+[\w\s]{{1,40}}?)\s+from\s+"
    rf"{_PLACE}(?=\s+(?:for|at|with)\s|[.,;]|$)"
)
# "Ana Lima writes for The Harbour Times from Tarnowo.", "Ana Lima is a freelance journalist in
# Tarnowo.": the town closing the note after her outlet or her job (it was dropped).
_CLOSING_TOWN_RE = re.compile(rf"\s+(?:in|from)\s+{_PLACE}\.?$")
_JOB_IN_TOWN_RE = re.compile(
    r"\b(?:" + "|".join(sorted(_JOURNALIST_NOUNS)) + r")s?" + _CLOSING_TOWN_RE.pattern
)
# "Follow her on X @analima", "Find him on Bluesky": a contact sentence with no address.
FOLLOW_RE = re.compile(
    r"^(?:follow|find)\s+(?:her|him|them)\s+on\s+(?:X|Twitter|Instagram|Bluesky|Threads|"
    r"Mastodon|Facebook|LinkedIn|TikTok)\b[^.]{0,80}\.?$",
    re.I,
)


def bio_credit(note: str, *, journalist: bool = False) -> Credit | None:
    """The byline a writer's note gives (name, employer, home town), or None when the note
    does not open on a person's name. `journalist`: only a note that says the person writes
    for a living ("a staff writer", "covers courts", "writes for"): pasted alone, "Donald Trump
    is telling voters ..." is no one's credit (a contact sentence after a note says it for it)."""
    text = note.strip().rstrip(".")
    bio = BIO_RE.match(text)
    if bio is None or not looks_like_name(bio["name"], allow_single=False):
        return None
    rest = text[bio.end("name") :]
    # "Ana Lima writes about food for Harbour Living": the one she writes for employs her
    writes = rest.split()[0] in ("covers", "writes", "reports")
    if journalist and not writes and not _JOURNALIST_RE.search(rest):
        return None
    organisation, place = _employer_and_town(rest, writes)
    return Credit(CreditRole.BYLINE, bio["name"].strip(), place, organisation=organisation)


def bio_credits(note: str, *, journalist: bool = False) -> list[Credit] | None:
    """The bylines of a note on one writer (`bio_credit`) or on several ("Ana Lima and Tom Ray
    are reporters at The Harbour Times.", "Ana Lima and Tom Ray cover courts for ..."), each
    with the employer and town the note names; None when it is no such note or a name in it
    cannot be read (pasted alone, the declared name scan read the first writer and lost the
    others without a word)."""
    one = bio_credit(note, journalist=journalist)
    if one is not None:
        return [one]
    text = note.strip().rstrip(".")
    bio = _PLURAL_BIO_RE.match(text)
    if bio is None or (" and " not in bio["names"] and "," not in bio["names"]):
        return None
    rest = text[bio.end("names") :]
    writes = rest.split()[0] in ("cover", "write", "report")
    if journalist and not writes and not _PLURAL_JOURNALIST_RE.search(rest):
        return None
    read = parse_people(bio["names"], CreditRole.BYLINE, allow_single=False)
    if read is None or len(read.people) < 2 or read.failed:
        return None
    organisation, place = _employer_and_town(rest, writes)
    return [
        Credit(
            CreditRole.BYLINE, p.name, p.location or place, organisation=p.agency or organisation
        )
        for p in read.people
    ]


def _employer_and_town(rest: str, writes: bool) -> tuple[str | None, str | None]:
    """The outlet a note says the writer works for, and the town they are based in."""
    organisation = None
    closing = None  # the town after the outlet, closing the note
    for found in _EMPLOYER_RE.finditer(rest):
        org = found["org"].rstrip(".")
        noun = (found["noun"] or "").lower().removesuffix("s")  # "reporters" too
        employer = noun in _JOURNALIST_NOUNS or (writes and found["prep"] == "for")
        if is_organisation(org) or (employer and not is_known_place(org)):
            organisation = organisation_name(org)
            closing = _CLOSING_TOWN_RE.match(rest, found.end())
            break
    based = _BASED_RE.search(rest) or _FILES_FROM_RE.match(rest)
    if based is None:
        closing = closing or (_JOB_IN_TOWN_RE.search(rest) if organisation is None else None)
        # not "... a journalist in The Harbour Times": an outlet is no town
        based = closing if closing and not looks_like_outlet(closing["place"]) else None
    place = based["place"].rstrip(".,") if based else None
    return organisation, place
