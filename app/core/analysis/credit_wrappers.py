"""What a page sets around a credit line, taken off before the line is read: bullets, brackets,
Markdown emphasis, time stamps, reading times, social handles, a blog's view counter, a
stringer's dateline colon; and the comma a printed page leaves out between names in capitals
and the paper's name, put back."""

from __future__ import annotations

import re

from app.core.analysis.credit_names import looks_like_outlet
from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.credit_stamps import strip_stamps

__all__ = ["BULLETS", "strip_wrappers"]

# Glyphs a page sets before a byline: "■ by ANA LIMA", "● By Ana Lima".
BULLETS = "■●•▪►▶"


def strip_wrappers(line: str) -> str:
    """`line` as the credit readers read it: without what a page or a document set around the
    credit, which no reader's pattern allows for and which would otherwise be read as a name or
    make the line fail ("By Ana Lima · 4 min read" keeps only "By Ana Lima")."""
    text = strip_stamps(line.strip()).lstrip(BULLETS).strip()
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
    if text[:3].lower() == "by " and text[-1:] in "sS":
        # "by Ana Lima 44 views": a blog's view counter after the byline, no mark between; a
        # single word left ("by Admin 44 views", a site's account) is no writer's name
        uncounted = _COUNTER_RE.sub("", text)
        text = uncounted if len(uncounted.split()) >= 3 else text
    if text[:3].lower() == "by " and (" The " in text or " THE " in text):
        text = _CAPS_OUTLET_RE.sub(r"\g<names>, ", text, count=1)
    lowered = text.lower()
    if "posted" in lowered or "published" in lowered or "updated" in lowered:
        text = _STAMP_RE.sub("", text).strip()
    return text


# "By ANA LIMA The Harbour Times", "By ANA LIMA and TOM RAY THE HARBOUR TIMES": a printed
# page's byline, the names in capitals run on to the paper's name with no comma between. A
# comma is put back where the capitals end, so the outlet is read as an outlet, not a name;
# not after "OF", "FOR", "TO", "AT" ("BY ANA LIMA OF THE HARBOUR TIMES" credited "Ana Lima Of"),
# nor after "AND", "WITH" ("BY ANA LIMA AND THE ASSOCIATED PRESS" credits the agency beside her:
# the comma made the agency her employer).
_CAPS_OUTLET_RE = re.compile(
    r"(?P<names>\b[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){1,3})"
    r"(?<!\bOF)(?<!\bFOR)(?<!\bTO)(?<!\bAT)(?<!\bAND)(?<!\bWITH)"
    r"\s+(?=(?:The|THE)\s+[A-Z])"
)
_STRINGER_TOWN_RE = re.compile(r"(?P<names>[^,]+),\s*(?P<town>[A-Z][\w'’-]+)")
_HANDLE_RE = re.compile(r"(?:^|(?<=\s))\(?@\w{1,30}\)?(?=\s|$)")
# "By Ana Lima | Updated 4:15 p.m. ET", "Ana Lima · CBC News · Posted: Jan 05, 2026": a web
# page's time stamp copied with the byline (it holds a digit; the names never do).
_STAMP_RE = re.compile(
    r"\s*[·•|,–—-]?\s*\b(?:[Pp]osted|[Pp]ublished|[Uu]pdated|[Ll]ast\s+[Uu]pdated|POSTED|"
    r"PUBLISHED|UPDATED)\b(?!\s+by\b)\s*(?:on\b|at\b)?\s*:?\s*(?:[A-Za-z]{1,10}\.?,?\s+){0,2}\d[^@]*$"
)
_COUNTER_RE = re.compile(r"\s*[·•|–—-]?\s+\d[\d,.]*\s*[Kk]?\s+(?:views|reads|plays)\s*$", re.I)
_READING_TIME_RE = re.compile(r"\s*[·•|–—-]\s*\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read\s*$", re.I)
