"""Revision history: every saved point of a story, its full text restorable, stored compactly."""

from __future__ import annotations

import zlib
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.core.model import Revision
from app.core.store.schema import RevisionRow

COALESCE_SECONDS = 600
"""Autosaves within this window of the last revision update the working copy only."""


def encode_body(body: str) -> tuple[str, bytes]:
    return "zlib", zlib.compress(body.encode("utf-8"), 6)


def decode_body(body_format: str, data: bytes) -> str:
    if body_format == "zlib":
        return zlib.decompress(data).decode("utf-8")
    if body_format == "plain":
        return data.decode("utf-8")
    raise ValueError(f"unknown revision format {body_format!r}")


def _to_model(row: RevisionRow) -> Revision:
    return Revision(
        number=row.number,
        headline=row.headline,
        body=decode_body(row.body_format, row.body_data),
        author=row.author,
        created_at=row.created_at,
        reason=row.reason,
        id=row.id,
    )


class RevisionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def latest_row(self, story_id: int) -> RevisionRow | None:
        return self.session.scalars(
            select(RevisionRow)
            .where(RevisionRow.story_id == story_id)
            .order_by(RevisionRow.number.desc())
            .limit(1)
        ).first()

    def should_record(self, story_id: int, reason: str, headline: str, body: str) -> bool:
        """Coalescing: autosave records at most every 10 minutes; nothing repeats unchanged text."""
        last = self.latest_row(story_id)
        if last is None:
            return True
        if last.headline == headline and decode_body(last.body_format, last.body_data) == body:
            return False
        if reason != "autosave":
            return True
        age = (datetime.now(UTC) - last.created_at).total_seconds()
        return age >= COALESCE_SECONDS

    def add(self, story_id: int, headline: str, body: str, author: str, reason: str) -> Revision:
        number = (
            self.session.scalar(
                select(func.max(RevisionRow.number)).where(RevisionRow.story_id == story_id)
            )
            or 0
        ) + 1
        body_format, data = encode_body(body)
        row = RevisionRow(
            story_id=story_id,
            number=number,
            headline=headline,
            body_format=body_format,
            body_data=data,
            author=author,
            reason=reason,
            created_at=datetime.now(UTC),
        )
        self.session.add(row)
        self.session.flush()
        return _to_model(row)

    def list(self, story_id: int) -> list[Revision]:
        rows = self.session.scalars(
            select(RevisionRow)
            .where(RevisionRow.story_id == story_id)
            .order_by(RevisionRow.number.desc())
        )
        return [_to_model(row) for row in rows]

    def get(self, story_id: int, number: int) -> Revision:
        row = self.session.scalars(
            select(RevisionRow).where(
                RevisionRow.story_id == story_id, RevisionRow.number == number
            )
        ).first()
        if row is None:
            raise NotFoundError(f"This story has no revision {number}.")
        return _to_model(row)
