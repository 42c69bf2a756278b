"""Credit lines: parse agency and house credit lines into ordered Credits.

Rendering credits back in a house style lives with the exporters (app/core/exporting/credits.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from app.core.analysis.credit_names import (
    _AGENCY_RUN_ON_RE,
    _PARTICLES,
    _is_agency_or_title,
    _is_caps,
    _is_region,
    _looks_like_location,
    _looks_like_outlet,
    looks_like_name,
    proper_case,
)
from app.core.model import Credit, CreditRole

# Credit lines are short (a dozen contributors with places and e-mails run to about 700
# characters); anything much longer is prose, and skipping it keeps huge pastes fast.
MAX_CREDIT_LINE = 2000

EMAIL_RE = re.compile(r"[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_EMAIL_ONLY_RE = re.compile(
    r"[<(\[]?\s*(?:e-?mail:?\s*)?(" + EMAIL_RE.pattern + r")\s*[>)\]]?\.?", re.I
)

_ITEM_EMAIL_RE = re.compile(
    r"(?:\s+at)?\s*[<(\[]?\s*(?:e-?mail:?\s*)?(" + EMAIL_RE.pattern + r")\s*[>)\]]?", re.I
)

_R = CreditRole

# Cue phrases that open a segment, each with the words that must follow ("by", ":").
_BY = r"\s*(?:by\b\s*:?|:)"
# A credit that drops the "by": "Reporting Ana Lima; editing Tom Ray" (a capital must follow).
_BY_OR_NAME = r"(?:\s*(?:by\b\s*:?|:)|\s+(?=(?-i:[A-Z])))"
_CUES: tuple[tuple[str, CreditRole], ...] = (
    (r"additional\s+reporting" + _BY_OR_NAME, _R.ADDITIONAL_REPORTING),
    (
        r"(?:--|—|–)?\s*with\s+(?:additional\s+)?assistance\s+(?:from|by)\b\s*:?",
        _R.ADDITIONAL_REPORTING,
    ),
    (r"contributing(?:\s+reporting)?(?:\s+by\b)?\s*:", _R.ADDITIONAL_REPORTING),
    (r"(?:reporting|reported)" + _BY_OR_NAME, _R.REPORTING),
    (r"(?:writing|written)" + _BY, _R.WRITING),
    (r"editing" + _BY_OR_NAME, _R.EDITING),
    (r"edited" + _BY, _R.EDITED_BY),
    (r"(?:compiled|compilation)" + _BY, _R.COMPILED_BY),
    (r"(?:graphics?|infographics?|illustrations?|graphic\s+design)" + _BY, _R.GRAPHICS),
    (r"(?:photos?|photographs?|photography|pictures?)" + _BY, _R.PHOTO),
    (r"byline\s*:", _R.BYLINE),
)
_CUE_RE = re.compile("|".join(f"(?P<c{i}>{pattern})" for i, (pattern, _) in enumerate(_CUES)), re.I)
_CUE_HINT_RE = re.compile(
    r"\bby\b|:|contributed|assistance|contact|photo|reporting|reported|editing", re.I
)  # cheap pre-filter before the full grammar
_BYLINE_START_RE = re.compile(r"by\b\s*:?\s*", re.I)

_AP_CONTRIB_RE = re.compile(
    r"""^(?:(?:also\s+)?(?P<org>(?:[A-Z][\w.&'’-]*\s+){0,4})?
    (?:staff\s+)?(?P<kind>writers?|reporters?|correspondents?|journalists?|videojournalists?
        |photographers?|researchers?|producers?)\s+)?
    (?P<names>.{1,400}?)\s+contributed
    (?:\s+(?:to\s+this\s+(?:report|story|article)|reporting|research|to\s+the\s+report))?
    (?:\s+from\s+(?P<from>[^.]{1,60}))?\.?$""",
    re.I | re.X,
)
_CONTACT_RE = re.compile(
    r"^to\s+contact\s+the\s+(?P<who>reporters?|editors?|author|writer)\b[^:]{0,60}:\s*(?P<names>.+)$",
    re.I,
)
_AGENCY_PHOTO_RE = re.compile(
    r"^(?:AP|AFP|Reuters|EPA|EPA-EFE|Getty\s+Images|Bloomberg)\s+Photo\s*/\s*(?P<names>.+)$", re.I
)


_AGENCY_SUFFIX_RE = re.compile(r"\s*[/|]\s*(?P<agency>[^/|]{1,60})$")
_FOR_SUFFIX_RE = re.compile(r"\s+for\s+(?:the\s+)?[A-Z][^,;]{0,60}$")
_LOCATION_CONTINUATION_RE = re.compile(r"(?:D\.C\.|[A-Z]{2}|[A-Z][a-z]{1,4}\.)")
_SPLIT_RE = re.compile(r"\s*(?:,\s*and\s+|,|;|&|\band\b|\bwith\b)\s*")
_PAIRED_PLACES = (
    "Trinidad and Tobago",
    "Bosnia and Herzegovina",
    "Antigua and Barbuda",
    "Saint Kitts and Nevis",
    "Sao Tome and Principe",
    "São Tomé and Príncipe",
    "Saint Vincent and the Grenadines",
    "Turks and Caicos",
)
_AND_MARK = "\u0000"  # stands in for " and " inside a place name while names are split


@dataclass(frozen=True, slots=True)
class _Person:
    name: str
    location: str | None
    email: str | None
    agency: str | None = None


def _strip_wrappers(line: str) -> str:
    text = line.strip()
    for _ in range(3):
        if len(text) >= 2 and text[0] in "([" and text[-1] in ")]":
            text = text[1:-1].strip()
        else:
            break
    text = text.lstrip("-—–* ").strip()
    return text


def _parse_people(
    segment: str, role: CreditRole, allow_single: bool = True
) -> list[_Person] | None:
    """Split "A and B in Washington, C in Kyiv" into people; None when it is not a name list."""
    text = segment.strip().rstrip(";,)").strip()
    stripped_dot = text.endswith(".")
    text = text.rstrip(".").strip()
    if not text:
        return None
    for place in _PAIRED_PLACES:
        if place in text:
            text = text.replace(place, place.replace(" and ", _AND_MARK))
    people: list[_Person] = []
    items = _SPLIT_RE.split(text)
    for position, raw_item in enumerate(items):
        item = raw_item.replace(_AND_MARK, " and ").strip().strip("()").strip()
        if not item:
            continue
        email = None
        found = _ITEM_EMAIL_RE.search(item)
        if found:
            email = found.group(1).rstrip(".")
            item = " ".join((item[: found.start()] + " " + item[found.end() :]).split())
            item = item.strip("<>()[] ,:")
        if not item:
            if email and people and people[-1].email is None:
                people[-1] = _Person(people[-1].name, people[-1].location, email, people[-1].agency)
                continue
            return None
        dotted = item + "." if stripped_dot and position == len(items) - 1 else item
        if (
            people
            and people[-1].location
            and (email is None or people[-1].email is None)
            and (_LOCATION_CONTINUATION_RE.fullmatch(dotted) or _is_region(item))
        ):
            # "in Toledo, Ohio": the state (or country) belongs to the place before it.
            last = people[-1]
            people[-1] = _Person(
                last.name, f"{last.location}, {dotted}", last.email or email, last.agency
            )
            continue
        agency = None
        suffix = _AGENCY_SUFFIX_RE.search(item)
        if suffix and role in (CreditRole.PHOTO, CreditRole.BYLINE, CreditRole.GRAPHICS):
            agency = suffix["agency"].strip()
            item = item[: suffix.start()].strip()
        if role in (CreditRole.PHOTO, CreditRole.BYLINE, CreditRole.GRAPHICS):
            item = _FOR_SUFFIX_RE.sub("", item).strip()
        location = None
        if " in " in item:
            name_part, _, location_part = item.rpartition(" in ")
            if not _looks_like_location(location_part):
                return None
            item, location = name_part.strip(), location_part.strip()
        if role is CreditRole.BYLINE:
            stripped = _AGENCY_RUN_ON_RE.sub("", item).strip()  # "Peter Osei Associated Press"
            if stripped != item and looks_like_name(stripped, allow_single=False):
                item = stripped
        if role is CreditRole.BYLINE and people and not location:
            if _is_agency_or_title(item) or _looks_like_outlet(item):
                continue  # "By Ana Lima, The Harbour Times": the outlet is not a person
            if _is_region(item):
                # "By Ana Lima, The Harbour Times, London": a place, not a person
                people = [_Person(p.name, p.location or item, p.email, p.agency) for p in people]
                continue
        if not looks_like_name(item, allow_single=allow_single):
            return None
        people.append(_Person(item, location, email, agency))
    if not people:
        return None
    # "A, B and C in London": a location reaches back over the names before it.
    carried: str | None = None
    for index in range(len(people) - 1, -1, -1):
        person = people[index]
        if person.location:
            carried = person.location
        elif carried:
            people[index] = _Person(person.name, carried, person.email, person.agency)
    return people


def _credits(role: CreditRole, people: Iterable[_Person]) -> list[Credit]:
    return [Credit(role=role, name=p.name, location=p.location, email=p.email) for p in people]


def _parse_special(text: str) -> list[Credit] | None:
    """Whole-line forms that are not "<cue> by <names>": AP, Bloomberg contacts, AP Photo/..."""
    match = _AGENCY_PHOTO_RE.match(text)
    if match:
        people = _parse_people(match["names"], CreditRole.PHOTO)
        return _credits(CreditRole.PHOTO, people) if people else None
    match = _CONTACT_RE.match(text)
    if match:
        role = CreditRole.REPORTING
        if match["who"].lower().startswith("editor"):
            role = CreditRole.EDITING
        people = _parse_people(match["names"], role)
        return _credits(role, people) if people else None
    if "contributed" in text.lower():
        match = _AP_CONTRIB_RE.match(text)
        if match:
            prefixed = bool(match["kind"])
            people = _parse_people(match["names"], CreditRole.ADDITIONAL_REPORTING, prefixed)
            if people and not prefixed and any(len(p.name.split()) < 2 for p in people):
                return None
            where = (match["from"] or "").strip()
            if people and where and _looks_like_location(where):
                people = [_Person(p.name, p.location or where, p.email, p.agency) for p in people]
                return _credits(CreditRole.ADDITIONAL_REPORTING, people)
            if people and not where:
                return _credits(CreditRole.ADDITIONAL_REPORTING, people)
            # "from Kyiv, and Tom Ray from Lviv": several people and places, read below.
    match = _REPORTED_FROM_RE.match(text)
    if match:
        return _reported_from(match)
    return None


# "Ana Lima reported from Kyiv." / "Ana Lima contributed reporting from Kyiv, and Tom Ray from
# Lviv." / "Ana Lima in Kyiv and Tom Ray in Lviv contributed reporting."
_REPORTED_FROM_RE = re.compile(
    r"^(?P<head>[^.;:]{2,200}?)\s+(?P<verb>reported|contributed\s+(?:reporting|research|"
    r"to\s+this\s+(?:report|story|article)))(?:\s+from\s+(?P<rest>[^;:]{2,300}?))?\.?$",
    re.IGNORECASE,
)
_NEXT_FROM_RE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=[A-Z][^,]{0,60}?\s+from\s+)")


def _reported_from(match: re.Match[str]) -> list[Credit] | None:
    role = (
        CreditRole.REPORTING
        if match["verb"].lower() == "reported"
        else CreditRole.ADDITIONAL_REPORTING
    )
    people = _parse_people(match["head"], role, allow_single=False)
    if not people:
        return None
    rest = (match["rest"] or "").strip()
    extra: list[_Person] = []
    if rest:
        parts = _NEXT_FROM_RE.split(rest)
        where = parts[0].strip().rstrip(",")
        if not _looks_like_location(where.replace(" and ", " ")):
            return None
        people = [_Person(p.name, p.location or where, p.email, p.agency) for p in people]
        for part in parts[1:]:
            name, _, place = part.partition(" from ")
            place = place.strip().rstrip(".,")
            if not looks_like_name(name.strip(), allow_single=False) or not _looks_like_location(
                place
            ):
                return None
            extra.append(_Person(name.strip(), place, None))
    return _credits(role, people + extra)


def _segments(text: str) -> list[tuple[CreditRole, str]] | None:
    """Cut a line at each role cue that starts it or follows ";", "," or "and"."""
    starts: list[tuple[int, int, CreditRole]] = []
    byline = _BYLINE_START_RE.match(text)
    if byline and not _CUE_RE.match(text):
        starts.append((0, byline.end(), CreditRole.BYLINE))
    for match in _CUE_RE.finditer(text):
        before = text[: match.start()].rstrip()
        separated = before.endswith((";", ",", ".", "|")) or before.lower().endswith(" and")
        # Two credits run together with no separator: "... in Kyiv Editing by Tom Ray".
        run_on = match.group()[:1].isupper() and bool(re.search(r"\bby\b|:", match.group(), re.I))
        if match.start() != 0 and not (separated or run_on):
            continue
        if starts and match.start() < starts[-1][1]:
            continue
        index = int(match.lastgroup[1:]) if match.lastgroup else 0
        starts.append((match.start(), match.end(), _CUES[index][1]))
    if not starts or starts[0][0] != 0:
        return None
    segments: list[tuple[CreditRole, str]] = []
    for position, (_, body_start, role) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(text)
        body = text[body_start:end].strip()
        body = re.sub(r"(?:[;,]|\band)\s*$", "", body).strip()
        segments.append((role, body))
    return segments


@dataclass(frozen=True, slots=True)
class CreditLine:
    """What one credit line gave: the credits read, and the parts that could not be read.

    A part that fails never loses the rest of the line; it is kept here so the caller can
    report it ("Could not read: ...").
    """

    credits: list[Credit] = field(default_factory=list)
    failed: tuple[str, ...] = ()


# A part that failed may be dropped from a credit line only when it is this short: anything
# longer is prose that happens to start like a credit ("Reporting by the newspaper showed...").
_MAX_FAILED_WORDS = 8


def read_credit_line(line: str) -> CreditLine:
    """Credits in one credit line, in order, with the parts that failed; empty when the line is
    not a credit line at all."""
    if len(line) > MAX_CREDIT_LINE or not _CUE_HINT_RE.search(line):
        return CreditLine()
    text = _strip_wrappers(line)
    if not text:
        return CreditLine()
    special = _parse_special(text)
    if special is not None:
        return CreditLine(_proper_case(special))
    segments = _segments(text)
    if not segments:
        return CreditLine()
    credits: list[Credit] = []
    failed: list[str] = []
    for role, body in segments:
        people = _parse_people(body, role)
        if not people:
            failed.append(body)
            continue
        credits.extend(_credits(role, people))
    if not credits or any(len(part.split()) > _MAX_FAILED_WORDS for part in failed):
        return CreditLine()
    return CreditLine(_proper_case(credits), tuple(failed))


def parse_credit_line(line: str) -> list[Credit]:
    """Credits in one credit line, in order; [] when the line is not a credit line."""
    return read_credit_line(line).credits


def _proper_case(credits: list[Credit]) -> list[Credit]:
    """All-caps names and places ("By DORA PIKE in KYIV", "Amélie ROUSSEL") in proper case for
    display. A one-word name in capitals is an agency's acronym ("NTB") and stays."""
    out = []
    for c in credits:
        name = c.name
        if len(name.split()) >= 2:
            name = " ".join(
                t.lower()
                if _is_caps(t) and t.lower() in _PARTICLES
                else proper_case(t)
                if _is_caps(t) and "." not in t and len(t) >= 3
                else t
                for t in name.split(" ")
            )
            if name != c.name and name.split()[0].lower() in _PARTICLES:
                name = name[:1].upper() + name[1:]
        location = c.location
        if location and _is_caps(location):
            location = proper_case(location)
        out.append(
            Credit(c.role, name, location, c.email)
            if (name, location)
            != (
                c.name,
                c.location,
            )
            else c
        )
    return out


_FOREIGN_BY_RE = re.compile(r"^(?:von|par|por|door|av|af|di|przez)\s+(?=\S+\s+\S)", re.I)


def parse_byline(value: str) -> list[Credit]:
    """Byline credits from a metadata field (ninjs `by`, front matter `author`, page author).

    The field holds names without the cue, maybe with the cue in another language ("Von ...",
    "Par ..."); plain names that pass `looks_like_name` are kept even without a cue.
    """
    text = _FOREIGN_BY_RE.sub("", value.strip())
    if not text:
        return []
    found = parse_credit_line(text if _BYLINE_START_RE.match(text) else f"By {text}")
    if found:
        return [Credit(CreditRole.BYLINE, c.name, c.location, c.email) for c in found]
    return [Credit(CreditRole.BYLINE, text)] if looks_like_name(text) else []


def is_credit_line(line: str) -> bool:
    """Whether a whole line is a credit line (the importer moves such lines out of the body)."""
    return bool(parse_credit_line(line))


def email_only(line: str) -> str | None:
    """The address when a line holds nothing but an e-mail address (a sign-off's next line)."""
    text = line.strip()
    if len(text) > 260 or "@" not in text:
        return None
    match = _EMAIL_ONLY_RE.fullmatch(text)
    return match.group(1).rstrip(".") if match else None


def parse_credits(text: str) -> list[Credit]:
    """Credits in a block of credit lines; an e-mail alone on a line joins the credit above it."""
    return read_credits(text).credits


def read_credits(text: str) -> CreditLine:
    """As `parse_credits`, with the parts of credit lines that could not be read."""
    credits: list[Credit] = []
    failed: list[str] = []
    previous_was_credit = False
    for line in text.splitlines():
        if not line.strip():
            continue
        address = email_only(line)
        if address is not None:
            if previous_was_credit and credits and credits[-1].email is None:
                last = credits[-1]
                credits[-1] = Credit(last.role, last.name, last.location, address)
            previous_was_credit = False
            continue
        found = read_credit_line(line)
        credits.extend(found.credits)
        failed.extend(found.failed)
        previous_was_credit = bool(found.credits)
    return CreditLine(credits, tuple(failed))
