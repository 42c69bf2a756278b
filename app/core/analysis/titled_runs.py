"""A person named after a title that names their club, firm, seat or home with "of", "for" or
"from", no comma between: "musical director of the Brantmere Larks Tomas Wren", "president of
the Dunmore Growers Ana Ruiz", "the MP for Calder Hill Tom Vell", "an MLA from Rampur Anil
Verma".

Much sports, regional and Commonwealth political copy sets the whole title before the name. The
capitalised words then run on from the body's or place's name into the person's ("Brantmere
Larks Tomas Wren", "Calder Hill Tom Vell"), and a body whose name ends on no word for a body
("Club", "Board") is not split from the person, so nobody was met and a later "he said" went
unresolved. Read narrowly: a role noun and "of" (with "the"), "for" or "from" right before a run
of three to six capitalised words whose last two are a first name and a surname; the person is
those two words, the body's or place's words their title. With an article before the role ("the
MP for Calder Hill Tom Vell") the role phrase read over the whole run is the person's title, not
an unnamed speaker of its own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.analysis.description_words import DOCUMENT_KINDS
from app.core.analysis.entities import PERSON, UNKNOWN
from app.core.analysis.mention import NAME, NOMINAL, Mention
from app.core.analysis.portfolios import given_name
from app.core.analysis.role_nouns import ROLE_NOUNS

_ROLE_OF_RE = re.compile(r"\b([A-Za-z]+)[ \u00a0]+(of|for|from)[ \u00a0]+(?:the[ \u00a0]+)?$")
# the 4 characters before the run: "of the", "of", "for", "from" end there (cheap test, speed)
_BEFORE_RUN = ("the ", " of ", "for ", "rom ")


def people_after_titles_of(text: str, found: list[Mention]) -> list[Mention]:
    """`found` with each "<role> of/for/from <Body or place> <First> <Surname>" run read as that
    person (and a role phrase read over the run dropped: the person is who is met)."""
    out = found
    for i, m in enumerate(found):
        if m.kind is not NAME or m.entity not in (UNKNOWN, PERSON) or m.name != m.text:
            continue
        tokens = m.text.split()
        if not 3 <= len(tokens) <= 6 or not given_name(tokens[-2]):
            continue
        if text[m.start - 4 : m.start] not in _BEFORE_RUN:  # cheap test first (speed)
            continue
        role = _ROLE_OF_RE.search(text, max(0, m.start - 40), m.start)
        if role is None or not _role(role.group(1), role.group(2)):
            continue
        if m.entity is PERSON and role.group(2) == "of":
            continue  # "of": the reading as it stood (a person's run there is read already)
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
            described=role.group(1).lower(),
        )
        # "the MP for Calder Hill Tom Vell": the role phrase read over the run ends with it
        out = [
            n
            for n in out
            if not (n.kind is NOMINAL and n.start < m.start < n.end and n.end <= m.end)
        ]
    return out


def _role(word: str, joint: str) -> bool:
    """A role noun before "of"/"for"/"from": lower case ("director", "candidate") or a
    capitalised short form of one ("MP", "MLA"); for a seat or a home ("for", "from") a
    person's, not a document's ("a letter from ...")."""
    lower = word.lower()
    if lower not in ROLE_NOUNS or not (word.islower() or word.isupper()):
        return False
    return joint == "of" or lower not in DOCUMENT_KINDS
