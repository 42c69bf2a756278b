"""Credit lines: parse agency and house credit lines into ordered Credits.

Rendering credits back in a house style lives with the exporters (app/core/exporting/credits.py).
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credit_agency_place import agency_place_byline, may_be_agency_place
from app.core.analysis.credit_bare import bare_credit, may_be_bare_credit
from app.core.analysis.credit_bios import bio_credits
from app.core.analysis.credit_caption_tail import caption_tails, may_hold_caption_credit
from app.core.analysis.credit_cues import BYLINE_START_RE
from app.core.analysis.credit_desk_tail import without_desk_tails
from app.core.analysis.credit_email_byline import email_byline
from app.core.analysis.credit_emails import EMAIL_RE
from app.core.analysis.credit_kickers import is_kicker
from app.core.analysis.credit_line import CreditLine
from app.core.analysis.credit_lower_case import read_lower_case, typed_in_lower_case
from app.core.analysis.credit_name_case import proper_case_credits
from app.core.analysis.credit_name_scan import may_scan_names, scan_byline
from app.core.analysis.credit_names import looks_like_name
from app.core.analysis.credit_organisations import is_organisation
from app.core.analysis.credit_parts import may_be_bare_byline, read_part
from app.core.analysis.credit_people import parse_people
from app.core.analysis.credit_person_records import credits_of
from app.core.analysis.credit_photo_scan import photo_scan
from app.core.analysis.credit_placeholders import without_placeholders
from app.core.analysis.credit_sentences import NOTE_WORDS, read_sentences
from app.core.analysis.credit_slash import may_be_slash_credit
from app.core.analysis.credit_spelling import house_spelling
from app.core.analysis.credit_stamp_tail import stamped_byline
from app.core.analysis.credit_stamps import agency_stamp_byline
from app.core.analysis.credit_titles import without_titles
from app.core.analysis.credit_wrappers import BULLETS, strip_wrappers
from app.core.analysis.credit_written_sentence import written_names
from app.core.analysis.first_names import is_first_name
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
    "stands_as_credit_line",
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
# list for the pre-filter and for parse_byline (which leaves out Swahili's "Na": see
# _FOREIGN_BY_RE). Italian "di" counts in lower case or capitals only: "Di" opens surnames.
_FOREIGN_BY_WORDS = "von|por|par|door|av|af|przez|oleh|(?-i:di|DI|Na|NA)"
_FOREIGN_HINT_RE = re.compile(rf"\s*(?:{_FOREIGN_BY_WORDS})\b", re.I)


def read_credit_line(line: str, *, declared: bool = False) -> CreditLine:
    """Credits in one credit line, in order, with the parts that failed; empty when the line is
    not a credit line at all.

    `declared`: the editor said the line is a credit (the credits panel's paste box), so when no
    reader reads it, it is read by the names in it (`scan_byline(declared=True)`). The importer
    never declares: it asks of every short paragraph whether it is a credit."""
    found = None
    if len(line) <= MAX_CREDIT_LINE and typed_in_lower_case(line):
        # "by ana lima": read as "BY ANA LIMA", whose names the readers know (credit_lower_case)
        found = read_lower_case(
            line, lambda text: _read_credit_line(text, declared=declared), declared=declared
        )
    if found is None:
        found = _read_credit_line(line, declared=declared)
    # "Dr Ana Lima", "Prof. Tom Ray": a title before a name is no part of it (credit_titles),
    # whichever reader read the name
    titled = [replace(c, name=without_titles(c.name)) for c in found.credits]
    # "REUTERS", "ASSOCIATED PRESS": an agency in capitals as it writes its name (credit_spelling)
    titled = [_house_spelt(c) for c in titled]
    if titled != found.credits:
        found = CreditLine(titled, found.failed, found.caption)
    if not declared:
        _remember_verdicts(line, _verdicts_of(found))
    return found


def _house_spelt(credit: Credit) -> Credit:
    name, organisation = house_spelling(credit.name), house_spelling(credit.organisation)
    if (name, organisation) == (credit.name, credit.organisation):
        return credit
    return replace(credit, name=name or credit.name, organisation=organisation)


def _read_credit_line(line: str, *, declared: bool) -> CreditLine:
    """`read_credit_line` before the titles are dropped from the names."""
    found = _read_line(line)
    if declared and not found.credits and not found.caption:
        # "Ana Lima is a staff writer for The Herald.": a writer's note, a credit once pasted
        # "Ana Lima and Tom Ray are reporters at The Herald.": a note on several writers too
        bios = bio_credits(line, journalist=True) if len(line) <= MAX_CREDIT_LINE else None
        if bios:
            return CreditLine(proper_case_credits(bios))
        text = strip_wrappers(line) if len(line) <= MAX_CREDIT_LINE else ""
        byline = _declared_byline(text) if text else None
        if byline is not None:
            return without_placeholders(without_desk_tails(byline))
        scanned = scan_byline(text, _read_cued, declared=True) if text else None
        kept = [c for c in scanned[0] if not is_kicker(c.name)] if scanned else []
        if scanned and kept:  # not "Live Updates", "Kestrel Valley"
            found = CreditLine(proper_case_credits(kept), scanned[1])
    # "By Admin": a site's account, no one's credit; "Nell Varga Contributor": her job, no name
    return without_placeholders(without_desk_tails(found))


def _declared_byline(text: str) -> CreditLine | None:
    """A pasted line of names read as the byline it is declared to be ("Ana Lima and Tom Ray
    of The Harbour Times", "Ana Lima and Tom Ray in Oslo", "Per Lund of Bergen"): read with
    "By" before it, whole, as `parse_byline` reads a metadata field, with what "By" leaves
    unread reported. The name scan read them one at a time and lost a name before "of", or
    read nothing and reported nothing."""
    if BYLINE_START_RE.match(text):
        return None
    read = _read_line(f"By {text}")
    if not read.credits or read.caption:
        return None
    if not all(_declared_writer(c) for c in read.credits):
        return None  # "Keyboard", "Touch Bar", a headline's words: no writers
    return read


def _declared_writer(credit: Credit) -> bool:
    """A writer a pasted byline names: a person's name of two to four words with a known first
    name (not "Touch Bar", "Reuters", "Small Steps Toward College Savings"), working for an
    outlet the lists know if for any ("Clinton Plan" of "Taxes Is Expansive" is a headline)."""
    words = credit.name.split()
    return (
        2 <= len(words) <= 4
        and looks_like_name(credit.name, allow_single=False)
        and is_first_name(words[0].title())
        and not is_kicker(credit.name)
        and (credit.organisation is None or is_organisation(credit.organisation))
    )


def _read_line(line: str) -> CreditLine:
    """The line as every reader but the declared one reads it (what the importer sees)."""
    if len(line) > MAX_CREDIT_LINE:
        return CreditLine()
    lowered = line.lower()
    if (
        not any(word in lowered for word in _HINT_WORDS)
        and not _FOREIGN_HINT_RE.match(line.lstrip(BULLETS + "-—–* "))
        and not may_be_bare_byline(line)
        and not may_be_slash_credit(line)
        and not may_be_bare_credit(line)
        and not may_hold_caption_credit(line)
        and not may_scan_names(line)
        and not may_be_agency_place(line)
    ):
        return CreditLine()
    text = strip_wrappers(line)
    if not text:
        return CreditLine()
    found = read_part(text)
    unread_only = None  # "By Staff": a credit line that names no one (credit_parts.read_part)
    if found is not None and not found.credits:
        unread_only, found = found, None  # the other readers are asked first, as before
    if (found is None or found.failed) and (
        found is not None or any(word in lowered for word in NOTE_WORDS)
    ):
        split = read_sentences(text)
        if split is not None and (found is None or len(split.failed) < len(found.failed)):
            found = split
    if found is None:
        agency = agency_stamp_byline(line)
        if agency:
            return CreditLine([Credit(CreditRole.BYLINE, agency)])
        placed = agency_place_byline(line)  # "PTI, Tarnowo"
        if placed:
            return CreditLine([placed])
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
        scanned = scanned or stamped_byline(line, _read_cued)
        if scanned:
            return CreditLine(proper_case_credits(scanned[0]), scanned[1])
        if may_hold_caption_credit(line):
            caption = _caption_credit(line)
            return caption if caption.credits or unread_only is None else unread_only
        return _scanned(line) or unread_only or CreditLine()
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
    read = read_part(part)
    return read.credits if read is not None and not read.failed else None


def _scanned(line: str, found: CreditLine | None = None) -> CreditLine | None:
    """The picture credit read by cue and names (credit_photo_scan) when the shape readers read
    nothing, or left a part unread or credited a picture mark; only a reading that leaves less
    unread than theirs replaces a reading that credited photographers alone."""
    scan = photo_scan(line)
    if scan is None:
        return None
    names, failed, employers = scan
    if found is not None and not _scan_better(found, names, failed):
        return None
    credits = [
        Credit(CreditRole.PHOTO, name, organisation=employer)
        for name, employer in zip(names, employers, strict=True)
    ]
    # "ANA LIMA/AFP PHOTO": in proper case as every other reader gives a name (it stayed in
    # capitals when no shape reader read the line)
    return CreditLine(proper_case_credits(credits), tuple(failed))


def _scan_better(found: CreditLine, names: list[str], failed: list[str]) -> bool:
    if any(c.role is not CreditRole.PHOTO for c in found.credits):
        return False
    if any(c.name.lower() in PICTURE_MARKS for c in found.credits):
        return True  # "Photo: File / Ana Lima" credited "File"
    had = {c.name.lower() for c in found.credits}
    lost = had < {name.lower() for name in names}  # "Photo: Ana Lima | Tom Ray" kept one
    return len(failed) < len(found.failed) or (lost and len(failed) <= len(found.failed))


def _as_photo(credit: Credit) -> Credit:
    return replace(credit, role=CreditRole.PHOTO)  # its organisation kept


def _caption_credit(line: str) -> CreditLine:
    """The picture credit at the end of a caption, with the caption kept apart: the tail must
    give picture credits only and leave nothing unread ("... in Leeds. By Ana Lima" is prose)."""
    for caption, tail in caption_tails(line):
        text = strip_wrappers(tail)
        read = read_part(text) if text else None
        if read and not read.failed and all(c.role is CreditRole.PHOTO for c in read.credits):
            return CreditLine(proper_case_credits(read.credits), caption=caption)
    return CreditLine()


def parse_credit_line(line: str) -> list[Credit]:
    """Credits in one credit line, in order; [] when the line is not a credit line."""
    return read_credit_line(line).credits


# (not Swahili's "Na": a metadata field holds names without the cue, and "Na" opens Korean names)
_FOREIGN_BY_RE = re.compile(rf"^(?:{_FOREIGN_BY_WORDS.replace('|Na|NA', '')})\s+(?=\S+\s+\S)", re.I)


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
        return [replace(c, role=CreditRole.BYLINE) for c in found]  # organisation kept
    return [Credit(CreditRole.BYLINE, text)] if looks_like_name(text) else []


_VERDICTS: dict[str, int] = {}
"""What each short line read lately is, by its exact text: a credit line (_CREDITS) and one the
importer takes out of the body (_STANDS_ALONE), as bits. The importer reads every paragraph as a
possible credit line (the wire reader asks each line of hard-wrapped copy twice, as itself and
as the line before the next), then the analysis of the story it saves asks the same of each
again (and of every paragraph at each later save): 50,000 short paragraphs cost some 2 s a pass.
The reading is a pure function of the text (fixed lists, no settings), so a verdict once found
stands."""
_MAX_VERDICT_LINE = 200  # what is_credit_paragraph asks of; a longer line is never kept
_MAX_VERDICTS = 1 << 16  # some 15 MB at most; emptied, not trimmed, when full (simple)
_CREDITS = 1
_STANDS_ALONE = 2


def _verdicts_of(found: CreditLine) -> int:
    credits = _CREDITS if found.credits and not found.caption else 0
    return credits | (_STANDS_ALONE if found.stands_alone else 0)


def _remember_verdicts(line: str, verdicts: int) -> None:
    if len(line) <= _MAX_VERDICT_LINE:
        if len(_VERDICTS) >= _MAX_VERDICTS:
            _VERDICTS.clear()
        _VERDICTS[line] = verdicts


def _verdicts(line: str) -> int:
    known = _VERDICTS.get(line)
    return known if known is not None else _verdicts_of(read_credit_line(line))


def is_credit_line(line: str) -> bool:
    """Whether a whole line is a credit line (the importer moves such lines out of the body); a
    caption with its picture's credit at the end is not one."""
    return bool(_verdicts(line) & _CREDITS)


def stands_as_credit_line(line: str) -> bool:
    """Whether the importer takes `line` out of the body (`CreditLine.stands_alone`: a line
    that names no one but reports its part, "By Staff", too), from the verdicts kept."""
    return bool(_verdicts(line) & _STANDS_ALONE)


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


def parse_credits(text: str, *, declared: bool = True) -> list[Credit]:
    """Credits in a block of credit lines; an e-mail alone on a line joins the credit above it.

    The caller says the block is credit lines, so each line is read as `declared` (a line of bare
    names is a byline); pass `declared=False` to ask of loose text which lines are credits."""
    return read_credits(text, declared=declared).credits


def read_credits(text: str, *, declared: bool = True) -> CreditLine:
    """As `parse_credits`, with the parts of credit lines that could not be read; `declared`
    as in `read_credit_line`."""
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
                credits[-1] = replace(last, email=address)
            previous_was_credit = False
            continue
        found = read_credit_line(line, declared=declared)
        credits.extend(found.credits)
        failed.extend(found.failed)
        previous_was_credit = bool(found.credits)
    return CreditLine(credits, tuple(failed))
