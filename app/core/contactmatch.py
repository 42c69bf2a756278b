"""Where a source's private details (contact and notes) are in some text, however a phone
number is punctuated.

The contact field is free text ("+48 600 100 200; marta.k@ministry.example"), and copy writes
the same number many ways ("600-100-200", "(+48) 600100200"), so a number is compared by its
digits: a run of digits in the text (spaces, hyphens, dots, brackets, slashes and "+" allowed
between them) that holds the last `PHONE_DIGITS` digits of the number is that number. A
number's country code and area code are often left out, its last digits never. Other parts
of the contact (an e-mail address, a handle) and the notes are matched as written, in any case
and spacing, in the folded visible text (app.core.namefold.project).

The gate (app.core.exporting.confidential), the output guard and the audit report's redaction
all ask this module, so what one refuses the others find.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from app.core.model import Source
from app.core.namefold import fold, project

PHONE_DIGITS = 7
"""Digits of a number that identify it: a local number without its area code has seven."""
PART_MIN = 6
"""Characters from which one part of a contact ("a@b.cd") counts on its own."""

SPLIT_RE = re.compile(r"[,;/|\n]+")
"""Between the parts of a contact field."""
_DIGITS_RE = re.compile(r"\d")
_RUN_RE = re.compile(r"\(?\+?\(?\d(?:[\s\-.()/\u00a0\u2010-\u2015]{0,3}\d)*")
"""Digits with the punctuation people put inside a phone number."""


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in _DIGITS_RE.findall(text))


def contact_parts(contact: str | None) -> list[str]:
    """The parts of a contact field that count alone (long enough to name nobody else)."""
    if not contact:
        return []
    return [p.strip() for p in SPLIT_RE.split(contact) if len(p.strip()) >= PART_MIN]


def phone_keys(sources: Iterable[Source]) -> frozenset[str]:
    """The last `PHONE_DIGITS` digits of every phone number in the sources' contacts."""
    keys: set[str] = set()
    for source in sources:
        for part in contact_parts(source.contact):
            digits = _digits(part)
            if len(digits) >= PHONE_DIGITS:
                keys.add(digits[-PHONE_DIGITS:])
    return frozenset(keys)


def find_phones(text: str | None, keys: frozenset[str]) -> list[tuple[int, int]]:
    """Offsets in `text` of each run of digits holding one of `keys`."""
    if not text or not keys:
        return []
    found: list[tuple[int, int]] = []
    for match in _RUN_RE.finditer(text):  # \d is any script's digit ("６００" is 600)
        if any(key in _digits(match.group()) for key in keys):
            found.append(match.span())
    return found


def _pattern(value: str) -> re.Pattern[str] | None:
    words = fold(value).split()
    if len("".join(words)) < 3:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def detail_patterns(sources: Iterable[Source]) -> tuple[re.Pattern[str], ...]:
    """The contact (whole and by parts) and the notes of each source, as folded patterns."""
    patterns: list[re.Pattern[str]] = []
    for source in sources:
        for value in (source.contact, source.notes, *contact_parts(source.contact)):
            pattern = _pattern(value or "")
            if pattern is not None:
                patterns.append(pattern)
    return tuple(patterns)


def find_details(
    text: str | None, sources: Iterable[Source], *, markup: bool = True
) -> list[tuple[int, int]]:
    """Offsets in `text` (markup and all) of any source's contact, a part of it, a phone
    number in it however punctuated, or its notes."""
    sources = tuple(sources)
    if not text or not sources:
        return []
    spans = find_phones(text, phone_keys(sources))
    patterns = detail_patterns(sources)
    if patterns:
        shown = project(text, markup=markup)
        spans += [
            shown.span(*match.span())
            for pattern in patterns
            for match in pattern.finditer(shown.text)
        ]
    return sorted(spans)
