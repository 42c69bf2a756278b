"""A byline no shape reader knows, read by the names in it.

Pages set bylines in many shapes: "Ana Ruiz • Harbour Times • 12 May 2026", "TOM BELL | Harbour
Post | May 3, 2026", "Tom Bell - Harbour Post", "ANA RUIZ 10:45 AM". Writing a reading for each
shape never ends; what they share is a person's name among parts an editor would not credit:
an outlet, an agency, a place, a date or a time, an e-mail, a job title. This reader cuts the
line at its separators, sets those parts aside and credits each part that is a person's name as
a byline; any other part is reported as unreadable, never dropped.

Guards, since the importer asks `is_credit_line` of short body paragraphs: a person is what
`credit_person.is_person` says (a known first name or initials, two to four words); the line must
hold something that vouches for a byline (an outlet, agency, job title, date, time, e-mail or a
leading "By"/title), never only names; a part left unread must be short and capitalised, and
there may be no more of them than people; a line speaking of pictures, in brackets, or ending
as a sentence does is left to the other readers. A line the editor pasted as a credit
(`declared=True`, the credits panel) needs no voucher: see `scan_byline`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.core.analysis.credit_byline_place import closing_outlet, outlet_by_name
from app.core.analysis.credit_cues import FOREIGN_AND
from app.core.analysis.credit_desk_tail import without_desk_word
from app.core.analysis.credit_desk_titles import DESK_HEADS, TITLE_ONLY_RE, is_desk_title
from app.core.analysis.credit_emails import EMAIL_RE
from app.core.analysis.credit_names import (
    AGENCY_RUN_ON_RE,
    NAME_PARTICLES,
    is_caps,
    looks_like_outlet,
)
from app.core.analysis.credit_organisations import (
    is_agency,
    is_organisation,
    is_organisation_after_of,
)
from app.core.analysis.credit_person import CALENDAR, INITIALS_RE, is_person, is_prose_part
from app.core.analysis.credit_places import is_known_place
from app.core.analysis.credit_run_on import CALL_LETTERS, without_run_on
from app.core.analysis.first_names import is_first_name
from app.core.analysis.wordnet_words import is_lemma
from app.core.model import Credit, CreditRole

_MAX_SCAN = 160
# Where a byline's parts meet: a bar, a bullet, a comma, a semicolon, a dash between spaces,
# "and" between names.
_SPLIT_RE = re.compile(r"\s*(?:[|•·▪,;]|\s[-–—]\s|\s(?:and|AND|&)\s)\s*")
# (and call letters closing the line, "Ana Ruiz & Tom Bell KTN": see credit_run_on)
_SEPARATOR_HINT_RE = re.compile(rf"[|•·▪,;]|\s[-–—]\s|\d|\s{CALL_LETTERS}$")
# Words that say the line is about a picture (the photo readers' business) or is prose.
_NOT_MINE = ("photo", "foto", "image", "picture", "credit", "©", "courtesy", "http", "www.")
# Words of a time stamp: "10:45 AM ET", "3 p.m. IST", "Updated", "min read".
_STAMP_WORDS = frozenset(
    """am pm a.m. p.m. et est edt pt pst pdt ct cst gmt bst utc cet cest ist aest hrs hours
    updated published posted last min mins read on at""".split()
)
_LEAD_CUES = frozenset(("by", "reporter", "reporters", "writer", "correspondent"))
# A line the editor declared a credit may be longer (a dozen names) and is cut at more marks:
# a slash between words ("Ana Ruiz / Tom Bell", not "3/5/2026") and the "and" of the other
# languages the byline readers know ("Ana Ruiz y Tom Bell", "Ana Ruiz und Tom Bell").
_MAX_DECLARED = 600
_DECLARED_SPLIT_RE = re.compile(
    r"\s*(?:[|•·▪,;]|\s[-–—]\s|\s(?:and|AND|And|&)\s|(?<=[^\W\d])\s*/\s*(?=[^\W\d]))\s*"
)
_FOREIGN_AND_RE = re.compile(
    r"\s(?:" + "|".join(sorted({w for ws in FOREIGN_AND.values() for w in ws.split("|")})) + r")\s"
)


def may_scan_names(line: str) -> bool:
    """The cheap test before `scan_byline`: a short line with a separator, a digit or a
    journalist's title."""
    if len(line) > _MAX_SCAN or line.lstrip()[:1] in "([—–-":
        # a bracket or a leading dash ("— Ana Ruiz, Harbour Post, May 3, 2026") is how a
        # credit is set under a picture: the line alone does not say byline or photo
        return False
    if _SEPARATOR_HINT_RE.search(line):
        return True
    lowered = line.lower()
    return any(word in lowered for word in DESK_HEADS) or caps_names_and_agency(line)


# "ANA LIMA AND TOM RAY": the names before an agency run on, joined as a byline joins them.
_CAPS_NAMES_RE = re.compile(r"[A-Z][A-Z.'’-]*(?:\s+[A-Z][A-Z.'’-]*){1,2}")
_CAPS_JOIN_RE = re.compile(r"\s*(?:,|&|\sAND\s)\s*")


def caps_names_and_agency(line: str) -> bool:
    """ "ANA LIMA REUTERS", "ANA LIMA AND TOM RAY AFP": a wire's byline in capitals, the agency
    run on with no mark between, which hard-wrapped copy sets on a line of its own. Without a
    separator the importer never asked the scan, so the line joined the paragraph above it.
    Admitted only in this shape, so a shouted line of the body stays the story's: all in
    capitals, nothing but one to three names and a wire agency closing it; each name two or
    three words, a known first name first, and no word after it a verb's "-s" or "-ed" form
    ("AMBER HEARD SUES AP", "MAY JONES WINS AFP" are headlines, not bylines)."""
    text = line.strip()
    run_on = AGENCY_RUN_ON_RE.search(text) if len(text) <= 100 and is_caps(text) else None
    if run_on is None:
        return False
    names = _CAPS_JOIN_RE.split(text[: run_on.start()].strip())
    return 1 <= len(names) <= 3 and all(_caps_name(name) for name in names)


def _caps_name(name: str) -> bool:
    words = name.split()
    return (
        _CAPS_NAMES_RE.fullmatch(name) is not None
        and is_first_name(words[0].title())
        and not any(_verb_form(word.lower()) for word in words[1:])
    )


def _verb_form(word: str) -> bool:
    """ "sues", "wins", "arrested": a verb's form, which a headline has and a surname has not
    (a surname that is one, "Banks", leaves its line to the editor's paste)."""
    if word.endswith("s") and (
        is_lemma(word[:-1]) or (word.endswith("es") and is_lemma(word[:-2]))
    ):
        return True
    return word.endswith("ed") and (is_lemma(word[:-2]) or is_lemma(word[:-1]))


def _is_stamp_word(token: str) -> bool:
    lower = token.lower().strip(",.")
    return (
        any(ch.isdigit() for ch in token)
        or lower in CALENDAR
        or lower in _STAMP_WORDS
        or token.lower() in _STAMP_WORDS
    )


# A stamp says "date" only with a month, a weekday, a clock time or a year: "Ana Ruiz, 34"
# (an age) vouches for nothing.
_DATE_TOKEN_RE = re.compile(r"\d{1,2}[:.]\d{2}|(?:19|20)\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}")


def _says_date(tokens: list[str]) -> bool:
    return any(
        token.lower().strip(",.") in CALENDAR
        or token.lower() in _STAMP_WORDS
        or _DATE_TOKEN_RE.search(token)
        for token in tokens
    )


def _strip_stamp(tokens: list[str]) -> tuple[list[str], bool]:
    """A date or time glued to a name ("ANA RUIZ 10:45 AM", "Tom Bell May 3, 2026"): dropped
    from either end; True when something was dropped."""
    if all(_is_stamp_word(token) for token in tokens):
        return [], _says_date(tokens)  # "Monday", "May 3, 2026", "10:45 AM ET"
    if not any(ch.isdigit() for token in tokens for ch in token):
        return tokens, False  # "May Chen": a month opens a name only where no date is
    start, end = 0, len(tokens)
    while end > start and _is_stamp_word(tokens[end - 1]):
        end -= 1
    while start < end and _is_stamp_word(tokens[start]):
        start += 1
    dropped = tokens[:start] + tokens[end:]
    return tokens[start:end], bool(dropped) and _says_date(dropped)


def _strip_lead(tokens: list[str]) -> tuple[list[str], bool]:
    """ "By Tom Bell", "Reporter TOM BELL", "Senior Political Reporter Ana Ruiz": the cue or the
    title before a name; True when one was dropped."""
    if tokens and tokens[0].lower() == "by":
        return tokens[1:], True
    for index, token in enumerate(tokens[:4]):
        word = token.lower().rstrip(":")  # "Reporter: Ana Ruiz", a label
        if word.rstrip("s") in DESK_HEADS or word in _LEAD_CUES:
            title = " ".join(tokens[: index + 1]).rstrip(":")
            if index == 0 or is_desk_title(title):
                return tokens[index + 1 :], True
    return tokens, False


def _set_aside(part: str, line: str = "") -> bool:
    """An outlet, an agency, a title or a place: said in a byline, credited to no one. A byline
    capitalises them; "Ana Ruiz, a reporter" is prose, a person and what she does. In a `line`
    in capitals one short word has no acronym's look ("ANA RUIZ, OSLO"): only the lists make
    it an outlet, else it is reported (it was set aside and lost)."""
    acronym = looks_like_outlet(part) and (
        " " in part.strip() or not is_caps(line) or is_organisation_after_of(part, line)
    )
    return (
        part[:1].isupper()
        and not _person_then_prose(part)
        and (
            is_agency(part)
            or acronym
            or closing_outlet(part)  # "Lakeweek", "Wired": an outlet of one word
            or is_desk_title(part)
            or bool(TITLE_ONLY_RE.fullmatch(part))
            or is_known_place(part)
            or part.lower() == "staff"
        )
    )


def _person_then_prose(part: str) -> bool:
    """ "Tom Ray are reporters at The Harbour Times": a person and what the sentence says of
    her, which ends on an outlet's word but is no outlet (set aside, the person was lost)."""
    tokens = part.split()
    return (
        len(tokens) >= 3
        and tokens[2][:1].islower()
        and tokens[2] not in NAME_PARTICLES
        and is_person(" ".join(tokens[:2]))
    )


def scan_byline(
    line: str,
    read_cued: Callable[[str], list[Credit] | None] | None = None,
    *,
    declared: bool = False,
) -> tuple[list[Credit], tuple[str, ...]] | None:
    """The bylines in a line no shape reader read, with the parts left unread; None when the
    line does not read as a byline (see the module's guards).

    `read_cued` reads the line's first part when it opens with a cue the shape readers know
    ("Written by Ana Ruiz | Harbour Times | 3 May 2026": the cue's reader gives the role, and
    only the date after a bar had kept it from reading the line).

    `declared`: the editor pasted the line as a credit (the credits panel), so nothing on it
    need vouch for a byline: "Ana Ruiz", "ANA RUIZ / TOM BELL" are read by their names, a
    name-shaped part is a person without a known first name, and every other part that is not
    set aside is reported, however many. An agency alone ("Reuters", "AFP, May 3, 2026") stands
    as the byline, as in the agency-stamp reading: wire copy is credited to the wire, and the
    editor said this line is its credit. A line that reads as prose still gives nothing: a
    part left unread of more than three words holding a lower-case word ("The council met on
    Tuesday") is a sentence pasted by mistake, and the panel says it found no credit."""
    text = line.strip().strip("*_").strip()
    lowered = text.lower()
    if (
        not text
        or len(text) > (_MAX_DECLARED if declared else _MAX_SCAN)
        or text.endswith(("?", "!", ":", '"', "”"))
        or any(word in lowered for word in _NOT_MINE)
    ):
        return None
    if text.endswith(".") and not INITIALS_RE.fullmatch(text.split()[-1]):
        text = text[:-1].rstrip()
    people: list[str] = []
    run_on: list[str | None] = []  # the agency run on after each person ("TOM RAY REUTERS")
    cued: list[Credit] = []
    unread: list[str] = []
    agencies: list[str] = []
    outlets: list[str] = []  # the agencies and outlets set aside, whom the people work for
    vouched = False
    # the parts that name no one, in order, read once the people are known: (part, name, its
    # tokens), tokens None for a part that is only unread (an age)
    others: list[tuple[str, str, list[str] | None]] = []
    for index, part in enumerate(_parts(text, declared)):
        part = part.strip(" -–—")
        if not part:
            continue
        if index == 0 and read_cued is not None and (" by " in part or ":" in part):
            read = read_cued(part)
            if read:
                cued.extend(read)
                vouched = True
                continue
        if EMAIL_RE.fullmatch(part.strip("<>()")):
            vouched = True
            continue
        tokens, stamped = _strip_stamp(part.split())
        vouched = vouched or stamped
        if not tokens:
            if not stamped:
                others.append((part, part, None))  # "Ana Ruiz, 34": an age, no date
            continue  # a date or a time alone
        tokens, led = _strip_lead(tokens)
        name = " ".join(tokens)
        # "Tom Bell KTN": call letters run on vouch for a byline (a part "Harbour Bay Daily
        # News" is an outlet, so outlets of several words are not cut here)
        trimmed = without_desk_word(without_run_on(name, is_desk_title, outlets=False))
        cut = name[len(trimmed) :].strip() if name.startswith(trimmed) else ""
        name, led = trimmed, led or trimmed != name
        if tokens and is_person(name, known_first=not declared):
            people.append(name)
            # "ANA LIMA, TOM RAY REUTERS": the agency run on is whom they work for (it vouched
            # for the byline and was dropped)
            run_on.append(cut if cut and is_agency(cut) else None)
            vouched = vouched or led
        else:
            others.append((part, name, tokens))
    if not declared and not (people or cued):
        # no one named: what the other parts are cannot make it a byline (speed: the importer
        # asks this of every short paragraph holding a digit, "Para 12.")
        return None
    for part, name, tokens in others:
        if tokens is None:
            unread.append(part)
        elif not tokens or _set_aside(name, text) or (part != name and _set_aside(part, text)):
            vouched = True
            if is_agency(name):
                agencies.append(name)
            if (
                is_agency(name)
                or (len(name.split()) >= 2 and is_organisation(name) and not is_desk_title(name))
                or outlet_by_name(name)  # "Ana Ruiz, Politico": it was set aside and lost
            ):  # not a lone acronym, which may be a state's ("FL") as well as an outlet's
                outlets.append(name)
        else:
            # "ANA RUIZ, OSLO": a short word in capitals that may be her outlet or her town
            # still vouches for a byline, as it did when it was set aside, and is reported
            vouched = vouched or (is_caps(text) and _set_aside(name))
            unread.append(part)
    # "Ana Ruiz — Harbour Times", "ANA RUIZ | AFP | May 3": an outlet set aside is where the
    # people work (it was dropped); two ("Ana Ruiz | Harbour Times | Reuters") are both theirs,
    # a chain as the list reader writes it ("Harbour Times/Reuters")
    employer = "/".join(dict.fromkeys(outlets)) if outlets and people else None
    if not employer and people and run_on[-1] and not any(run_on[:-1]):
        employer = run_on[-1]  # run on after the last name, it reaches back, as "A and B/EPA"
    if declared:
        found = _declared(people or agencies, cued, unread)
        return _employed(_run_on(found, people, run_on), employer, len(cued))
    if not (people or cued) or not vouched or len(unread) > len(people) + len(cued):
        return None
    if any(len(part.split()) > 3 or not part[:1].isupper() for part in unread):
        return None  # "Ana Ruiz, Reuters, said the bridge will open": prose
    credits = cued + [Credit(CreditRole.BYLINE, name) for name in people]
    return _employed(_run_on((credits, tuple(unread)), people, run_on), employer, len(cued))


def _run_on(
    found: tuple[list[Credit], tuple[str, ...]] | None,
    people: list[str],
    run_on: list[str | None],
) -> tuple[list[Credit], tuple[str, ...]] | None:
    """`found` with each scanned person's run-on agency as her organisation."""
    if found is None or not any(run_on):
        return found
    agency_of = dict(zip(people, run_on, strict=True))
    credits = [
        replace(c, organisation=agency_of[c.name])
        if c.organisation is None and agency_of.get(c.name)
        else c
        for c in found[0]
    ]
    return credits, found[1]


def _employed(
    found: tuple[list[Credit], tuple[str, ...]] | None, employer: str | None, cued: int
) -> tuple[list[Credit], tuple[str, ...]] | None:
    """`found` with the scanned people (after the `cued` credits) working for `employer`."""
    if found is None or employer is None:
        return found
    credits, unread = found
    people = [c if c.organisation else replace(c, organisation=employer) for c in credits[cued:]]
    return credits[:cued] + people, unread


def _parts(text: str, declared: bool) -> list[str]:
    """The line cut at its separators; a declared line also at slashes between words and at
    another language's "and", the latter only where it joins names of two words or more
    ("Ana Ruiz y Tom Bell", while "José Ortega y Gasset" keeps its "y")."""
    if not declared:
        return _SPLIT_RE.split(text)
    parts: list[str] = []
    for part in _DECLARED_SPLIT_RE.split(text):
        pieces = _FOREIGN_AND_RE.split(part)
        if len(pieces) > 1 and all(len(piece.split()) >= 2 for piece in pieces):
            parts.extend(pieces)
        else:
            parts.append(part)
    return parts


def _declared(
    names: list[str], cued: list[Credit], unread: list[str]
) -> tuple[list[Credit], tuple[str, ...]] | None:
    """The declared reading's result: the people (or the agencies standing alone) and every
    part left unread; None when no one is named or an unread part is prose."""
    if not (names or cued):
        return None
    if any(len(part.split()) > 3 and is_prose_part(part) for part in unread):
        return None  # "Ana Ruiz arrived as the council met on Tuesday": prose
    credits = cued + [Credit(CreditRole.BYLINE, name) for name in names]
    return credits, tuple(unread)
