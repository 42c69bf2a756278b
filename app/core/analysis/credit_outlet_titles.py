"""A journalist's title that names the outlet: "Harbour Post contributor", "Courier reporter".

Bylines and picture credits write a contributor as "Ana Lima, Harbour Post contributor" or
"Harbour Post contributor Ana Lima": the outlet's name in capitals, then the journalist's noun
in lower case. The desk-title reader knows only desk words ("national affairs correspondent"),
so the outlet's name made these titles unreadable, or read it as a second person.
"""

from __future__ import annotations

import re

# One to four capitalised words (the outlet), maybe "staff"/"freelance", then the noun.
_OUTLET_TITLE_RE = re.compile(
    r"(?:The\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?:(?:staff|freelance|special|contributing)\s+)?"
    r"(?:contributor|correspondent|reporter|writer|columnist|photographer|stringer)s?"
)


def outlet_title(item: str) -> bool:
    """ "Harbour Post contributor", "The Ledger's reporter" (no), "Courier staff writer"."""
    return bool(_OUTLET_TITLE_RE.fullmatch(item.strip()))
