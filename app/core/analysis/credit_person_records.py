"""The people read from a credit line, before they become credits: name, place, e-mail and
the agency or outlet the line names for each, and the items that named no person."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from app.core.model import Credit, CreditRole

# "Special to The Harbour Ledger", "for Reuters": the cue before an outlet set as its own item,
# in any of the cases a line is written in ("Special To" in title case too). One pattern for
# every reader that takes the cue off.
OUTLET_CUE = r"(?:[Ss]pecial\s+[Tt]o|SPECIAL\s+TO|[Ff]or|FOR)"
OUTLET_CUE_RE = re.compile(rf"^{OUTLET_CUE}\s+(?=(?:[Tt]he\s+)?[A-Z])")


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    location: str | None
    email: str | None
    agency: str | None = None


@dataclass(slots=True)
class People:
    """The people of one part, and its items that named no person."""

    people: list[Person] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def with_place(person: Person, location: str) -> Person:
    return Person(person.name, location, person.email, person.agency)


def placed(
    people: list[Person],
    location: str,
    chunk_of: list[int] | None = None,
    chunk: int | None = None,
) -> list[Person]:
    """Everyone without a place of their own gets `location` ("A and B in Kyiv"); only those in
    `chunk`, when given: a place closing one ";"-group of a list is that group's ("A, The
    Harbour Times; B, Bergen" does not put A in Bergen)."""
    return [
        p
        if p.location or (chunk is not None and chunk_of and chunk_of[i] != chunk)
        else with_place(p, location)
        for i, p in enumerate(people)
    ]


def employ(people: list[Person], chunk_of: list[int], chunk: int | None, body: str) -> None:
    """Everyone without an organisation (in `chunk`, when given) gets `body`: an agency named
    once after a list is every listed person's ("By A and B, Associated Press")."""
    for index, person in enumerate(people):
        if person.agency is None and (chunk is None or chunk_of[index] == chunk):
            people[index] = replace(person, agency=body)


def credits_of(role: CreditRole, people: list[Person]) -> list[Credit]:
    """Credits of `people`, each keeping the agency or outlet its line named for it ("Ana
    Lima/Reuters"), spelt as the line spells it, so a house style never re-credits the picture."""
    return [
        Credit(role=role, name=p.name, location=p.location, email=p.email, organisation=p.agency)
        for p in people
    ]
