"""Letters, generations and party tags set after a name ("Sian Roberts MP", "Ada Lowe, PhD,",
"Ray Boone, R-Texas,"): they say what or which the person is, never who.

Split from names.py (which reads them off a run of capitalised words) to keep it small.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import GENERATIONS
from app.core.analysis.name_runs import _UPPER

# Letters after a name ("Sian Roberts MP", "Marcus Bell KC", "Ada Lowe OBE"): never part of it.
POST_NOMINALS = frozenset(
    """MP MEP MSP MS AM MLA MPP TD QC KC JP OBE MBE CBE KBE DBE CH FRS PhD MD RN""".split()
)


def letters_after_name(words: str) -> bool:
    """Only letters, a generation or a party tag set after a name between commas ("PhD", "KC",
    "Jr.", "R-Texas"): they say what or which the person is, never who, so they are not a name
    of their own."""
    tokens = words.split()
    return bool(tokens) and all(
        t.rstrip(".,").replace(".", "") in POST_NOMINALS  # "Ph.D." is "PhD", "M.D." is "MD"
        or t.rstrip(".,").lower() in GENERATIONS
        or _PARTY_TAG_RE.fullmatch(t.rstrip(","))
        for t in tokens
    )


# A party and state after a name, AP style: "Ray Boone, R-Texas, said".
_PARTY_TAG_RE = re.compile(rf"[DRI]-[{_UPPER}][\w.]*")
