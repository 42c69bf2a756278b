"""How the credit tests look at a line's reading: each credit as (name, place, organisation),
with the parts the line could not read."""

from __future__ import annotations

from app.core.analysis.credits import read_credit_line

Read = list[tuple[str, str | None, str | None]]


def read_people(line: str, declared: bool) -> tuple[Read, tuple[str, ...]]:
    found = read_credit_line(line, declared=declared)
    return [(c.name, c.location, c.organisation) for c in found.credits], found.failed
