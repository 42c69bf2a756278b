"""What the story list and search show: a row per story and the words around a search hit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.model.enums import StoryStatus


@dataclass(frozen=True, slots=True)
class StorySummary:
    """One row of the story list: enough to show and sort, never the body."""

    id: int
    slug: str
    headline: str
    status: StoryStatus
    desk: str
    words: int
    updated_at: datetime
    updated_by: str | None
    open_items: int = 0
    """Open suggestions and unresolved comments: what needs attention before sign-off."""
    assignee: str | None = None
    snippet: Snippet | None = None
    """For a search hit: a few words of the body around the match."""

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "slug": self.slug,
            "headline": self.headline,
            "status": str(self.status),
            "desk": self.desk,
            "words": self.words,
            "updated_at": self.updated_at.isoformat(),
            "assignee": self.assignee,
            "open_items": self.open_items,
        }
        if self.snippet is not None:
            data["snippet"] = self.snippet.text()
            data["snippet_hits"] = [list(span) for span in self.snippet.hits()]
        return data


@dataclass(frozen=True, slots=True)
class Snippet:
    """A few words around a search hit, as pieces of text each marked as a hit or not.

    Kept as plain pieces (never as markup) so every reader decides how to show a hit: the
    window escapes the text and emboldens hits, a terminal uses bold, JSON gives offsets.
    """

    parts: tuple[tuple[str, bool], ...] = ()

    def text(self) -> str:
        return "".join(piece for piece, _hit in self.parts)

    def hits(self) -> list[tuple[int, int]]:
        """Code-point [start, end) of each hit in `text()`."""
        spans, at = [], 0
        for piece, hit in self.parts:
            if hit:
                spans.append((at, at + len(piece)))
            at += len(piece)
        return spans

    def marked(self, before: str, after: str) -> str:
        return "".join(f"{before}{piece}{after}" if hit else piece for piece, hit in self.parts)

    def html(self, before: str = "<b>", after: str = "</b>") -> str:
        """Escaped text with hits between `before` and `after` (which are trusted markup)."""
        from html import escape

        return "".join(
            f"{before}{escape(piece)}{after}" if hit else escape(piece) for piece, hit in self.parts
        )
