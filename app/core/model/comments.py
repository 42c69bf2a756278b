"""Comment threads pinned to a range of a story's body, with their replies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class CommentReply:
    author: str
    at: datetime
    text: str

    def to_json(self) -> dict[str, object]:
        return {"author": self.author, "at": self.at.isoformat(), "text": self.text}


@dataclass(frozen=True, slots=True)
class Comment:
    """A question pinned to a range of the body (code points into `Story.markup`).

    A detached comment's text was deleted: `start == end` is where it stood, and
    `anchor_text` what it said then.
    """

    id: int
    author: str
    at: datetime
    text: str
    start: int
    end: int
    anchor_text: str = ""
    detached: bool = False
    resolved: bool = False
    resolved_by: str | None = None
    resolved_at: datetime | None = None
    replies: tuple[CommentReply, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "anchor": {"start": self.start, "end": self.end, "text": self.anchor_text},
            "detached": self.detached,
            "author": self.author,
            "at": self.at.isoformat(),
            "text": self.text,
            "resolved": self.resolved,
            "replies": [r.to_json() for r in self.replies],
        }
