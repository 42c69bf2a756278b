"""Who owns a phrase: a document's author ("The Care Quality Commission’s report", "a statement
from Kestrel Airlines"), the organisation a description ends with ("a spokesperson for the Foreign
Office") and the person who opens one ("Eve Hart’s lawyer").

Attribution asks these of mentions already found, to give a document's or a description's words
to whoever stands behind them; kept apart from `mentions`, which finds the mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.core.analysis.calendar_words import WEEKDAYS
from app.core.analysis.entities import NATIONALITIES, PERSON, kind_of_name
from app.core.analysis.first_names import is_first_name
from app.core.analysis.name_runs import _TOKEN
from app.core.analysis.name_words import HONORIFICS, NOT_NAME, PLATFORMS
from app.core.analysis.role_nouns import ROLE_NOUNS

_AUTHOR_RE = re.compile(
    # "The Department of Rural Affairs’ statement": the owner's name may run over "of"
    rf"^(?:[Tt]he\s+|[Aa]n?\s+)?(?P<own>{_TOKEN}(?:[ \u00a0](?:(?:of|for|on|&|and)[ \u00a0]"
    rf"(?:the[ \u00a0])?)?{_TOKEN}){{0,5}})['’]s?\s"
    # "signed by 40 MPs": a number of authors is part of who they are
    rf"|\s(?:from|by|of)\s+(?:the\s+)?(?P<by>(?:\d[\d,]*[ \u00a0])?{_TOKEN}"
    rf"(?:[ \u00a0](?:(?:of|for|on|&|and)[ \u00a0]"
    rf"(?:the[ \u00a0])?)?{_TOKEN}){{0,5}})"
    # described, not named: "reports by the inspector general", "The department’s letter"
    r"|\s(?:from|by)\s+(?P<role>(?:the|a|an|his|her|their)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)$"
    r"|^(?P<ownrole>[Tt]he\s+(?:[a-z-]+\s+)?[a-z-]+)['’]s\s"
)


_NAMED_INSIDE_RE = re.compile(
    rf"\s(?:of|for|at|from|by)\s+(?:the\s+)?(?P<name>{_TOKEN}(?:[ \u00a0]"
    rf"(?:(?:of|for|on|&|and)[ \u00a0](?:the[ \u00a0])?)?{_TOKEN}){{0,5}})$"
)


# "Eve Hart’s lawyer": a person's full name owning a description.
_POSSESSIVE_PERSON_RE = re.compile(r"([A-Z][\w-]+(?: [A-Z][\w.-]*){1,2})['’]s\s")


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def possessive_person(phrase: str) -> str | None:
    """The person whose full name opens `phrase` as its owner ("Eve Hart’s lawyer"), or None."""
    owner = _POSSESSIVE_PERSON_RE.match(phrase)
    if owner is None or kind_of_name(owner.group(1)) is not PERSON:
        return None
    return owner.group(1)


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def named_inside(phrase: str) -> str | None:
    """The organisation a description ends with: "Fans of Millwall Rovers", "a spokesperson
    for the Foreign Office" -> "Millwall Rovers", "Foreign Office"."""
    m = _NAMED_INSIDE_RE.search(phrase)
    if m is None or m.group("name").lower() in NOT_NAME:
        return None
    return _person_before_of(m.group("name"))


_MODIFIER_AUTHOR_RE = re.compile(
    rf"^(?:[Tt]he|[Aa]n?)\s+((?:{_TOKEN}[ \u00a0]){{1,4}}?)(?:[a-z][\w-]*[ \u00a0])?[a-z][\w-]*$"
)


# Bodies that write as one, with no role noun of their own: "the jury's citation" is the
# jury's words, whoever reads it out.
_BODIES_THAT_WRITE = frozenset("jury juries judges jurors".split())


# Where a post is put, not who wrote it: "in a Facebook post" is the poster's, not Facebook's.
_PLATFORMS = frozenset(p.lower() for p in PLATFORMS)


@lru_cache(maxsize=16_384)  # pure, asked of the same words often (speed)
def document_author(phrase: str) -> str | None:
    """Who wrote a document as the phrase names it: "The Care Quality Commission’s report",
    "a statement from Kestrel Airlines", "the verdict of the jury" (no: lower case) -> the
    capitalised author, else None."""
    m = _AUTHOR_RE.search(phrase)
    if m is None:
        # "The EU statement", "a Pentagon report": the name before the document noun
        modifier = _MODIFIER_AUTHOR_RE.match(phrase)
        if modifier is None:
            return None
        author = modifier.group(1).strip()
        first = author.split()[0].lower().rstrip(".")
        if first in NOT_NAME or first in NATIONALITIES or author.lower() in _PLATFORMS:
            return None
        return author
    described = m.group("role") or m.group("ownrole")
    if described:
        head = described.split()[-1].lower()
        if head in ROLE_NOUNS or head in _BODIES_THAT_WRITE:
            return described[:1].lower() + described[1:]
        return None
    by = m.group("by") or ""
    if (
        by
        and (by.endswith(("'s", "’s")) or phrase[m.end("by") :].startswith(("'s", "’s")))
        and re.search(r"\sof\s+(?:the\s+)?$", phrase[: m.start("by")])
    ):
        # "Her review of Varga's film": Varga made the film; the review is hers (but "a memo
        # from Bellwether's asset group" is Bellwether's)
        return None
    author = _WHEN_IN_NAME_RE.sub("", (m.group("own") or by).strip())
    if author.lower() in NOT_NAME or author.lower().rstrip(".") in HONORIFICS:
        return None
    if m.group("by") and phrase.endswith((" family", " families")):
        # "a statement from the Hale family": the family speaks, not a "Hale"
        start = m.start("by")
        return phrase[start - 4 if phrase[:start].endswith("the ") else start :]
    return _person_before_of(author)


# "published by the Institute for Fiscal Studies on Monday": when, not part of the name.
_WHEN_IN_NAME_RE = re.compile(
    rf"\s+(?:on|in)\s+(?:{WEEKDAYS}|January|"
    r"February|March|April|May|June|July|August|September|October|November|December)\b.*$"
)


def _person_before_of(name: str) -> str:
    """ "Ana Ruiz of the Harbour Institute" -> "Ana Ruiz": a person, then where they work."""
    person, of, _ = name.partition(" of ")
    if of and len(person.split()) >= 2 and is_first_name(person.split()[0]):
        return person
    return name
