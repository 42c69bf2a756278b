"""Picture credits that name the source before the photographer, after a cue.

Wires and the papers that run their pictures often set the agency first: "Photo: AFP / Ana
Lima" (AFP's own style, "AFP PHOTO / ANA LIMA"), "Foto: dpa / Ana Lima", "Credit: REUTERS/Ana
Lima", "Bild: picture alliance/dpa | Ana Lima" (German sites: the picture library, the agency,
a bar, the photographer). The name reader took the part after the first mark for the agency
and credited the agency, so the photographer was lost. The order is turned round only when
every part before the last is a source (an agency, a picture library, an outlet) and the last
reads as a person's name of two words or more: "Ana Lima/Reuters" keeps its order, and
"Reuters/Getty Images" names no photographer.
"""

from __future__ import annotations

import re

from app.core.analysis.credit_names import looks_like_name, looks_like_outlet
from app.core.analysis.news_agencies import AGENCY_KEYS, PICTURE_MARKS

# Picture libraries a desk writes before the agency ("picture alliance/dpa"): sources, never
# people, though their names are lower-case words.
_LIBRARIES = frozenset({"picture alliance", "picture-alliance", "imago", "imago images"})
_MARKS_RE = re.compile(r"\s*[/|]\s*")


def _source(part: str) -> bool:
    bare = re.sub(r"^the\s+", "", part.strip(), flags=re.I).lower()
    return bare in AGENCY_KEYS or bare in _LIBRARIES or looks_like_outlet(part)


def source_first(item: str) -> tuple[str, str] | None:
    """ "AFP / Ana Lima" -> ("Ana Lima", "AFP"); None unless the sources come first."""
    parts = [part for part in _MARKS_RE.split(item.strip()) if part]
    if len(parts) < 2 or len(parts) > 4:
        return None
    *sources, person = parts
    if person.lower() in PICTURE_MARKS or not looks_like_name(person, allow_single=False):
        return None
    if _source(person) or not all(_source(part) for part in sources):
        return None
    return person, "/".join(sources)
