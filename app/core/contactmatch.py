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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

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


@dataclass(frozen=True)
class PhoneKey:
    """A stored phone number with what matching it needs worked out once, not again for
    each group of digits of each run of the copy."""

    digits: str
    prefix: str
    """The digits before the last `PHONE_DIGITS`, leading zeros ("00", trunk "0") dropped."""
    prefixes: frozenset[str]
    """`prefix`, and `prefix` with any one "0" left out ("+48 (0) 600 ...")."""


PhoneKeys = Mapping[str, tuple[PhoneKey, ...]]
"""The stored numbers by their last `PHONE_DIGITS` digits: a group of digits in the copy
looks up only the numbers it ends like."""


def phone_keys(sources: Iterable[Source]) -> PhoneKeys:
    """Every phone number in the sources' contacts (`PHONE_DIGITS` digits or more)."""
    keys: dict[str, set[PhoneKey]] = {}
    for source in sources:
        for part in contact_parts(source.contact):
            digits = _digits(part)
            if len(digits) >= PHONE_DIGITS:
                prefix = digits[:-PHONE_DIGITS].lstrip("0")
                key = PhoneKey(digits, prefix, frozenset(_without_a_zero(prefix)))
                keys.setdefault(digits[-PHONE_DIGITS:], set()).add(key)
    return {tail: tuple(sorted(found, key=lambda k: k.digits)) for tail, found in keys.items()}


_GROUP_RE = re.compile(r"\d+")


def find_phones(text: str | None, keys: PhoneKeys) -> list[tuple[int, int]]:
    """Offsets in `text` of each run of digits that is one of the numbers `keys`: from the
    run's start to a group of digits that ends with the number's last `PHONE_DIGITS` digits,
    with nothing before them but what the number itself, a "+"/"00" country code or a trunk
    "0" could put there ("+48 (0) 600 311 742", "600-311-742 - 24 hours"). A figure holding
    those digits after others ("1 600 311 742" zloty) or inside a longer number is not it."""
    if not text or not keys:
        return []
    found: list[tuple[int, int]] = []
    for match in _RUN_RE.finditer(text):  # \d is any script's digit ("６００" is 600)
        run = match.group()
        digits = ""
        for group in _GROUP_RE.finditer(run):
            digits += _digits(group.group())
            numbers = keys.get(digits[-PHONE_DIGITS:], ()) if len(digits) >= PHONE_DIGITS else ()
            if numbers and _is_one_of(digits, numbers, run):
                found.append((match.start(), match.start() + group.end()))
                break
    return found


def _is_one_of(digits: str, numbers: tuple[PhoneKey, ...], run: str) -> bool:
    """Are `digits` (a run of copy up to a group's end, ending as `numbers` all do) one of
    the phone `numbers`?"""
    written = digits[:-PHONE_DIGITS].lstrip("0")  # "00" or a trunk "0" before it
    variants = _without_a_zero(written)
    international = run.lstrip("( ").startswith(("+", "00"))
    for number in numbers:
        # "+48 (0) 600 311 742": a trunk "0" kept after the country code, in copy or contact.
        if any(s.endswith(w) for w in variants for s in number.prefixes):
            return True
        # A country code the contact left out: only where the copy marks it one ("+48", "0048").
        extra = len(written) - len(number.prefix)
        if international and 1 <= extra <= 3 and written.endswith(number.prefix):
            return True
    return False


def _without_a_zero(digits: str) -> set[str]:
    """`digits`, and `digits` with any one "0" left out."""
    return {digits} | {digits[:i] + digits[i + 1 :] for i, c in enumerate(digits) if c == "0"}


_AT = r"\s*(?:@|[\[({<]?\s*at\s*[\])}>]?)\s*"
_DOT = r"\s*(?:\.|[\[({<]?\s*dot\s*[\])}>]?)\s*"
"""How copy disguises an e-mail address from harvesters, which a reader undoes at once:
"name (at) example (dot) org", "name[at]example.org", "name at example dot org",
"name @ example . org". Markdown drops the square brackets, so "[at]" may come as a bare
"at" run into the words around it."""
_EMAIL_RE = re.compile(r"^[^\s@]+@[^\s@]+\.[^\s@]+$")


def _email_pattern(address: str) -> str:
    """An e-mail address as a pattern that also finds it spelt out to fool harvesters."""
    local, _, domain = address.partition("@")

    def dotted(part: str) -> str:
        return _DOT.join(re.escape(piece) for piece in part.split("."))

    return dotted(local) + _AT + dotted(domain)


def _pattern(value: str) -> re.Pattern[str] | None:
    folded = fold(value).strip()
    if _EMAIL_RE.match(folded):
        return re.compile(_email_pattern(folded), re.IGNORECASE)
    words = folded.split()
    if len("".join(words)) < 3:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def is_phone(value: str | None) -> bool:
    """Is `value` a phone number alone (found by `find_phones`, by its shape, never as a
    string: "600 311 742" is not the number inside "1 600 311 742")?"""
    return bool(value) and _PHONE_ONLY_RE.fullmatch(value.strip()) is not None


_PHONE_ONLY_RE = re.compile(r"[\d\s\-.()/+\u00a0\u2010-\u2015]+")


def detail_patterns(sources: Iterable[Source]) -> tuple[re.Pattern[str], ...]:
    """The contact (whole and by parts) and the notes of each source, as folded patterns;
    phone numbers alone are left to `find_phones`."""
    patterns: list[re.Pattern[str]] = []
    for source in sources:
        contacts = [source.contact, *contact_parts(source.contact)]
        for value in [c for c in contacts if not is_phone(c)] + [source.notes]:
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
