"""Names and places in capitals put in proper case for display: "By DORA PIKE in KYIV" credits
"Dora Pike" in "Kyiv", "ROSS McKILLOP" reads "Ross McKillop"; an agency's acronym stays."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.credit_names import NAME_PARTICLES, is_caps, proper_case
from app.core.analysis.credit_organisations import is_agency
from app.core.model import Credit

_ROMAN_RE = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI)")
_SUFFIXES = {"JR.": "Jr.", "SR.": "Sr.", "JR": "Jr", "SR": "Sr"}

# A prefix a desk writes in its own case inside a name in capitals: "McKILLOP", "DeSANTIS",
# "LaROSE", "DiMAGGIO", "VanDYKE".
_NAME_PREFIX_RE = re.compile(r"^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)(?=[A-Z]{2})")


def _shouted(token: str) -> bool:
    """A token in capitals, "McKILLOP" and "MacDONALD" included."""
    core = _NAME_PREFIX_RE.sub("", token)
    return is_caps(core)


def _case_token(token: str, whole_caps: bool) -> str:
    if _ROMAN_RE.fullmatch(token.rstrip(",")):
        return token  # "Dustin Pike III"
    if token.upper() in _SUFFIXES:
        return _SUFFIXES[token.upper()]
    if not _shouted(token):
        return token
    if token.lower() in NAME_PARTICLES:
        return token.lower()
    if "." in token.rstrip("."):
        return token  # initials: "J.R."
    letters = sum(ch.isalpha() for ch in token)
    prefix = _NAME_PREFIX_RE.match(token)
    if prefix:  # "MacDONALD" -> "MacDonald", "DeSANTIS" -> "DeSantis": the desk wrote the
        # prefix as it should read
        return prefix.group() + proper_case(token[prefix.end() :])
    if letters >= 3 or whole_caps:
        return proper_case(token.upper())
    return token


def case_name(name: str) -> str:
    """ "ROSS McKILLOP" -> "Ross McKillop", "Amélie ROUSSEL" -> "Amélie Roussel", "Dustin Pike
    III" stays; a one-word name in capitals is an agency's acronym ("NTB") and stays."""
    tokens = name.split(" ")
    if len(tokens) < 2 or is_agency(name):
        return name
    whole_caps = all(_shouted(t) or _ROMAN_RE.fullmatch(t) for t in tokens if t)
    cased = " ".join(_case_token(t, whole_caps) for t in tokens)
    if cased != name and cased.split()[0].lower() in NAME_PARTICLES:
        cased = cased[:1].upper() + cased[1:]
    return cased


def proper_case_credits(credits: list[Credit]) -> list[Credit]:
    """All-caps names and places ("By DORA PIKE in KYIV") in proper case for display."""
    out = []
    for c in credits:
        name = case_name(c.name)
        location = c.location
        if location and is_caps(location):
            location = proper_case(location)
        if (name, location) != (c.name, c.location):
            c = replace(c, name=name, location=location)  # the organisation stays as written
        out.append(c)
    return out
