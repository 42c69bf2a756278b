"""An organisation named only in its own statement: “The Calder Board of Education recognises
that ...,” the board said.

A body's statement often opens on the body's full name, speaking of itself in the third person,
while the copy around it calls it only "the board", "the trust" or "the council". The reading
pass resolves "the board" in text order and, with no board named before it, keeps it as
written (or finds only "the school board" said before). This pass, run once per analysis,
reads the quotes so kept: when a quote's own words open a sentence on a capitalised name whose
head is the speaker's head noun ("Board" for "the board"), the body named is the speaker, and
so is every other quote the story gives to "the board" (or "the school board") as written.

Only the same head noun counts, and only a name that is its sentence's subject: “We have
written to the Calder Board of Education,” the union said names someone else, and “The Calder
Board has failed us,” the council said names another body.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model
from app.core.analysis.entities import ORGANISATION_NOUNS

# A definite description of a body as a speaker: "the board", "the school board".
_DESCRIBED_RE = re.compile(r"(?i:the)(?:\s+[a-z][\w-]*){0,2}\s+([a-z]+)")
# A capitalised name opening a sentence of the quote, its head somewhere in it ("The Calder
# Board of Education", "Hartley Community Trust"): capitalised words, joined by "of" or "for"
# (maybe with "the": "Department of the Environment"), "and" or "&"; "and the" joins two names.
_OPENING_NAME_RE = re.compile(
    r"(?:^|(?<=[.!?] )|(?<=\n))(?:The\s+)?"
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:(?:(?:of|for)(?:\s+the)?|and|&)\s+)?[A-Z][\w'’-]*)+)"
)

_POSSESSIVE_RE = re.compile(r"['’]s$")
_SENTENCE_END_RE = re.compile(r"[.!?](?:\s|$)")
_US_RE = re.compile(r"\bus\b")


def _described_head(quote: model.Quote) -> str | None:
    """The head noun of a speaker left as a description of a body, "the <head>" ("board" for
    "the board" or "the school board"), else None. A description the reading pass found
    before ("the school board said" earlier) is no name either: the name the body gives itself
    is the fuller one."""
    speaker = quote.speaker
    if not speaker or speaker[:1] not in "Tt":
        return None
    described = _DESCRIBED_RE.fullmatch(speaker)
    if described is None:
        return None
    head = described.group(1)
    return head if head in ORGANISATION_NOUNS else None


def self_name(text: str, head: str) -> str | None:
    """The name of a body of this head that opens a sentence of the quote ("Calder Board of
    Education" for "board"), else None. Not a name in the possessive ("The Calder Board's
    decision was wrong" speaks about the board), nor one whose sentence has the speaker as its
    object ("The State Board has overruled us": a body speaking of itself never says "us" of
    itself in the sentence that names it)."""
    if head.capitalize() not in text:  # cheap test before the search (speed)
        return None
    for found in _OPENING_NAME_RE.finditer(text):
        name = found.group(1)
        words = name.split()
        # the head inside the name ("Calder Board of Education"), or first with "of" after it
        # ("Board of Education", "Council of Elders"); not a head alone before other words
        # ("Board members say" is no name)
        cap = head.capitalize()
        if cap not in words[1:] and words[:2] != [cap, "of"]:
            continue
        if _POSSESSIVE_RE.search(name):
            continue
        sentence = _SENTENCE_END_RE.split(text[found.end() :], maxsplit=1)[0]
        if _US_RE.search(sentence) is None:
            return name
    return None


def name_bodies_in_own_statements(quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with each "the <head>" kept as written given the name the body gives itself in
    a statement of its own, when the story gives it exactly one such name."""
    names: dict[str, set[str]] = {}
    for quote in quotes:
        if (quote.speaker or "")[:1] not in "Tt":
            continue  # no "the <head>" (_described_head's own first test, no call: speed)
        head = _described_head(quote)
        if head is None:
            continue
        name = self_name(quote.text, head)
        if name is not None:
            names.setdefault(head, set()).add(name)
    if not names:
        return quotes
    out: list[model.Quote] = []
    for quote in quotes:
        head = _described_head(quote)
        named = names.get(head) if head is not None else None
        if named is None or len(named) != 1:
            out.append(quote)
            continue
        (name,) = named
        out.append(
            replace(
                quote,
                speaker=name,
                speaker_reason=f"{quote.speaker_mention} → {name}: the {head} names itself in "
                f"its own statement (“{name} …”)",
            )
        )
    return out
