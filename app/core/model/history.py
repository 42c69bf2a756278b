"""A story's history: its revisions, its status changes and what it published."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.model.enums import PublicationKind, StoryStatus


@dataclass(frozen=True, slots=True)
class Revision:
    """One point in a story's history; `body` is always the full text, however it is stored."""

    number: int
    headline: str
    body: str
    author: str
    created_at: datetime
    reason: str = "save"
    id: int | None = None

    @property
    def size(self) -> int:
        return len(self.body)


@dataclass(frozen=True, slots=True)
class StatusChange:
    from_status: StoryStatus | None
    to_status: StoryStatus
    changed_by: str
    changed_at: datetime
    reason: str | None = None
    """Why it moved although something was open (moving to `ready`); None when nothing was."""


@dataclass(frozen=True, slots=True)
class Publication:
    """One text a story sent out (or its kill), numbered from 1 in the order they went out.

    A correction or update is opened with its note while the story is published; it has no
    `number`, `revision` or `published_*` until the story is published again.
    """

    kind: PublicationKind
    number: int | None = None
    revision: int | None = None
    note: str | None = None
    published_by: str | None = None
    published_at: datetime | None = None
    opened_by: str | None = None
    opened_at: datetime | None = None
    id: int | None = None

    @property
    def is_out(self) -> bool:
        """Has it gone out (a numbered publication), or is it a correction still being made?"""
        return self.number is not None

    def to_json(self) -> dict[str, object]:
        """`history --json`'s publication entry (README): who published it and when."""
        return {
            "number": self.number,
            "revision": self.revision,
            "kind": str(self.kind),
            "note": self.note,
            "by": self.published_by,
            "at": self.published_at.isoformat() if self.published_at else None,
            "opened_by": self.opened_by,
            "opened_at": self.opened_at.isoformat() if self.opened_at else None,
        }
