"""What the quote sidebar shows: a fresh analysis merged with what the store knows about a story.

The analysis of the live text gives positions that follow every keystroke; the store gives ids,
a person's status, the machine verdict and the sources' private flags. Quotes are matched by
normalised text, as the store itself matches them, so a status shows up on the quote it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

from app.core.analysis.speaker_confidence import check_speaker
from app.core.findings import locate
from app.core.model import Finding, Quote, Source, Story
from app.core.quote_text import normalise_quote


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the body the sidebar lists (anonymous or institutional sourcing)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """A named source with where it is first mentioned (None when the text no longer names it)."""

    source: Source
    start: int | None = None
    end: int | None = None
    stored: bool = False


@dataclass(frozen=True, slots=True)
class SidebarContent:
    quotes: tuple[Quote, ...] = ()
    sources: tuple[SourceEntry, ...] = ()
    anonymous: tuple[Span, ...] = ()
    institutional: tuple[Span, ...] = ()
    findings: tuple[Finding, ...] = ()
    stored_quotes: tuple[Quote, ...] = field(default_factory=tuple)
    proofing: tuple[Finding, ...] = ()
    """Spelling and house style (app.core.proofing), underlined by the editor itself."""
    headline_proofing: tuple[Finding, ...] = ()
    """The same for the headline, in offsets into the headline's text (not the body's)."""
    live: bool = True
    """Whether the quotes went through this session's analysis. The stored quotes shown while a
    story's first analysis runs carry the confidence of their last save, perhaps from an older
    version: no speaker is marked for checking until the analysis has read them."""
    story_open: bool = True
    """False when no story is open: the panel says so rather than "No quotes in this story"."""
    no_stories: bool = False
    """The store holds no story (the welcome page shows, no list): nothing to pick."""

    def checks_speaker(self, quote: Quote) -> bool:
        """Whether the sidebar's row and the editor's hover ask to check this quote's speaker:
        as the model says, once this session's analysis has read the quote (`live`)."""
        return self.live and check_speaker(quote)

    def quote_at(self, position: int) -> Quote | None:
        """The quote whose span holds `position` (its closing edge included)."""
        for quote in self.quotes:
            if quote.start <= position <= quote.end:
                return quote
        return None


def merge_quotes(live: Sequence[Quote], stored: Sequence[Quote]) -> tuple[Quote, ...]:
    """Live positions with the stored id, status, verdict, evidence and person-set speaker."""
    by_text: dict[str, list[Quote]] = {}
    for quote in stored:
        by_text.setdefault(normalise_quote(quote.text), []).append(quote)
    merged = []
    for quote in live:
        candidates = by_text.get(normalise_quote(quote.text))
        known = candidates.pop(0) if candidates else None
        if known is None:
            merged.append(quote)
            continue
        # The live reading's reason and confidence, unless a person chose the speaker or the
        # stored speaker is another one.
        fresh = not known.person_chose and (known.speaker or quote.speaker) == quote.speaker
        merged.append(
            replace(
                known,
                text=quote.text,
                start=quote.start,
                end=quote.end,
                speaker=known.speaker or quote.speaker,
                speaker_mention=quote.speaker_mention,
                speaker_reason=quote.speaker_reason if fresh else known.speaker_reason,
                confidence=quote.confidence if fresh else known.confidence,
                cue=quote.cue,
                venue=quote.venue,
            )
        )
    return tuple(merged)


def _first_mention(text: str, name: str) -> tuple[int, int] | None:
    """Where a source is first named: the full name, else its last word (a surname)."""
    if not name:
        return None
    for needle in (name, name.split()[-1]):
        if len(needle) < 3:
            continue
        match = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text)
        if match:
            return match.start(), match.end()
    return None


def merge_sources(
    live: Iterable[Source], stored: Iterable[Source], text: str
) -> tuple[SourceEntry, ...]:
    """Stored sources (with their flags) first in story order, then newly found ones."""
    entries: dict[str, SourceEntry] = {}
    for source in stored:
        entries[source.name.casefold()] = SourceEntry(source, stored=True)
    for source in live:
        key = source.name.casefold()
        if key in entries:
            known = entries[key].source
            if not known.description and source.description:
                entries[key] = replace(
                    entries[key], source=replace(known, description=source.description)
                )
        else:
            entries[key] = SourceEntry(source)
    placed = []
    for entry in entries.values():
        span = _first_mention(text, entry.source.name)
        if span is None and not entry.stored:
            continue
        placed.append(replace(entry, start=span[0], end=span[1]) if span else entry)
    # Story order: a source the text no longer names goes last, so the list reads like the copy.
    placed.sort(key=lambda e: (e.start is None, e.start or 0))
    return tuple(placed)


def _spans(items: Iterable[object]) -> tuple[Span, ...]:
    spans = []
    for item in items or ():
        text = getattr(item, "text", None) or getattr(item, "name", None) or str(item)
        start, end = getattr(item, "start", None), getattr(item, "end", None)
        if start is None or end is None:
            continue
        spans.append(Span(text, int(start), int(end)))
    return tuple(spans)


def build_content(analysis: object | None, story: Story | None, text: str) -> SidebarContent:
    """Merge an `analysis.engine.Analysis` (duck-typed) with the stored story."""
    stored_quotes = story.quotes if story else ()
    stored_sources = story.sources if story else ()
    if analysis is None:
        return SidebarContent(
            quotes=tuple(stored_quotes),
            sources=merge_sources((), stored_sources, text),
            stored_quotes=tuple(stored_quotes),
            live=False,
            story_open=story is not None,
        )
    return SidebarContent(
        quotes=merge_quotes(getattr(analysis, "quotes", ()) or (), stored_quotes),
        sources=merge_sources(getattr(analysis, "sources", ()) or (), stored_sources, text),
        anonymous=_spans(getattr(analysis, "anonymous_sourcing", ())),
        institutional=_spans(getattr(analysis, "institutional_sources", ())),
        # Paragraph and a few words, as the desk finds them on the page (not offsets).
        findings=locate(text, getattr(analysis, "findings", ()) or ()),
        stored_quotes=tuple(stored_quotes),
    )
