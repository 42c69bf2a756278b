"""Keeping confidential sources on the workstation: find their names in copy, strip them out.

Two layers, because a leak is the one export mistake that cannot be taken back: the gate
blocks when a confidential name is in the copy (with a finding pointing at the spot), and
every writer renders from `public_view(story)`, which has no confidential source at all and no
private field of any source; `assert_clean` then checks the finished output once more.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from app.core.errors import BlockedError
from app.core.model import Finding, Severity, Source, Story

CODE = "confidential_name"


def _pattern(name: str) -> re.Pattern[str] | None:
    """The name as whole words, any run of whitespace between them, any case."""
    words = name.split()
    if not words or len("".join(words)) < 2:
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    return re.compile(rf"(?<!\w){body}(?!\w)", re.IGNORECASE)


def _surname(name: str) -> str | None:
    """The last word of a personal name ("Marta Kowalczyk" -> "Kowalczyk"), else None.

    Only for names that look personal (2-4 capitalised words): a description used as a name
    ("a senior official") must not turn "official" into a secret.
    """
    words = name.split()
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    last = words[-1].strip(".,")
    return last if len(last) >= 4 else None


def _patterns(source: Source) -> list[re.Pattern[str]]:
    names = [source.name]
    surname = _surname(source.name)
    if surname:
        names.append(surname)
    return [p for p in (_pattern(n) for n in names) if p is not None]


def confidential_sources(story: Story) -> tuple[Source, ...]:
    return tuple(s for s in story.sources if s.confidential)


def _secrets(sources: Iterable[Source]) -> Iterator[str]:
    """Every string a confidential source holds that must never be exported."""
    for source in sources:
        for value in (source.name, source.contact, source.notes):
            if value and len(value.strip()) >= 3:
                yield value.strip()


def find_names(story: Story) -> list[Finding]:
    """Confidential names in the headline, dek, body, keywords or credits (errors, never waived).

    Body findings carry the offsets of the name in the stored Markdown, so the editor can
    select it; elsewhere the message says which field.
    """
    findings: list[Finding] = []
    fields = {
        "headline": story.headline,
        "dek": story.dek,
        "keywords": " · ".join(story.keywords),
        "credits": " · ".join(c.name for c in story.credits),
        "dateline": " ".join(
            p for p in (story.dateline.place, story.dateline.agency) if p
        ) if story.dateline else "",
    }  # fmt: skip
    for source in confidential_sources(story):
        patterns = _patterns(source)
        spans: set[tuple[int, int]] = set()
        for pattern in patterns:
            for match in pattern.finditer(story.body):
                # The surname inside the full name is the same spot: one finding.
                if any(s <= match.start() and match.end() <= e for s, e in spans):
                    continue
                spans.add(match.span())
        for start, end in sorted(spans):
            findings.append(
                Finding(
                    Severity.ERROR,
                    CODE,
                    f"The confidential source '{source.name}' is named in the body; "
                    "take the name out (confidential sources are never exported).",
                    start,
                    end,
                )
            )
        for field_name, text in fields.items():
            if text and any(p.search(text) for p in patterns):
                findings.append(
                    Finding(
                        Severity.ERROR,
                        CODE,
                        f"The confidential source '{source.name}' is named in the {field_name}; "
                        "take the name out (confidential sources are never exported).",
                    )
                )
    return findings


def public_view(story: Story) -> Story:
    """The story as exporters may see it: no confidential source, no private field of any."""
    public = tuple(
        replace(s, contact=None, notes=None) for s in story.sources if not s.confidential
    )
    quotes = story.quotes
    hidden = [p for s in confidential_sources(story) for p in _patterns(s)]
    if hidden:
        # A quote attributed to a confidential source keeps its text but loses the speaker.
        quotes = tuple(
            replace(q, speaker=None, speaker_mention=None)
            if q.speaker and any(p.search(q.speaker) for p in hidden)
            else q
            for q in quotes
        )
    return story.with_changes(sources=public, quotes=quotes)


def assert_clean(output: str, story: Story) -> None:
    """Last line of defence: refuse output that carries anything of a confidential source."""
    low = output.casefold()
    sources = confidential_sources(story)
    surnames = [n for n in (_surname(s.name) for s in sources) if n]
    for secret in [*_secrets(sources), *surnames]:
        pattern = _pattern(secret)
        if pattern is not None and (pattern.search(output) or secret.casefold() in low):
            raise BlockedError(
                "The export would carry details of a confidential source; nothing was written.",
                [Finding(Severity.ERROR, CODE, "Confidential source details in the output.")],
            )
