"""Named sources: the people copy introduces with a description or a title ("Mara Quist, an
analyst with the Harbour Institute"; "Norland's foreign minister, Piet Strand"; a title before a
name), and the story's list of sources, which adds the speakers of its quotes."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.core import model
from app.core.analysis.masking import find_written
from app.core.analysis.mentions import ROLE_NOUNS, TITLE_WORDS, Mention, looks_like_description
from app.core.analysis.resolution import Resolver
from app.core.fastinit import fast_init

_DESCRIPTION_RE = re.compile(
    r"\s*,\s*((?:an?|the|one|[a-z]|[\w-]+['’]s\s)[^,;:.“”\"\x00]{2,160}?)"
    r"\s*(?:,|\.(?:\s|$)|;|$)"
)
_PRE_DESCRIPTION_RE = re.compile(
    r"((?:[A-Z][\w-]*['’]s|[Tt]he|[Aa]n?)\s+[a-z][^,;:.“”\"\x00]{1,80}?)\s*,\s*$"
)


@fast_init  # built by the thousand: a faster __init__, same class (speed)
@dataclass(frozen=True, slots=True)
class NamedSource:
    """A person introduced with a description or title; offsets are the name's."""

    name: str
    title: str | None
    description: str | None
    start: int
    end: int

    def shifted(self, offset: int) -> NamedSource:
        # built directly: dataclasses.replace costs several times more (speed)
        return NamedSource(
            self.name, self.title, self.description, self.start + offset, self.end + offset
        )


def find_named(masked: str, mentions: Sequence[Mention]) -> list[NamedSource]:
    out: list[NamedSource] = []
    for m in mentions:
        if not m.is_person_name or m.possessive:
            continue
        if len(m.name.split()) < 2:
            continue
        description = None
        after = _DESCRIPTION_RE.match(masked, m.end)
        if (
            after
            and looks_like_description(after.group(1))
            and after.group(1).split()[0]
            not in {
                "who",
                "whose",
            }
        ):
            description = after.group(1).strip()
        if description is None:
            # "Helen Garvey, who manages the island's care home, said": what she does.
            clause = _WHO_DOES_RE.match(masked, m.end)
            if clause and clause.group(2).lower() not in _NOT_A_ROLE_VERB:
                description = clause.group(1).strip()
        if description is None:
            # "the ferry workers' union, whose leader, Marta Okafor, has": leader of the union
            lo = max(0, m.start - 120)
            # the word asked first: without it the lazy search tries every start (speed)
            whose = (
                _WHOSE_ROLE_RE.search(masked, lo, m.start)
                if masked.find("whose", lo, m.start) != -1
                else None
            )
            if whose:
                owner = _last_noun_phrase(whose.group(1))
                if owner:
                    description = f"{whose.group(2).strip()} of {owner}"
        if description is None:
            # "the club's captain, Ana Ruiz": the comma the phrase must end on asked first, as
            # the lazy search tries every start before it fails (speed)
            window = masked[max(0, m.start - 90) : m.start]
            before = _PRE_DESCRIPTION_RE.search(window) if window.rstrip().endswith(",") else None
            if before and _is_role_phrase(before.group(1)):
                description = before.group(1).strip()
        if description is None and not m.title:
            continue
        out.append(NamedSource(m.name, m.title or None, description, m.start, m.end))
    return out


_WHO_DOES_RE = re.compile(
    r"\s*,\s*who\s+(([a-z]+s)\b[^,;:.“”\"\x00]{2,120}?)\s*(?:,|\.(?:\s|$)|;|$)"
)
# Verbs after "who" that say what someone did or said, not what they are.
_NOT_A_ROLE_VERB = frozenset(
    """is was has does says tells adds notes argues insists warns claims thinks believes
    wants hopes fears asks explains recalls admits agrees""".split()
)
_WHOSE_ROLE_RE = re.compile(r"([^;:.“”\"\x00]{3,100}?),\s+whose\s+([a-z][a-z -]{1,40}?)\s*,\s*$")


def _last_noun_phrase(text: str) -> str | None:
    """The noun phrase that ends `text`: "warnings from the ferry workers' union" -> "the ferry
    workers' union"."""
    best = None
    for m in re.finditer(r"(?:^|\s)(?:the|a|an)\s", text):
        best = m.start()
    if best is None:
        return None
    return text[best:].strip()


def _is_role_phrase(text: str) -> bool:
    words = [w.lower().strip("’'") for w in text.split()]
    return any(w in ROLE_NOUNS or w in TITLE_WORDS for w in words[1:])


def collect_sources(
    named: Iterable[NamedSource], quotes: Iterable[model.Quote], resolver: Resolver, text: str = ""
) -> list[model.Source]:
    """Named sources in order of appearance: introduced people and quote speakers, once each.

    A description read where a title was blanked out ("a reality TV boss on xxxxxxxxxxx") is
    given back its words as written, found near the name in `text`.
    """
    found: dict[str, model.Source] = {}
    order: list[tuple[int, str]] = []
    for n in named:
        key = resolver.canonical(n.name)
        current = found.get(key)
        described, titled = n.description, n.title
        if text and "xxx" in f"{described}{titled}":
            lo, hi = n.start - 400, n.end + 400
            described = described and find_written(text, described, lo, hi)
            titled = titled and find_written(text, titled, lo, hi)
        description = described or (current.description if current else None) or titled
        title = (current.title if current else None) or titled
        if current is None:
            order.append((n.start, key))
        found[key] = model.Source(name=key, title=title, description=description)
    for q in quotes:
        if not q.speaker:
            continue
        if resolver.is_organisation(q.speaker) and q.speaker not in found:
            # An organisation that speaks informs the story too ("the Navy said").
            found[q.speaker] = model.Source(name=q.speaker)
            order.append((q.start, q.speaker))
            continue
        # "Lund and Bakri replied": two people speaking together are two sources.
        together = q.speaker.split(" and ")
        names = together if len(together) == 2 else [q.speaker]
        for name in names:
            if name not in resolver.people or name in found:
                continue
            person = resolver.people[name]
            found[name] = model.Source(
                name=name, title=person.title or None, description=person.title or None
            )
            order.append((q.start, name))
    order.sort()
    return [found[key] for _, key in order]
