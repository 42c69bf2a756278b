"""Publications: the texts a story sent out (and its kill), and corrections being made."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.model import Publication, PublicationKind
from app.core.store.schema import PublicationRow


def _to_model(row: PublicationRow) -> Publication:
    return Publication(
        kind=PublicationKind(row.kind),
        number=row.number,
        revision=row.revision,
        note=row.note,
        published_by=row.published_by,
        published_at=row.published_at,
        opened_by=row.opened_by,
        opened_at=row.opened_at,
        id=row.id,
    )


class PublicationRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, story_id: int) -> list[PublicationRow]:
        query = select(PublicationRow).where(PublicationRow.story_id == story_id)
        return list(self.session.scalars(query.order_by(PublicationRow.id)))

    def list(self, story_id: int) -> list[Publication]:
        """Numbered ones in order, then a correction or update still being made (if any)."""
        rows = self._rows(story_id)
        out = sorted((r for r in rows if r.number is not None), key=lambda r: r.number or 0)
        return [_to_model(r) for r in out] + [_to_model(r) for r in rows if r.number is None]

    def pending(self, story_id: int) -> PublicationRow | None:
        """The correction or update opened since the last publication, if any."""
        query = select(PublicationRow).where(
            PublicationRow.story_id == story_id, PublicationRow.number.is_(None)
        )
        return self.session.scalars(query.order_by(PublicationRow.id.desc()).limit(1)).first()

    def _next_number(self, story_id: int) -> int:
        query = select(func.max(PublicationRow.number)).where(PublicationRow.story_id == story_id)
        return (self.session.scalar(query) or 0) + 1

    def open(
        self, story_id: int, kind: PublicationKind, note: str, author: str, when: datetime
    ) -> Publication:
        row = PublicationRow(story_id=story_id, kind=str(kind), note=note, opened_by=author,
                             opened_at=when)  # fmt: skip
        self.session.add(row)
        self.session.flush()
        return _to_model(row)

    def publish(
        self, story_id: int, revision: int | None, snapshot: dict, author: str, when: datetime
    ) -> Publication:
        """Number the pending correction or update, or record a plain publication."""
        row = self.pending(story_id)
        if row is None:
            row = PublicationRow(story_id=story_id, kind=str(PublicationKind.PUBLISH),
                                 opened_by=author, opened_at=when)  # fmt: skip
            self.session.add(row)
        row.number = self._next_number(story_id)
        row.revision = revision
        row.snapshot = snapshot
        row.published_by = author
        row.published_at = when
        self.session.flush()
        return _to_model(row)

    def kill(
        self, story_id: int, revision: int | None, reason: str, author: str, when: datetime
    ) -> Publication:
        row = PublicationRow(
            story_id=story_id, kind=str(PublicationKind.KILL), note=reason,
            number=self._next_number(story_id), revision=revision, opened_by=author,
            opened_at=when, published_by=author, published_at=when,
        )  # fmt: skip
        self.session.add(row)
        self.session.flush()
        return _to_model(row)

    def fill_snapshots(self, story_id: int, snapshot: dict) -> None:
        """Give publications recorded before snapshots existed (0011's backfill) this one.

        Called while the story is still published and locked, just before a correction, an
        update or a kill changes it: the working copy then is the text that went out.
        """
        for row in self._rows(story_id):
            if row.number is not None and row.snapshot is None and row.kind != "kill":
                row.snapshot = snapshot

    def snapshot(self, story_id: int, number: int) -> tuple[Publication, dict | None] | None:
        query = select(PublicationRow).where(
            PublicationRow.story_id == story_id, PublicationRow.number == number
        )
        row = self.session.scalars(query).first()
        return None if row is None else (_to_model(row), row.snapshot)
