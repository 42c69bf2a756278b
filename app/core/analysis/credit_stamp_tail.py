"""A byline with no "By" whose page stamp vouches for it: "Ana Lima Published 3 May 2026",
"Ana Lima | Updated May 3, 2026 10:15 AM", "ANA LIMA POSTED 03/05/2026".

Content systems print the writer's name and the publication stamp on one line, often with no
mark between them. The stamp is what says "byline" here: the wrappers take it off before the
line is read (so that "By Ana Lima | Updated ..." keeps its writer), and a line without "By"
was then left with a bare name that nothing vouched for, and the writer was lost.

This reader sets a bar where the stamp word starts and gives the line to the name scan
(credit_name_scan), whose guards hold: a known first name and two to four words, and nothing
left unread that is longer than a short capitalised part. The stamp word must be capitalised
(a heading's "Published", never prose's "published") and a digit must follow it, so "Ana Lima
published her first novel in May 2019" stays prose.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.analysis.credit_name_scan import scan_byline
from app.core.model import Credit

__all__ = ["stamped_byline"]

_MAX_STAMPED = 120
# The cheap test's words: "updated" in lower case for "Last updated" only, which is the one place
# the pattern below takes it.
_STAMP_WORDS = ("Published", "Updated", "updated", "Posted", "PUBLISHED", "UPDATED", "POSTED")
# The stamp word right after a name (no mark between), a colon maybe, then the stamp's date: a
# digit at once or after "on"/"at" and at most two capitalised words ("Tuesday, May 3"), never
# prose ("Published her first novel in 2019", a title-case subhead).
_STAMP_AFTER_NAME_RE = re.compile(
    r"(?<=[\w.'’])\s+(?=(?:Published|Updated|Posted|Last\s+[Uu]pdated|PUBLISHED|UPDATED|POSTED|"
    r"LAST\s+UPDATED)\b(?!\s+by\b)\s*:?\s*(?:on\s+|at\s+)?(?:[A-Z][A-Za-z]{0,9}\.?,?\s+){0,2}\d)"
)

_LAST_RE = re.compile(r"(?<=[|·•]\s)(?:Last|LAST)\s+(?=[Uu]pdated|UPDATED)")


def stamped_byline(
    line: str, read_cued: Callable[[str], list[Credit] | None] | None = None
) -> tuple[list[Credit], tuple[str, ...]] | None:
    """The bylines of a line that names its writers, then the page's stamp; None otherwise."""
    if len(line) > _MAX_STAMPED or not any(word in line for word in _STAMP_WORDS):
        return None  # cheap test first: most lines hold no capitalised stamp word
    if not any(ch.isdigit() for ch in line):
        return None
    text = _STAMP_AFTER_NAME_RE.sub(" | ", line.strip(), count=1)
    # "Last updated 3 May 2026": the name scan knows "Updated" as a stamp's word, not "Last"
    text = _LAST_RE.sub("", text, count=1)
    return scan_byline(text, read_cued)
