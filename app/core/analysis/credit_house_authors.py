"""An outlet's own body credited as the author: "By the Harbour Times editorial board", "By
Harbour Times staff", "Reporting by the Editorial Board of The Harbour Times", "From Harbour
Times staff and wire reports".

Editorials, unsigned news and desk round-ups are credited to a body of the outlet, not to a
person. The item names no person, so the name reader set it aside as "a desk or a crowd" and,
with no one else on the line, the line read nothing and reported nothing: the organisation was
lost in silence. Read here, the credit is the body as the line names it (a leading "the"
capitalised, as "The Associated Press contributed to this report" is credited), the way "By
Reuters" credits the agency.

Guards: the words before the body (or after its "of") must name an agency or an outlet the
lists know ("Reuters", "Harbour Times", "The Quay Ledger"), every word capitalised and no
quantifier first, so "By hospital staff", "By the night desk" and "Many Harbour Courier staff"
stay unread; and the body word must close the item.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_organisations import is_organisation

__all__ = ["house_author", "staff_reports"]

# A body of an outlet that writes in its name (any case: "Editorial Board", "staff").
_BODY = (
    r"(?i:editorial\s+(?:board|staff|team|desk|writers)|board\s+of\s+editors|editors"
    r"|staff(?:\s+(?:writers|reporters))?|(?:news\s+|city\s+|metro\s+|foreign\s+)?desk"
    r"|newsroom|news\s+team|bureau)"
)
_OUTLET = r"(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&'’-]*"
# "the Harbour Times editorial board", "Harbour Times staff", "The Quay Ledger's editors"
_OUTLET_BODY_RE = re.compile(rf"(?P<the>[Tt]he\s+)?(?P<outlet>{_OUTLET}?)(?:['’]s?)?\s+{_BODY}")
# "the Editorial Board of The Harbour Times", "Staff of the Quay Ledger"
_BODY_OF_RE = re.compile(
    rf"(?:[Tt]he\s+)?{_BODY}\s+(?:of|at)\s+(?:[Tt]he\s+)?(?P<outlet>{_OUTLET})"
)


def house_author(item: str) -> str | None:
    """The credit's name when `item` is an outlet's body ("The Harbour Times editorial
    board"), else None."""
    text = item.strip()
    match = _OUTLET_BODY_RE.fullmatch(text) or _BODY_OF_RE.fullmatch(text)
    if match is None or not _outlet(match["outlet"]):
        return None
    return "The" + text[3:] if text.startswith("the ") else text


# "Many Harbour Courier staff": some of its staff, a crowd, not the outlet's byline.
_QUANTIFIERS = frozenset("many some all our other several former few most".split())


def _outlet(name: str) -> bool:
    bare = name.strip()
    return bare.split()[0].lower() not in _QUANTIFIERS and is_organisation(bare)


# "From Harbour Times staff and wire reports", "From Reuters staff reports": a round-up's byline
_STAFF_REPORTS_RE = re.compile(
    r"(?i:from)\s+(?P<body>(?:[Tt]he\s+)?(?P<outlet>" + _OUTLET + r")\s+(?i:staff))"
    r"(?:\s+(?i:and)\s+(?i:wire|news\s+agency|agency))?\s+(?i:reports|dispatches)\.?"
)


def staff_reports(text: str) -> str | None:
    """The credit's name of "From Harbour Times staff and wire reports" ("Harbour Times
    staff", the byline of a round-up), else None ("From staff reports" names no outlet)."""
    match = _STAFF_REPORTS_RE.fullmatch(text.strip())
    if match is None or not _outlet(match["outlet"]):
        return None
    body = match["body"]
    return "The" + body[3:] if body.startswith("the ") else body
