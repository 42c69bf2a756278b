"""Revision history: every saved point of a story, its full text restorable, stored compactly.

Revision bodies are stored as a compressed full text (a keyframe) every KEYFRAME_EVERY
revisions and as word deltas against the previous revision in between (see deltas.py), so a
long history costs a fraction of the text it restores.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.core.model import Revision
from app.core.store import deltas
from app.core.store.schema import RevisionRow

COALESCE_SECONDS = 600
"""Autosaves within this window of the last revision update the working copy only."""


KEYFRAME_EVERY = 10
"""At most this many deltas are applied to restore any revision."""


def _decode_chain(rows: Iterable[RevisionRow]) -> dict[int, str]:
    """Full texts of consecutive rows (oldest first, starting at a keyframe), by number."""
    texts: dict[int, str] = {}
    previous = ""
    for row in rows:
        if row.body_format == deltas.DELTA:
            previous = deltas.apply_delta(previous, row.body_data)
        elif row.body_format == deltas.KEYFRAME:
            previous = deltas.decompress(row.body_data)
        elif row.body_format == "plain":
            previous = row.body_data.decode("utf-8")
        else:
            raise ValueError(f"unknown revision format {row.body_format!r}")
        texts[row.number] = previous
    return texts


def _to_model(row: RevisionRow, body: str) -> Revision:
    return Revision(
        number=row.number,
        headline=row.headline,
        body=body,
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

    def _rows_from_keyframe(self, story_id: int, number: int) -> list[RevisionRow]:
        """Rows from the keyframe at or before `number` up to `number`, oldest first."""
        keyframe = self.session.scalar(
            select(func.max(RevisionRow.number)).where(
                RevisionRow.story_id == story_id,
                RevisionRow.number <= number,
                RevisionRow.body_format != deltas.DELTA,
            )
        )
        query = select(RevisionRow).where(
            RevisionRow.story_id == story_id,
            RevisionRow.number >= (keyframe or 1),
            RevisionRow.number <= number,
        )
        return list(self.session.scalars(query.order_by(RevisionRow.number)))

    def _text(self, story_id: int, number: int) -> str:
        return _decode_chain(self._rows_from_keyframe(story_id, number))[number]

    def should_record(self, story_id: int, reason: str, headline: str, body: str) -> bool:
        """Coalescing: autosave records at most every 10 minutes; nothing repeats unchanged text."""
        last = self.latest_row(story_id)
        if last is None:
            return True
        if last.headline == headline and self._text(story_id, last.number) == body:
            return False
        if reason != "autosave":
            return True
        age = (datetime.now(UTC) - last.created_at).total_seconds()
        return age >= COALESCE_SECONDS

    def add(self, story_id: int, headline: str, body: str, author: str, reason: str) -> Revision:
        last = self.latest_row(story_id)
        number = (last.number if last else 0) + 1
        body_format, data = deltas.KEYFRAME, deltas.compress(body)
        if last is not None and (number - 1) % KEYFRAME_EVERY:
            delta = deltas.make_delta(self._text(story_id, last.number), body)
            if len(delta) < len(data):
                body_format, data = deltas.DELTA, delta
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
        return _to_model(row, body)

    def list(self, story_id: int) -> list[Revision]:
        """Newest first; the whole chain is decoded once, oldest first."""
        rows = list(
            self.session.scalars(
                select(RevisionRow)
                .where(RevisionRow.story_id == story_id)
                .order_by(RevisionRow.number)
            )
        )
        texts = _decode_chain(rows)
        return [_to_model(row, texts[row.number]) for row in reversed(rows)]

    def get(self, story_id: int, number: int) -> Revision:
        rows = self._rows_from_keyframe(story_id, number)
        if not rows or rows[-1].number != number:
            raise NotFoundError(f"This story has no revision {number}.")
        return _to_model(rows[-1], _decode_chain(rows)[number])
