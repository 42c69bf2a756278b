"""A paragraph without quotes that introduces someone new between a quote and a quote-only
paragraph.

Long stories run: a tagged quote, a paragraph that brings in the next voice ("Parents who
oppose the plan were led by Devon Price, a father of two."), then a paragraph holding only a
quote. An editor reads that quote as the newcomer's: the paragraph ends on them (not as its
subject: "Ana Ruiz died in 2019" is news about her) and the last speaker was never taken up
again. Carrying the earlier speaker on over such a paragraph
gives the new voice's words to the wrong person.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.core import model
from app.core.analysis.attribution_rules import CONTINUES
from app.core.analysis.entities import PERSON
from app.core.analysis.mention import NAME, PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.names import last_name
from app.core.analysis.resolution import Resolver

# Pronouns that may take the last speaker up again ("She spoke after a student, Devon Price,
# read a poem"): the paragraph is still about them.
_TAKEN_UP = frozenset(("he", "she", "him", "her", "his"))


def newcomer(people: Sequence[Mention], resolver: Resolver, speaker: str | None) -> Mention | None:
    """The person a quote-free paragraph ends by introducing in full, when nothing in it takes
    `speaker` (the last quote's speaker) up again; None otherwise. Asked before the paragraph's
    mentions are observed, so "introducing" means named for the first time in the story."""
    if not speaker or not people:
        return None
    at = next(
        (
            i
            for i in range(len(people) - 1, -1, -1)
            if people[i].kind is NAME and people[i].entity is PERSON
        ),
        -1,
    )
    last = people[at] if at >= 0 else None
    if (
        last is None
        or not last.is_person_name
        or last.possessive
        # "Ana Ruiz died in 2019": news about a subject, not the next voice (a subject who
        # reacts, "Devon Price disagreed.", is a reaction's speaker, read elsewhere)
        or last.subject
        or len(last.name.split()) < 2
        or resolver.is_person(last.name)
    ):
        return None
    if any(
        m.kind is NAME and m.entity is PERSON and m.subject and not m.possessive
        for m in people[:at]
    ):
        # "Rival boss Dan Marsh complained that Vell had fouled Ivo Kern.": the paragraph is
        # about the person named as its subject, not the one its clause ends on
        return None
    surname = last_name(speaker).lower()
    for m in people:
        if m.kind is PRONOUN:
            if m.text.lower() in _TAKEN_UP:
                return None  # "She spoke after a student, Devon Price, read a poem"
        elif m.kind is NAME and (
            m.name == speaker or last_name(m.name or m.text).lower() == surname
        ):
            return None  # the last speaker is taken up again
    return last


INTRODUCED = "introduced in the paragraph before, where the last speaker was not taken up"


def as_introduced(quote: model.Quote, newcomer_name: str | None) -> model.Quote:
    """A quote carried over to a newcomer, with a reason that says so (not "continues")."""
    if quote.speaker != newcomer_name or CONTINUES not in (quote.speaker_reason or ""):
        return quote
    return replace(quote, speaker_reason=f"{quote.speaker}: {INTRODUCED}")
