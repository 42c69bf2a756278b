"""Two generations of one family in a story: "Tom Vell, 68, ... His son, Jake Vell, 34," and
later "the younger Vell said". A bare surname means the person named first (the resolver's
rule), so the modifier before it (younger or elder, older, senior, junior) or a generation
after it ("Kerr Jr.") picks the person here, when the story said which is which: by their
ages, by "his son" / "her father" before one of them, or by Jr. and Sr.

A pass over the finished quotes, run once per analysis; a regex reads the copy only where one
of the modifiers stands.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core import model

_YOUNGER = ("younger", "junior")
_GUARD = ("ounger ", "lder ", "enior ", "unior ")  # younger, elder or older, senior, junior
# "the younger Vell": the modifier and the surname, in the tag by a quote
_MODIFIED_RE = re.compile(
    r"\b[Tt]he\s+(?P<mod>younger|elder|older|senior|junior)\s+(?P<sur>[A-Z][\w'’-]+)"
)
_YOUNGER_KIN = frozenset("son daughter grandson granddaughter nephew niece".split())
_ELDER_KIN = frozenset("father mother dad mom mum grandfather grandmother uncle aunt".split())


def by_generation(text: str, quotes: list[model.Quote]) -> list[model.Quote]:
    """`quotes` with a speaker called "the younger Vell" or "Kerr Jr." given the Vell or the
    Kerr the story said was the younger (or the elder), when it named two of them in full."""
    spots = _modified_surnames(text)
    out: list[model.Quote] = []
    for q in quotes:
        mention = q.speaker_mention or ""
        found = None
        if mention.endswith((" Jr.", " Sr.")) and " " not in mention[:-4]:
            found = (mention[:-4], mention.endswith("Jr."))  # "Kerr Jr. said"
        elif spots and mention[:1].isupper() and " " not in mention:
            # the tag right by the quote: after it ("…,” the younger Vell said") or before
            found = next(
                (
                    (mention, younger)
                    for lo, hi in ((q.end, q.end + 40), (q.start - 60, q.start))
                    for at, name, younger in spots
                    if name == mention and lo <= at <= hi
                ),
                None,
            )
        person = _generation(text, q.start, *found) if found is not None else None
        if person is None or person == q.speaker:
            out.append(q)
            continue
        which = "younger" if found[1] else "elder"
        out.append(
            replace(
                q,
                speaker=person,
                speaker_reason=f"{mention} → {person}: the {which} of the two named {found[0]}",
            )
        )
    return out


def _modified_surnames(text: str) -> list[tuple[int, str, bool]]:
    """Where the copy says "the younger Vell": (offset, surname, younger?). Found with str.find
    on the few words that can say it, never a regex over the whole text (speed)."""
    spots: list[tuple[int, str, bool]] = []
    for word in _GUARD:
        at = text.find(word)
        while at != -1:
            for m in _MODIFIED_RE.finditer(text, max(0, at - 12), at + 40):
                spots.append((m.start(), m.group("sur"), m.group("mod") in _YOUNGER))
            at = text.find(word, at + 1)
    return spots


def _generation(text: str, before: int, surname: str, younger: bool) -> str | None:
    """The younger (or elder) of exactly two people named in full with `surname` before
    `before`: by their ages, else by a kin word before one of them or a Jr. or Sr. after it."""
    name_re = re.compile(
        rf"(?:\b(?P<kin>[a-z]+),?\s+)?\b(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z]\.)?\s+"
        rf"{re.escape(surname)})(?:,?\s+(?P<gen>Jr|Sr)\b\.?)?(?:,\s+(?P<age>\d{{1,3}}),)?"
    )
    ages: dict[str, int] = {}
    marks: dict[str, int] = {}  # -1 the younger generation, +1 the elder
    for m in name_re.finditer(text, 0, before):
        name = m.group("name") + (f" {m.group('gen')}." if m.group("gen") else "")
        ages.setdefault(name, -1)
        if m.group("age") and ages[name] < 0:
            ages[name] = int(m.group("age"))
        if m.group("gen"):
            marks[name] = -1 if m.group("gen") == "Jr" else 1
        elif m.group("kin") in _YOUNGER_KIN:
            marks.setdefault(name, -1)
        elif m.group("kin") in _ELDER_KIN:
            marks.setdefault(name, 1)
    if len(ages) != 2:
        return None
    a, b = ages
    if ages[a] >= 0 and ages[b] >= 0 and ages[a] != ages[b]:
        order = sorted(ages, key=ages.__getitem__)
    elif len(marks) == 1 or (len(marks) == 2 and marks[a] != marks[b]):
        known = a if a in marks else b
        other = b if known == a else a
        order = [known, other] if marks[known] < 0 else [other, known]
    else:
        return None
    return order[0] if younger else order[1]
