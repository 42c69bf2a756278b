"""A run of capitalised words that ends on an office, with no name after it ("Nueva Tierra
Governor", "Harbour Board Chairman"): a description of a person, as "the governor" is, not a
person's name.

Copy writes the office after the name it belongs to as often as before it: "Ana Ruiz, Nueva
Tierra Governor, said" gives her office, and the speaker is she. Read as a name, the office
became a speaker of its own. Split from names.py, which asks it, to keep that module small.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import PLACES
from app.core.analysis.first_names import is_first_name
from app.core.analysis.office_words import SURNAME_SAFE_OFFICES


def office_without_name(text: str, name: str, end: int) -> bool:
    """Capitalised words closing on an office ("Nueva Tierra Governor"), none of them in
    capitals (an acronym's office, "UN Secretary", is left as it was), and no second office
    joined after it ("Kestrel President and CEO Ana Ruiz" has her name after both). A given
    name then the office word ("Anna Chancellor", "Tom Sheriff") is a person whose surname is
    spelt so, unless the first word is a place ("Sydney Mayor")."""
    tokens = name.split()
    return (
        len(tokens) >= 2
        and not (len(tokens) == 2 and is_first_name(tokens[0]) and tokens[0].lower() not in PLACES)
        and tokens[-1].lower() in SURNAME_SAFE_OFFICES
        and all(t[:1].isupper() and not t.isupper() for t in tokens)
        and _JOINED_OFFICE_RE.match(text, end) is None
    )


_JOINED_OFFICE_RE = re.compile(r"\s*(?:and|&|/)\s+[A-Z]")
