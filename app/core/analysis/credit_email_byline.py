"""Bylines that are a name and the writer's e-mail address, with no "By".

Sites print the writer as "Ana Lima ana.lima@example.com" (the address run on, in angle
brackets or parentheses, or after a dash or a bar) under a headline or at the foot of the
story, and the Wall Street Journal and the papers that run its copy end a story with "Write to
Ana Lima at ana.lima@example.com" ("... and Tom Ray at tom.ray@example.com"). The address is
the writer's, not a second person. A name must read as a person's: two to four words, the first
a known first name, and no agency or outlet ("Harbour News news@example.com" names no one).
"""

from __future__ import annotations

import re

from app.core.analysis.credit_emails import EMAIL_RE
from app.core.analysis.credit_names import looks_like_name, looks_like_outlet
from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.first_names import is_first_name
from app.core.model import Credit, CreditRole

_ADDRESS = r"[<(\[]?\s*(?P<email>" + EMAIL_RE.pattern + r")\s*[>)\]]?"
_NAME_EMAIL_RE = re.compile(
    r"^(?P<name>[^\W\d_][^@<>()\[\]|,:;/\d]{2,50}?)\s*(?:[-–—|,:]\s*)?" + _ADDRESS + r"\.?$"
)
_WRITE_TO_RE = re.compile(r"^Write\s+to\s+(?P<rest>.{5,200}?)\.?$")
_AT_RE = re.compile(r"(?P<name>[^\W\d_][^@,;]{2,50}?)\s+at\s+" + _ADDRESS)
_JOIN_RE = re.compile(r"\s*(?:,\s*and\s+|,|\band\b)\s*")


def _person(name: str, email: str) -> bool:
    """A person's name whose address holds their first name or surname ("ana.lima@", "alima@"):
    so "Jordan Valley info@example.org" is no byline."""
    words = name.split()
    local = email.partition("@")[0].lower()
    return (
        2 <= len(words) <= 4
        and any(_letters(word) in local for word in (words[0], words[-1]) if len(word) >= 3)
        and looks_like_name(name, allow_single=False)
        and is_first_name(words[0].title())
        and not is_agency(name)
        and not looks_like_outlet(name)
    )


def email_byline(line: str) -> list[Credit] | None:
    """The byline of "Ana Lima <ana.lima@example.com>" or "Write to Ana Lima at ...", or None."""
    text = line.strip()
    if "@" not in text or len(text) > 260:
        return None
    match = _WRITE_TO_RE.match(text)
    if not match:
        match = _NAME_EMAIL_RE.match(text)
        if not match or not _person(match["name"].strip(), match["email"]):
            return None
        return [Credit(CreditRole.BYLINE, match["name"].strip(), None, match["email"].rstrip("."))]
    credits = []
    rest = match["rest"]
    position = 0
    for found in _AT_RE.finditer(rest):
        between = rest[position : found.start()]
        if between.strip() and _JOIN_RE.fullmatch(between) is None:
            return None
        name = _JOIN_RE.sub(" ", found["name"]).strip() if position else found["name"].strip()
        if not _person(name, found["email"]):
            return None
        credits.append(Credit(CreditRole.BYLINE, name, None, found["email"].rstrip(".")))
        position = found.end()
    if not credits or rest[position:].strip():
        return None
    return credits


def _letters(word: str) -> str:
    return "".join(ch for ch in word.lower() if ch.isalpha())
