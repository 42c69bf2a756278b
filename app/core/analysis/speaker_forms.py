"""How an unnamed speaker is written in the quote list: the short description, not the place.

News copy describes an unnamed speaker by a person noun and then says where they were met: "a
nurse at the county hospital", "one shopper in the high street", "a steward from the away end".
The person is "a nurse"; the rest says where. So an unnamed speaker (nobody named them)
whose person noun is followed by a phrase of place keeps that phrase in `speaker_mention` (or in
the mention a pronoun stood for) and drops it from `speaker`, the way copy refers to them
afterwards ("the nurse said"). A phrase that says whom the speaker speaks for or belongs to ("a
spokesperson for the council", "a member of the crew", "an accountant at the firm") is part of
who they are and stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model
from app.core.analysis.description_words import INDEFINITE
from app.core.analysis.entities import (
    PERSON,
    PLACE,
    UNKNOWN,
    is_person_noun,
    kind_of_name,
    kind_of_nominal,
)
from app.core.analysis.phrases import head_noun

# Prepositions of place after a person noun. "of", "for", "on" and "with" say whom someone
# belongs to ("a member of the crew", "a source on the panel", "an official with the union").
_PLACE_TAIL_RE = re.compile(r"\s+(?:at|in|from|near|outside|inside|beside|behind)\s+(\S+)")
# What may open the phrase of place: a determiner or a possessive of a common noun, else a
# capitalised name that must be a place ("in Glenmorrin"; "at Kestrel Bank" is an employer).
_COMMON_OPENERS = frozenset("the a an this that their his her its our one".split())
# Words that join a person noun to a document before it ("a study by researchers"); "of"
# makes a role ("the chair of governors at Ellesby" is "the chair of governors").
_JOINING = frozenset({"by", "from"})
_WHO_TAIL_RE = re.compile(r"\s+who\s")


def short_description(written: str) -> str | None:
    """ "a nurse" for "A nurse at the county hospital"; None when nothing comes off (no
    person noun right before a phrase of place)."""
    # the word asked first: most descriptions have none, and the search tries every blank
    who = _WHO_TAIL_RE.search(written) if "who" in written else None  # (speed)
    if who is not None:
        # "a neighbour who saw the fire": the clause tells what they did, the noun who they are
        # (the whole description stays in the mention)
        words = written[: who.start()].split()
        if len(words) > 4 and words[0].lower() in INDEFINITE:
            return " ".join([words[0].lower(), *words[1:]])  # "a friend of the victim"
        return _person_noun_phrase(words, person=True)
    tail = _PLACE_TAIL_RE.search(written)
    if tail is None:
        return None
    opener = tail.group(1)
    if opener[:1].isupper():
        # one unknown capitalised word after "in" is most often a village or a district
        place = written[tail.start(1) :].split(",")[0]
        kind = kind_of_name(place)
        if kind is not PLACE and (len(place.split()) > 1 or kind is not UNKNOWN):
            return None
    elif opener.lower() not in _COMMON_OPENERS:
        return None
    elif kind_of_nominal(written[tail.start(1) :]) is not PERSON:
        return None  # "an accountant at the firm": the employer says who they are
    return _person_noun_phrase(written[: tail.start()].split())


def _person_noun_phrase(words: list[str], person: bool = False) -> str | None:
    """ "a nurse" for the words ["A", "nurse"]: a short indefinite phrase ending in a person
    noun (any noun with `person`: "who" after it says so, as in "a Democrat who ..."), else
    None."""
    # opened as the description resolver's unnamed people are ("a", "one", "the" ...)
    if not 2 <= len(words) <= 4 or words[0].lower() not in INDEFINITE:
        return None
    if any(w in _JOINING for w in words[1:-1]):
        # "A study by researchers at Leeds": the person noun belongs to a phrase inside
        # another; "a study by researchers" is nobody's short form
        return None
    if not person and not is_person_noun(head_noun(words[-1].lower())):
        return None
    return " ".join([words[0].lower(), *words[1:]])


def short_descriptions(quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each unnamed speaker (a description, whatever mention pointed to it: "a
    nurse at the county hospital", or a "she" that stands for her) given its short form."""
    out = []
    for q in quotes:
        short = short_description(q.speaker) if q.speaker else None
        if short is None:
            out.append(q)
            continue
        why = f"{q.speaker} → {short}: an unnamed speaker, the person noun without "
        why += "the clause about them" if _WHO_TAIL_RE.search(q.speaker) else "where they were met"
        if q.speaker == q.speaker_mention:
            # the old reason is "“<mention>”: unnamed speaker, as written; <the tag rule>"
            rule = (q.speaker_reason or "").partition("; ")[2]
            reason = why + (f"; {rule}" if rule else "")
        else:
            reason = f"{q.speaker_reason} ({why})"
        out.append(replace(q, speaker=short, speaker_reason=reason))
    return out
