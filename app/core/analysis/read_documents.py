"""Words read out from someone else's document: "Whit read aloud from an email the firm had
received from a shop manager in Tiller: “…”", "She read a message from a customer: “…”".

The reader says the words, but they are the writer's (benchmarks/gold/RULES.md: a document's
words are its author's): the one the document is "from" or "by", named before the colon that
opens the quote. A document read with no writer named ("read a statement to reporters: “…”")
stays the reader's, as before.
"""

from __future__ import annotations

import re

from app.core.analysis.entities import DOCUMENT, ORGANISATION, PERSON
from app.core.analysis.mention import NAME, NOMINAL
from app.core.analysis.mentions import Mention
from app.core.analysis.phrase_owners import document_author

# The reading verb, then the document: "read aloud from an email", "quoted a letter",
# "shared a text". Only a colon closes the clause before the quote; a stop inside an
# abbreviation ("Fargo, N.D.:") does, a sentence's end does not.
_READ_DOCUMENT_RE = re.compile(
    r"\b(?:read|reads|reading|quoted|quotes|quoting|cited|cites|shared|shares)"
    r"(?:[ \u00a0]+(?:aloud|out))?(?:[ \u00a0]+from)?[ \u00a0]+(?:a|an|the|one|his|her|their|its)"
    r"[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,2}?"
    r"(?:email|e-mail|letter|message|note|text|post|card|memo)s?\b"
    r"(?P<rest>(?:(?![.!?][ \u00a0]+[A-Z])[^:;!?\x00]){0,140}):[ \u00a0]*$"
)
# The last "from" or "by" in what follows the document: its writer comes right after.
_FROM_RE = re.compile(r"\b(?:from|by)[ \u00a0]+")


def document_writer(
    masked: str, mentions: list[Mention], lo: int, mark_start: int
) -> Mention | None:
    """The writer of the document read out right before the quote's colon: the one it is from
    (a person or a body, named or described), or the document itself when its mention holds
    its author ("a letter from Ana Ruiz"); None when no writer is named."""
    read = _READ_DOCUMENT_RE.search(masked, max(lo, mark_start - 220), mark_start)
    if read is None:
        return None
    for m in mentions:
        if (
            read.start() < m.start < read.end()
            and m.kind is NOMINAL
            and m.entity is DOCUMENT
            and document_author(m.text) is not None
        ):
            return m  # "quoted a letter from Ana Ruiz": the resolver reads its author
    froms = list(_FROM_RE.finditer(masked, read.start("rest"), read.end("rest")))
    if not froms:
        return None
    at = froms[-1].end()
    for m in mentions:
        if m.start == at and not m.possessive:
            person = m.kind is NAME and m.entity in (PERSON, ORGANISATION)
            described = m.kind is NOMINAL and m.entity in (PERSON, ORGANISATION)
            return m if person or described or m.is_person_name else None
    return None


__all__ = ["document_writer"]
