"""Credit lines: parse agency and house credit lines into ordered Credits.

Rendering credits back in a house style lives with the exporters (app/core/exporting/credits.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.analysis.credit_bare import bare_credit, may_be_bare_credit
from app.core.analysis.credit_caption_tail import caption_tails, may_hold_caption_credit
from app.core.analysis.credit_cues import BYLINE_START_RE, cue_segments, english_byline
from app.core.analysis.credit_email_byline import email_byline
from app.core.analysis.credit_forms import BIO_RE, PRONOUN_REACHED_RE, parse_sentence_form
from app.core.analysis.credit_name_scan import may_scan_names, scan_byline
from app.core.analysis.credit_names import looks_like_name, looks_like_outlet
from app.core.analysis.credit_people import (
    _TITLE_ONLY_RE,
    DESK_HEADS,
    EMAIL_RE,
    credits_of,
    is_agency,
    is_desk_title,
    parse_people,
    proper_case_credits,
)
from app.core.analysis.credit_photo_scan import photo_scan
from app.core.analysis.credit_slash import may_be_slash_credit, slash_photo_credit
from app.core.analysis.credit_stamps import agency_stamp_byline, strip_stamps
from app.core.analysis.credit_written_sentence import written_names
from app.core.analysis.news_agencies import PICTURE_MARKS
from app.core.model import Credit, CreditRole

__all__ = [
    "EMAIL_RE",
    "CreditLine",
    "email_only",
    "is_credit_line",
    "is_credit_paragraph",
    "looks_like_name",
    "parse_byline",
    "parse_credit_line",
    "parse_credits",
    "read_credit_line",
    "read_credits",
]

# Credit lines are short (a dozen contributors with places and e-mails run to about 700
# characters); anything much longer is prose, and skipping it keeps huge pastes fast.
MAX_CREDIT_LINE = 2000

_EMAIL_ONLY_RE = re.compile(
    r"[<(\[]?\s*(?:e-?mail:?\s*)?(" + EMAIL_RE.pattern + r")\s*[>)\]]?\.?", re.I
)

# A cheap pre-filter before the full grammar: a credit line holds one of these (lower case).
_HINT_WORDS = (
    "by",
    ":",
    "contribut",
    "assistance",
    "contact",
    "photo",
    "foto",
    "report",
    "editing",
    "reach",
    "mail",
    "with",
    "used in this",
    "research",
    "courtesy",
    "@",
)
# "by" in the languages whose bylines the readers know ("von Ana Lima", "oleh Ana Lima"): one
# list for the pre-filter and for parse_byline (which alone also reads "di", as before).
_FOREIGN_BY_WORDS = "von|por|par|door|av|af|przez|oleh"
_FOREIGN_HINT_RE = re.compile(rf"\s*(?:{_FOREIGN_BY_WORDS})\b", re.I)


# Glyphs a page sets before a byline: "■ by ANA LIMA", "● By Ana Lima".
_BULLETS = "■●•▪►▶"


def _strip_wrappers(line: str) -> str:
    text = strip_stamps(line.strip()).lstrip(_BULLETS).strip()
    if text.endswith((").", "].")):
        text = text[:-1]  # "(AP Photo/Ana Lima)." : a caption's full stop after its credit
    for _ in range(3):
        if len(text) >= 2 and text[0] in "([" and text[-1] in ")]":
            text = text[1:-1].strip()
        elif len(text) >= 3 and text[0] in "*_" and text[-1] == text[0]:
            # Markdown emphasis from an imported page or document: "*Reporting by ...*",
            # "_Additional reporting by ..._", "**By Ana Lima**" (the italic end note)
            text = text.strip(text[0]).strip()
        else:
            break
    text = strip_stamps(text.lstrip("-—–*, ").strip())  # ", by Ana Lima": a listing's byline
    if text[:3].lower() == "by " and text.endswith(":"):
        # "By Ana Lima, IANS, Leeds :": a wire stringer's byline with the dateline's colon
        text = text[:-1].rstrip()
        town = _STRINGER_TOWN_RE.fullmatch(text)
        if town and not is_agency(town["town"]) and not looks_like_outlet(town["town"]):
            # "By Ana Lima, Leeds :": before the dateline's colon the last part is its town
            text = f"{town['names']} in {town['town']}"
    # "By Ana Lima · 4 min read", "By Ana Lima @analima": a web page's reading time or the
    # writer's social handle, copied with the byline
    text = _HANDLE_RE.sub("", _READING_TIME_RE.sub("", text)).strip()
    if text[:3].lower() == "by " and (" The " in text or " THE " in text):
        text = _CAPS_OUTLET_RE.sub(r"\g<names>, ", text, count=1)
    lowered = text.lower()
    if "posted" in lowered or "published" in lowered or "updated" in lowered:
        text = _STAMP_RE.sub("", text).strip()
    return text


# "By ANA LIMA The Harbour Times", "By ANA LIMA and TOM RAY THE HARBOUR TIMES": a printed
# page's byline, the names in capitals run on to the paper's name with no comma between. A
# comma is put back where the capitals end, so the outlet is read as an outlet, not a name.
_CAPS_OUTLET_RE = re.compile(
    r"(?P<names>\b[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3})\s+(?=(?:The|THE)\s+[A-Z])"
)
_STRINGER_TOWN_RE = re.compile(r"(?P<names>[^,]+),\s*(?P<town>[A-Z][\w'’-]+)")
_HANDLE_RE = re.compile(r"(?:^|(?<=\s))\(?@\w{1,30}\)?(?=\s|$)")
# "By Ana Lima | Updated 4:15 p.m. ET", "Ana Lima · CBC News · Posted: Jan 05, 2026": a web
# page's time stamp copied with the byline (it holds a digit; the names never do).
_STAMP_RE = re.compile(
    r"\s*[·•|,–—-]?\s*\b(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ll]ast\s+[Uu]pdated|POSTED|"
    r"PUBLISHED|UPDATED)\b(?!\s+by\b):?(?=[^@]*\d)[^@]*$"
)
_READING_TIME_RE = re.compile(r"\s*[·•|–—-]\s*\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\s*$", re.I)


@dataclass(frozen=True, slots=True)
class CreditLine:
    """What one credit line gave: the credits read, and the parts that could not be read.

    A part that fails never loses the rest of the line; it is kept here so the caller can
    report it ("Could not read: ...").
    """

    credits: list[Credit] = field(default_factory=list)
    failed: tuple[str, ...] = ()
    # The caption before a picture credit run on at its end ("... on May 3. REUTERS/Ana Lima"):
    # the story's text, so the line is no credit line and the importer keeps it in the body.
    caption: str = ""


# A part that failed may be dropped from a credit line only when it is this short: anything
# longer is prose that happens to start like a credit ("Reporting by the newspaper showed...").
_MAX_FAILED_WORDS = 8


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
        or bool(_TITLE_ONLY_RE.fullmatch(part))
    )


def _may_be_bare_byline(line: str) -> bool:
    """The cheap test before `_no_cue_byline`: a short line with a separator or a desk title."""
    if len(line) > _MAX_NO_CUE:
        return False
    lowered = line.lower()
    return any(mark in line for mark in ",|·•") or any(word in lowered for word in DESK_HEADS)


def _read_part(text: str) -> CreditLine | None:
    """One credit line (or one sentence of it): its credits and failed parts, or None."""
    sentence = parse_sentence_form(text)
    if sentence is not None:
        return CreditLine(sentence)
    segments = cue_segments(english_byline(text))
    if not segments:
        slash = slash_photo_credit(text) if "/" in text or " via " in text else None
        if slash:
            return CreditLine(slash)
        return _no_cue_byline(text) if _may_be_bare_byline(text) else None
    credits: list[Credit] = []
    failed: list[str] = []
    for role, body in segments:
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
                    else:
                        read.people.extend(piece_read.people)
                        read.failed.extend(piece_read.failed)
        if read is None:
            failed.append(body)
            continue
        credits.extend(credits_of(role, read.people))
        failed.extend(read.failed)
    if not credits or any(len(part.split()) > _MAX_FAILED_WORDS for part in failed):
        return None
    return CreditLine(credits, tuple(failed))


# Where a credit line may hold a second sentence: ". " before a capital. An abbreviation
# ("St. Louis", "Jr. Carl") also matches; the reader joins sentences back until they read.
_SENTENCE_END_RE = re.compile(
    r"\.(?<=[^\s.]{2}\.)(?<!\bSt\.)(?<!\bMt\.)(?<!\bFt\.)(?<!\bJr\.)(?<!\bSr\.)(?<!\bDr\.)"
    r"(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)\s+(?=[A-Z\"“(])"
    r"|\s(?=To\s+contact\s+the\b)"  # Bloomberg runs its two contact notes together
    r"|;\s+(?=[A-Z])"  # "A reported from Kyiv; B contributed from Moscow."
)
# Words of the notes written as several sentences; other prose skips the sentence reader.
_NOTE_WORDS = ("reported from", "contribut", "reach", "contact", "mail")
_MAX_SENTENCES = 8
_MAX_NOTE_CHARS = 700  # a note of several sentences naming a dozen people and places


def _read_sentences(text: str) -> CreditLine | None:
    """ "A reported from Kyiv, and B from Moscow. C contributed reporting from Washington.":
    every sentence must read as credits (or give the e-mail of the credit before), else the
    paragraph is prose."""
    if len(text) > _MAX_NOTE_CHARS:
        return None
    cuts = [m.end() for m in _SENTENCE_END_RE.finditer(text)]
    if not cuts or len(cuts) >= _MAX_SENTENCES:
        return None
    bounds = [0, *cuts, len(text)]
    credits: list[Credit] = []
    failed: list[str] = []
    writer: str | None = None  # named by a note ("Ana Lima covers city hall."), not yet credited
    start = 0
    while start < len(bounds) - 1:
        # An abbreviation cut a sentence at most twice ("Tom Ray in St. Louis, Mo. Ana ..."):
        # trying three pieces at most keeps prose, which fails at once, cheap.
        for end in range(start + 1, min(start + 4, len(bounds))):
            chunk = text[bounds[start] : bounds[end]].strip().removesuffix(";")
            reached = PRONOUN_REACHED_RE.match(chunk)
            address = EMAIL_RE.search(chunk) if reached else None
            if address and writer:
                credits.append(Credit(CreditRole.BYLINE, writer, None, address.group()))
                writer = None
                break
            if address and credits and credits[-1].email is None:
                last = credits[-1]
                credits[-1] = Credit(last.role, last.name, last.location, address.group())
                break
            read = _read_part(chunk)
            if read is not None:
                credits.extend(read.credits)
                failed.extend(read.failed)
                break
            bio = BIO_RE.match(chunk.rstrip("."))
            if bio and writer is None and looks_like_name(bio["name"], allow_single=False):
                writer = bio["name"]
                break
        else:
            return None
        start = end
    return CreditLine(credits, tuple(failed)) if credits and writer is None else None


def read_credit_line(line: str) -> CreditLine:
    """Credits in one credit line, in order, with the parts that failed; empty when the line is
    not a credit line at all."""
    if len(line) > MAX_CREDIT_LINE:
        return CreditLine()
    lowered = line.lower()
    if (
        not any(word in lowered for word in _HINT_WORDS)
        and not _FOREIGN_HINT_RE.match(line.lstrip(_BULLETS + "-—–* "))
        and not _may_be_bare_byline(line)
        and not may_be_slash_credit(line)
        and not may_be_bare_credit(line)
        and not may_hold_caption_credit(line)
        and not may_scan_names(line)
    ):
        return CreditLine()
    text = _strip_wrappers(line)
    if not text:
        return CreditLine()
    found = _read_part(text)
    if (found is None or found.failed) and (
        found is not None or any(word in lowered for word in _NOTE_WORDS)
    ):
        split = _read_sentences(text)
        if split is not None and (found is None or len(split.failed) < len(found.failed)):
            found = split
    if found is None:
        agency = agency_stamp_byline(line)
        if agency:
            return CreditLine([Credit(CreditRole.BYLINE, agency)])
        mailed = email_byline(line) if "@" in line else None
        if mailed:
            return CreditLine(proper_case_credits(mailed))
        bare = bare_credit(line) if may_be_bare_credit(line) else None
        if bare:
            return CreditLine(proper_case_credits(bare))
        names = written_names(line) if " by " in lowered else None
        read = parse_people(names, CreditRole.WRITING, allow_single=False) if names else None
        if read and read.people and not read.failed:
            return CreditLine(credits_of(CreditRole.WRITING, read.people))
        scanned = scan_byline(text, _read_cued) if may_scan_names(line) else None
        if scanned:
            return CreditLine(proper_case_credits(scanned[0]), scanned[1])
        if may_hold_caption_credit(line):
            return _caption_credit(line)
        return _scanned(line) or CreditLine()
    found = _scanned(line, found) or found
    if (
        line.lstrip()[:1] in "(["
        and not BYLINE_START_RE.match(text)
        and all(c.role is CreditRole.BYLINE for c in found.credits)
    ):
        # "(Harbour Post contributor Ana Lima)", "(Ana Lima, Harbour Post)": a credit in
        # brackets with no "By" is set under a picture, so it credits the photographer
        found = CreditLine([_as_photo(c) for c in found.credits], found.failed)
    return CreditLine(proper_case_credits(found.credits), found.failed)


def _read_cued(part: str) -> list[Credit] | None:
    """The credits of a cued part read whole ("Written by Ana Lima"), for the name scan."""
    read = _read_part(part)
    return read.credits if read is not None and not read.failed else None


def _scanned(line: str, found: CreditLine | None = None) -> CreditLine | None:
    """The picture credit read by cue and names (credit_photo_scan) when the shape readers read
    nothing, or left a part unread or credited a picture mark; only a reading that leaves less
    unread than theirs replaces a reading that credited photographers alone."""
    scan = photo_scan(line)
    if scan is None:
        return None
    names, failed = scan
    if found is not None and not _scan_better(found, names, failed):
        return None
    return CreditLine([Credit(CreditRole.PHOTO, name) for name in names], tuple(failed))


def _scan_better(found: CreditLine, names: list[str], failed: list[str]) -> bool:
    if any(c.role is not CreditRole.PHOTO for c in found.credits):
        return False
    if any(c.name.lower() in PICTURE_MARKS for c in found.credits):
        return True  # "Photo: File / Ana Lima" credited "File"
    had = {c.name.lower() for c in found.credits}
    lost = had < {name.lower() for name in names}  # "Photo: Ana Lima | Tom Ray" kept one
    return len(failed) < len(found.failed) or (lost and len(failed) <= len(found.failed))


def _as_photo(credit: Credit) -> Credit:
    return Credit(CreditRole.PHOTO, credit.name, credit.location, credit.email)


def _caption_credit(line: str) -> CreditLine:
    """The picture credit at the end of a caption, with the caption kept apart: the tail must
    give picture credits only and leave nothing unread ("... in Leeds. By Ana Lima" is prose)."""
    for caption, tail in caption_tails(line):
        text = _strip_wrappers(tail)
        read = _read_part(text) if text else None
        if read and not read.failed and all(c.role is CreditRole.PHOTO for c in read.credits):
            return CreditLine(proper_case_credits(read.credits), caption=caption)
    return CreditLine()


def parse_credit_line(line: str) -> list[Credit]:
    """Credits in one credit line, in order; [] when the line is not a credit line."""
    return read_credit_line(line).credits


_FOREIGN_BY_RE = re.compile(rf"^(?:{_FOREIGN_BY_WORDS}|di)\s+(?=\S+\s+\S)", re.I)


def parse_byline(value: str) -> list[Credit]:
    """Byline credits from a metadata field (ninjs `by`, front matter `author`, page author).

    The field holds names without the cue, maybe with the cue in another language ("Von ...",
    "Par ..."); plain names that pass `looks_like_name` are kept even without a cue.
    """
    text = _FOREIGN_BY_RE.sub("", value.strip())
    if not text:
        return []
    found = parse_credit_line(text if BYLINE_START_RE.match(text) else f"By {text}")
    if found:
        return [Credit(CreditRole.BYLINE, c.name, c.location, c.email) for c in found]
    return [Credit(CreditRole.BYLINE, text)] if looks_like_name(text) else []


def is_credit_line(line: str) -> bool:
    """Whether a whole line is a credit line (the importer moves such lines out of the body); a
    caption with its picture's credit at the end is not one."""
    found = read_credit_line(line)
    return bool(found.credits) and not found.caption


def is_credit_paragraph(block: str) -> bool:
    """A paragraph of the copy that is a credit line ("By Ana Lima", "Ana Lima, Staff Reporter",
    "Tom Ray contributed reporting"): it names the writers, who never speak in their own copy,
    so the analysis meets no one in it. Most paragraphs are longer than a credit line and are
    not parsed as one (speed)."""
    return len(block) <= 200 and block.count(" ") <= 15 and is_credit_line(block.strip())


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
