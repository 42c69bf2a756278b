"""A person named after a title that names their club or firm with "of", no comma between:
"musical director of the Brantmere Larks Tomas Wren", "president of the Dunmore Growers Ana
Ruiz".

Much sports and regional copy sets the whole title before the name. The capitalised words then
run on from the body's name into the person's ("Brantmere Larks Tomas Wren"), and a body whose
name ends on no word for a body ("Club", "Board") is not split from the person, so nobody was
met and a later "he said" went unresolved. Read narrowly: a lower-case role noun and "of"
(with "the") right before a run of three to six capitalised words whose last two are a first
name and a surname; the person is those two words, the body's words their title.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.entities import PERSON, UNKNOWN
from app.core.analysis.first_names import is_first_name
from app.core.analysis.mention import NAME, Mention
from app.core.analysis.role_nouns import ROLE_NOUNS

_ROLE_OF_RE = re.compile(r"\b([a-z]+)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")


def people_after_titles_of(text: str, found: list[Mention]) -> list[Mention]:
    """`found` with each "<role> of <Body> <First> <Surname>" run read as that person."""
    out = found
    for i, m in enumerate(found):
        if m.kind is not NAME or m.entity is not UNKNOWN or m.name != m.text:
            continue
        tokens = m.text.split()
        if not 3 <= len(tokens) <= 6 or not is_first_name(tokens[-2]):
            continue
        if text[m.start - 4 : m.start] not in ("the ", " of "):  # cheap test first (speed)
            continue
        role = _ROLE_OF_RE.search(text, max(0, m.start - 40), m.start)
        if role is None or role.group(1) not in ROLE_NOUNS:
            continue
        # the mention is the person's two words: "the Brantmere Larks" before them is their
        # title, no article of theirs (which would make the name a modifier)
        at = text.rfind(tokens[-2], m.start, m.end)
        out = out if out is not found else list(found)
        out[i] = replace(
            m,
            start=at,
            text=text[at : m.end],
            name=text[at : m.end],
            title=" ".join(tokens[:-2]),
            entity=PERSON,
            described=role.group(1),
        )
    return out
