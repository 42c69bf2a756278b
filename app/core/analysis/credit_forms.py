"""Credit lines written as sentences, not as "<cue> by <names>": AP, NYT, Bloomberg, e-mail notes.

"Associated Press writers A in X and B in Y contributed to this report.", "A reported from Kyiv,
and B from Moscow.", "To contact the reporter on this story: A in Oslo at a@example.net",
"A can be reached at a@example.net", "(AP Photo/A)". Each reader returns the credits of the
whole sentence, or None when the sentence is not of its form.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credit_emails import EMAIL_RE
from app.core.analysis.credit_filed_report import filed_report
from app.core.analysis.credit_house_authors import staff_reports
from app.core.analysis.credit_line import CreditLine, reads_as_prose
from app.core.analysis.credit_names import looks_like_location
from app.core.analysis.credit_organisations import is_agency, is_organisation
from app.core.analysis.credit_people import parse_people
from app.core.analysis.credit_person_records import Person, credits_of, placed, with_place
from app.core.analysis.name_words import ORG_WORDS
from app.core.analysis.news_agencies import ALL_AGENCIES, agency_alternation
from app.core.model import Credit, CreditRole

_ADDITIONAL = CreditRole.ADDITIONAL_REPORTING

_AP_CONTRIB_RE = re.compile(
    r"""^(?:(?:also\s+)?(?P<org>(?:[A-Z][\w.&'’-]*\s+){0,4})?
    (?:staff\s+)?(?P<kind>writers?|reporters?|correspondents?|journalists?|videojournalists?
        |photographers?|researchers?|producers?)\s+)?
    (?P<names>.{1,400}?)\s+contributed
    (?:\s+(?:to\s+this\s+(?:report|story|article)|reporting|research|to\s+the\s+report))?
    (?:\s+from\s+(?P<from>[^.]{1,60}))?\.?$""",
    re.I | re.X,
)
_BY_START_RE = re.compile(r"by\b", re.I)
_CONTACT_RE = re.compile(
    r"^to\s+contact\s+the\s+(?P<who>reporters?|editors?|author|writer)\b[^:]{0,60}:\s*(?P<names>.+)$",
    re.I,
)
# "(AP Photo/Ana Lima, File)": AP marks an archive or pool picture after the name; "AFP PHOTO |
# ANA LIMA": some sites set a bar for the slash.
_AGENCY_PHOTO_RE = re.compile(
    "^(?P<agency>" + agency_alternation(ALL_AGENCIES) + r")\s+Photo\s*[/|]\s*(?P<names>.+?)"
    r"(?:,\s*(?:File|Pool)(?:\s+Photo)?)?$",
    re.I,
)
# "(Ana Lima photo)", "(Ana Lima and Tom Ray photos)": a community paper's picture credit, the
# names before the word; "(Staff photo)" and "(Submitted photo)" name no one (two words needed).
_NAMES_PHOTO_RE = re.compile(r"^(?P<names>[A-Z][^()/:;@]{2,80}?)\s+photo(?:graph)?s?$")
# "Ana Lima can be reached at ana@example.com", "Contact Ana Lima at ana@example.com".
_REACHED_RE = re.compile(
    r"^(?:(?:contact|reach|e-?mail)\s+(?P<names2>[^@;:]{2,120}?)\s+at|"
    r"(?P<names>[^@;:]{2,120}?)\s+(?:can|may)\s+be\s+(?:reached|contacted|e-?mailed)\s+"
    r"(?:by\s+e-?mail\s+)?(?:at|via|on))\s+(?P<rest>.{3,200})$",
    re.I,
)
# "She can be reached at ...", "Reach him at ...": the e-mail of the credit (or bio) before.
PRONOUN_REACHED_RE = re.compile(
    r"^(?:(?:he|she|they)\s+(?:can|may)\s+be\s+(?:reached|contacted)\s+(?:by\s+e-?mail\s+)?"
    r"(?:at|via)|(?:contact|reach|e-?mail)\s+(?:her|him|them)\s+(?:at|via))\s+(?P<rest>.{3,200})$",
    re.I,
)
# "Ana Lima is a staff writer for The Herald." / "Ana Lima covers city hall.": a writer's note,
# a credit only when a contact sentence follows it.
BIO_RE = re.compile(
    r"^(?P<name>[^\W\d_][^.;:@]{2,60}?)\s+(?:is|covers|writes|reports)\b[^@]{0,200}$"
)
# "This story includes reporting from The Associated Press.", "Material from Reuters was used
# in this report.": the agency is an additional-reporting credit.
_MATERIAL_FROM_RE = re.compile(
    r"^(?:(?:this|the)\s+(?:story|report|article)\s+(?:includes|contains|uses|was\s+compiled"
    r"\s+with)\s+(?:reporting|material|information|reports)\s+from\s+(?P<names>[^.;:]{2,120}?)"
    r"|(?:material|information|reporting)\s+from\s+(?P<names2>[^.;:]{2,120}?)\s+(?:was|were)\s+"
    r"used\s+in\s+this\s+(?:story|report|article))\.?$",
    re.I,
)
_PHONE_RE = re.compile(r"\+?\(?\d[\d ().-]{6,20}\d")

# "Ana Lima reported from Kyiv." / "Ana Lima contributed reporting from Kyiv, and Tom Ray from
# Lviv." / "Ana Lima in Kyiv and Tom Ray in Lviv contributed reporting."
_REPORTED_FROM_RE = re.compile(
    r"^(?P<head>[^.;:]{2,200}?)\s+(?P<verb>reported|contributed\s+(?:reporting|research|"
    r"to\s+this\s+(?:report|story|article)))(?:\s+from\s+(?P<rest>[^:]{2,300}?))?\.?$",
    re.IGNORECASE,
)
# "..., and Tom Ray from Lviv", "...; Tom Ray from Lviv": the next person and place.
_NEXT_FROM_RE = re.compile(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?=[A-Z][^,;]{0,60}?\s+from\s+)")


# Collections and desks a picture comes from, not a photographer: "(Old Town Archive photo)",
# "(Vance family photo)", "(Harbour Museum photos)".
_SOURCE_WORDS = frozenset(
    "archive archives museum library collection collections studio studios images pictures "
    "media photography family commons".split()  # "Wikimedia Commons": a picture store
)
# ORG_WORDS and the collections' words, asked of each word once
_SOURCE_OR_ORG_WORDS = ORG_WORDS | _SOURCE_WORDS


def org_like(name: str) -> bool:
    """ "(Harbour Council photo)", "(Reuters photo)", "(Vance family photo)": an organisation,
    an agency or a collection is the picture's source, not a photographer."""
    return is_agency(name) or any(
        word.lower().strip(".,") in _SOURCE_OR_ORG_WORDS for word in name.split()[1:]
    )


def _people(
    text: str, role: CreditRole, allow_single: bool = True, failed: list[str] | None = None
) -> list[Person] | None:
    """The people `text` names; None when it names none or leaves a part unread, unless the
    form reports its unread parts (`failed` given): "Per Lund of Bergen contributed to this
    report." keeps Per Lund and reports "of Bergen", as "By Per Lund of Bergen" does."""
    read = parse_people(text, role, allow_single)
    if not read or not read.people:
        return None
    if read.failed:
        if failed is None:
            return None
        failed.extend(read.failed)
    return read.people


def _placed_from(people: list[Person], where: str, head: str, failed: list[str]) -> list[Person]:
    """Everyone in `head` gets `where`, the place they reported from: "Per Lund of Bergen
    reported from Oslo" is in Oslo. A town the head gave ("of Bergen", now a place the lists
    know) was placed first; it is reported as typed rather than dropped in silence, as an
    unknown word there always was."""
    out: list[Person] = []
    for person in people:
        if person.location and person.location != where:
            typed = re.search(rf"\b(?:of|in)\s+{re.escape(person.location)}\b", head, re.I)
            failed.append(typed.group() if typed else person.location)
            person = with_place(person, where)
        out.append(person)
    return placed(out, where)


def _reported_from(match: re.Match[str], failed: list[str]) -> list[Credit] | None:
    role = (
        CreditRole.REPORTING
        if match["verb"].lower() == "reported"
        else CreditRole.ADDITIONAL_REPORTING
    )
    people = _people(match["head"], role, allow_single=False, failed=failed)
    if not people:
        return None
    rest = (match["rest"] or "").strip()
    extra: list[Person] = []
    if rest:
        parts = _NEXT_FROM_RE.split(rest)
        where = parts[0].strip().rstrip(",")
        if not looks_like_location(where.replace(" and ", " ")):
            return None
        people = _placed_from(people, where, match["head"], failed)
        waiting = ""  # "Tom Ray" of "...; Tom Ray and Ivo Lind from Lviv", cut at its "and"
        for part in parts[1:]:
            if " from " not in part:
                waiting = f"{waiting} and {part}" if waiting else part
                continue
            if waiting:
                part, waiting = f"{waiting} and {part}", ""
            name, _, place = part.partition(" from ")
            place = place.strip().rstrip(".,")
            # "...; Tom Ray and Ivo Lind from Lviv": several people may share the place
            named = _people(name, role, allow_single=False, failed=failed)
            if not named or not looks_like_location(place):
                return None
            extra.extend(_placed_from(named, place, name, failed))
        if waiting:
            return None
    return credits_of(role, people + extra)


def _contributed(text: str, failed: list[str]) -> list[Credit] | None:
    match = _AP_CONTRIB_RE.match(text)
    if not match or _BY_START_RE.match(match["names"]):
        # "By Ana Lima; Tom Ray contributed reporting.": a byline, then a second sentence
        # (credit_sentences reads them apart); it credited "By Ana Lima" as a contributor
        return None
    prefixed = bool(match["kind"])
    people = _people(match["names"], CreditRole.ADDITIONAL_REPORTING, prefixed, failed)
    org = (match["org"] or "").strip()
    if people and prefixed and org and is_organisation(org):
        # "Associated Press writers A and B": the title's outlet is theirs ("writer": hers)
        plural = match["kind"].lower().endswith("s")
        people = [
            replace(p, agency=p.agency or org) if plural or index == 0 else p
            for index, p in enumerate(people)
        ]
    if (
        people
        and not prefixed
        and any(len(p.name.split()) < 2 and not is_agency(p.name) for p in people)
    ):
        return None
    where = (match["from"] or "").strip()
    if people and where and looks_like_location(where):
        people = _placed_from(people, where, match["names"], failed)
        return credits_of(CreditRole.ADDITIONAL_REPORTING, people)
    if people and not where:
        return credits_of(CreditRole.ADDITIONAL_REPORTING, people)
    return None  # "from Kyiv, and Tom Ray from Lviv": several people and places, read below.


def _reached(match: re.Match[str]) -> list[Credit] | None:
    """ "Ana Lima can be reached at ...": the story's writer, with her e-mail (RULES: byline)."""
    names = match["names"] or match["names2"]
    people = _people(names, CreditRole.BYLINE, allow_single=False)
    rest = match["rest"]
    emails = [m.group().rstrip(".") for m in EMAIL_RE.finditer(rest)]
    if not people or not (emails or _PHONE_RE.search(rest)):
        return None
    out = []
    for index, person in enumerate(people):
        email = person.email or (emails[index] if index < len(emails) else None)
        out.append(Credit(CreditRole.BYLINE, person.name, person.location, email))
    return out


def parse_sentence_form(text: str) -> CreditLine | None:
    """Credits of a credit line written as a sentence, with the parts of its names that could
    not be read ("Per Lund of Bergen contributed to this report." reports "of Bergen", as "By
    Per Lund of Bergen" does, where it lost Per Lund in silence); None when it is not one."""
    failed: list[str] = []
    found = _sentence_credits(text, failed)
    if found is None or reads_as_prose(failed):
        return None
    return CreditLine(found, tuple(failed))


def _sentence_credits(text: str, failed: list[str]) -> list[Credit] | None:
    """The credits of `parse_sentence_form`; the "contributed" and "reported" forms add the
    parts they could not read to `failed`."""
    match = _AGENCY_PHOTO_RE.match(text)
    if match:
        # "(AP Photo/File)", "(AP Photo/Pool)": an archive or pool picture, no photographer;
        # a photographer is credited by a full name
        people = _people(match["names"], CreditRole.PHOTO, allow_single=False)
        if not people or any(is_agency(person.name) for person in people):
            return []  # the form is read whole: no other reader takes "AP Photo" for a name
        # the agency the line names ("AP" of "AP Photo/Ana Lima") is the photographer's
        agency = match["agency"]
        return credits_of(CreditRole.PHOTO, [replace(p, agency=p.agency or agency) for p in people])
    if text.endswith(("photo", "photos", "photograph", "photographs")):
        match = _NAMES_PHOTO_RE.match(text)
        people = _people(match["names"], CreditRole.PHOTO, allow_single=False) if match else None
        if people and not any(org_like(person.name) for person in people):
            return credits_of(CreditRole.PHOTO, people)
        return None  # "(Harbour Council photo)": an organisation's handout, no person
    match = _CONTACT_RE.match(text)
    if match:
        # Bloomberg's "To contact the reporter on this story" names the story's writer: the
        # byline, so it merges with "By ..." at the top; its editors are the editing credit.
        role = CreditRole.BYLINE
        if match["who"].lower().startswith("editor"):
            role = CreditRole.EDITING
        people = _people(match["names"], role)
        return credits_of(role, people) if people else None
    lowered = text.lower()
    if "reached" in lowered or "contact" in lowered or "mail" in lowered or "reach " in lowered:
        match = _REACHED_RE.match(text)
        if match:
            return _reached(match)
    if "from" in lowered:
        match = _MATERIAL_FROM_RE.match(text)
        people = _people(match["names"] or match["names2"], _ADDITIONAL) if match else None
        if people and all(is_agency(p.name) or is_organisation(p.name) for p in people):
            return credits_of(_ADDITIONAL, people)
        staff = staff_reports(text)  # "From Harbour Times staff and wire reports"
        if staff:
            return [Credit(CreditRole.BYLINE, staff)]
    if "contributed" in lowered:
        found = _contributed(text, failed)
        if found:
            return found
        failed.clear()  # what a failed reading reported is not the line's
    match = _REPORTED_FROM_RE.match(text)
    if match:
        found = _reported_from(match, failed)
        if found is None:
            failed.clear()
        return found
    return filed_report(text)  # "Harbour TV's Ana Lima filed this report."
