"""A story's sources: named, anonymous and confidential, with their private contact and notes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.model import Source
from app.core.store.schema import SourceRow


def _to_model(row: SourceRow) -> Source:
    return Source(
        name=row.name,
        title=row.title,
        description=row.description,
        anonymous=row.anonymous,
        confidential=row.confidential,
        contact=row.contact,
        notes=row.notes,
        id=row.id,
    )


class SourceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self, story_id: int) -> tuple[Source, ...]:
        query = select(SourceRow).where(SourceRow.story_id == story_id).order_by(SourceRow.id)
        return tuple(_to_model(r) for r in self.session.scalars(query))

    def add(self, story_id: int, source: Source) -> Source:
        row = SourceRow(
            story_id=story_id,
            name=source.name,
            title=source.title,
            description=source.description,
            anonymous=source.anonymous,
            confidential=source.confidential,
            contact=source.contact,
            notes=source.notes,
        )
        self.session.add(row)
        self.session.flush()
        return _to_model(row)

    def update(self, source: Source) -> Source:
        row = self.session.get(SourceRow, source.id)
        if row is None:
            return source
        for field in ("name", "title", "description", "anonymous", "confidential"):
            setattr(row, field, getattr(source, field))
        row.contact, row.notes = source.contact, source.notes
        return _to_model(row)

    def merge_analysed(self, story_id: int, found: Sequence[Source]) -> tuple[Source, ...]:
        """Add newly found sources; keep every person-made flag, contact and note as it was."""
        existing = {s.name.casefold(): s for s in self.list(story_id)}
        for source in found:
            if source.name.casefold() not in existing:
                existing[source.name.casefold()] = self.add(story_id, source)
        return self.list(story_id)

    def remove_all(self, story_id: int) -> None:
        self.session.execute(delete(SourceRow).where(SourceRow.story_id == story_id))
