"""An outlet's label before the names: "For The Harbour Times: Ana Lima", "Special to The
Harbour Times: Ana Lima and Tom Ray", "Special to The Harbour Times by Ana Lima".

Some papers set the "for" / "Special to" line of a contributed piece as a label that opens the
credit, where most set it after the names ("By Ana Lima, for The Harbour Times"). No reader
knew the label as a cue, so the line read nothing (the writer lost in silence) or, pasted, the
name scan credited the last writer alone and reported the label with the first. The names after
the colon are read as a byline, each working for the outlet the label names.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from app.core.analysis.credit_cues import opens_with_cue
from app.core.analysis.credit_known_outlets import KNOWN_ONE_WORD_OUTLETS
from app.core.analysis.credit_line import CreditLine
from app.core.analysis.credit_names import looks_like_outlet
from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.credit_person import is_person
from app.core.analysis.credit_person_records import OUTLET_CUE

__all__ = ["opens_with_label", "outlet_label"]

# The label ends at a colon, or runs on into the byline: "Special to The Harbour Times by Ana
# Lima" (the "by" is left to the byline's reader).
_LABEL_RE = re.compile(
    rf"^{OUTLET_CUE}\s+(?P<outlet>(?:[Tt]he\s+|THE\s+)?[A-Z][^:;,|]{{0,60}}?)"
    r"(?:\s*:\s*|\s+(?=(?:by|By|BY)\s))(?P<rest>\S.*)$"
)


# The label's shape in any case, for a line typed in lower case ("for the harbour times: ana
# lima"), which credit_lower_case reads in capitals: the colon is needed, as prose runs on.
_ANY_CASE_LABEL_RE = re.compile(r"^(?:for|special\s+to)\s+[^:;,|]{1,60}?\s*:\s*\S", re.I)


def opens_with_label(text: str) -> bool:
    """Does `text` open with an outlet's label and its colon, in any case?"""
    return _ANY_CASE_LABEL_RE.match(text) is not None


def outlet_label(text: str, read: Callable[[str], CreditLine | None]) -> CreditLine | None:
    """The credits of a line opened by an outlet's label, read by `read` (the part reader) with
    the outlet given to each credit that names none; None when the line has no such label.

    Without a cue after the colon the names are read as a byline, and then each must be a
    person's name with a known first name, so "For The Record: ..." prose stays prose."""
    label = _LABEL_RE.match(text.strip())
    if label is None or not _named_outlet(label["outlet"].strip()):
        return None
    rest = label["rest"]
    cued = opens_with_cue(rest)
    found = read(rest if cued else f"By {rest}")
    if found is None or not found.credits or found.caption:
        return None
    if not cued and not all(is_person(credit.name) for credit in found.credits):
        return None
    outlet = label["outlet"].strip()
    if all(credit.organisation for credit in found.credits):
        # "For The Harbour Times: Ana Lima/AFP": each has an outlet already; the label is
        # reported, not dropped in silence
        return CreditLine(found.credits, (text[: label.start("rest")].strip(), *found.failed))
    credits = [c if c.organisation else replace(c, organisation=outlet) for c in found.credits]
    return CreditLine(credits, found.failed)


def _named_outlet(text: str) -> bool:
    """An outlet by its name: an agency, a known one-word outlet, or words an outlet's name
    is made of ("Harbour Times", "Daily Quay"). "The" and capitals alone are not enough here,
    since a piece's title opens the same way ("For The Love by Ana Lima")."""
    bare = re.sub(r"^(?i:the)\s+", "", text)
    return is_agency(text) or bare.lower() in KNOWN_ONE_WORD_OUTLETS or looks_like_outlet(bare)
