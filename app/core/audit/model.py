"""What an audit report holds: sections of plain blocks that the HTML and PDF writers lay out.

Every string in here is already what the reader may see (the confidentiality rule has been
applied by the section builders), so the writers only escape and arrange.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    caption: str = ""
    kind: str = field(default="table", init=False)


@dataclass(frozen=True)
class Card:
    """One item told field by field (a quote and its checks); `quote` is shown as a quotation."""

    quote: str
    fields: tuple[tuple[str, str], ...]
    tone: str = ""
    """A word for the styling: verified, disputed, altered, not_found, unverified."""
    kind: str = field(default="card", init=False)


@dataclass(frozen=True)
class Lines:
    lines: tuple[str, ...]
    caption: str = ""
    kind: str = field(default="lines", init=False)


@dataclass(frozen=True)
class Note:
    text: str
    kind: str = field(default="note", init=False)


Block = Table | Card | Lines | Note


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple[Block, ...] = ()
    empty: str = "None recorded."

    @property
    def is_empty(self) -> bool:
        return not self.blocks


@dataclass(frozen=True)
class AuditReport:
    slug: str
    headline: str
    generated_at: datetime
    generated_by: str
    private: bool
    summary: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    language: str = "en"

    @property
    def generated_text(self) -> str:
        at = self.generated_at
        return f"{at:%B} {at.day}, {at:%Y} {at:%H:%M} UTC"

    @property
    def generated_iso(self) -> str:
        return self.generated_at.isoformat().replace("+00:00", "Z")

    def texts(self) -> Iterator[str]:
        """Every string the report shows (for the confidentiality guard)."""
        yield self.slug
        yield self.headline
        for label, value in self.summary:
            yield label
            yield value
        for section in self.sections:
            yield section.title
            yield section.empty
            for block in section.blocks:
                if isinstance(block, Table):
                    yield block.caption
                    yield from block.headers
                    for row in block.rows:
                        yield from row
                elif isinstance(block, Card):
                    yield block.quote
                    for label, value in block.fields:
                        yield label
                        yield value
                elif isinstance(block, Lines):
                    yield block.caption
                    yield from block.lines
                else:
                    yield block.text
