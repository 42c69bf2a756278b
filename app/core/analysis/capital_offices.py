"""An office written with capitals after "the" and no name after it ("the Registrar said", "the
Prime Minister told MPs"): one person described, as "the registrar" is, not a name
(capital_offices, a pass of find_mentions in mentions.py).

An office in capitals set between a name and its verb ("Ana Ruiz, Harbour Council Chair, said")
is capped_offices.py's; one that runs over "of" before a name or a remit is joins.py's.
"""

from __future__ import annotations

from app.core.analysis.entities import PERSON, PLURAL_PEOPLE, is_person_noun
from app.core.analysis.mention import NAME, NOMINAL, PRONOUN, Mention
from app.core.analysis.name_words import HONORIFICS, TITLE_WORDS

# Title words that grade an office but are none alone ("the Home Secretary", "the Prime
# Minister": "the Home" is no one), and the honorifics, which stand only before a name.
_NO_OFFICE_ALONE = HONORIFICS | frozenset(
    "state home foreign health defence defense finance interior first prime vice".split()
)
# Papers whose titles are words for people: "the Observer said" is the paper, not a person.
_PAPER_TITLES = frozenset(
    "observer spectator economist courier examiner messenger guardian herald sentinel".split()
)


def capital_offices(text: str, found: list[Mention]) -> list[Mention]:
    """ "the Registrar said", "the Prime Minister told MPs", "The Chief Constable said": an
    office written with capitals after "the" and no name after it is one person described, as
    "the registrar" is. Read as a name it gave a speaker called "Registrar" that no one could
    be, or "Minister" titled "Prime"; as a description it refers back to whoever holds the
    office ("Commissioner Ana Ruiz ... the Commissioner said") or stands as written."""
    out = found
    for i, m in enumerate(found):
        if m.kind is PRONOUN or not m.text[:1].isupper() or m.start < 4:
            continue
        if m.kind is NAME and m.title and m.name != m.text.split()[-1]:
            continue  # "Prime Minister Ann Lowe": a name after the title
        before = text[m.start - 4 : m.start]
        if before not in ("the ", "The ") or text[m.start - 5 : m.start - 4].isalnum():
            continue
        words = m.text.split()
        last = words[-1].lower().rstrip(".")
        if (
            len(words) > 4
            or not all(w[:1].isupper() and not w.isupper() for w in words)
            or last in _NO_OFFICE_ALONE
            or last in _PAPER_TITLES
            or last in PLURAL_PEOPLE
            or not (last in TITLE_WORDS or is_person_noun(last))
        ):
            continue
        out = out if out is not found else list(found)
        start = m.start - 4
        out[i] = Mention(
            start,
            m.end,
            text[start : m.end],
            NOMINAL,
            possessive=m.possessive,
            subject=m.subject,
            entity=PERSON,
        )
    return out
