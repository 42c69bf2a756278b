"""Source documents attached to a story: the material its quotes are checked against."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.core.model import SourceDocument
from app.core.store.schema import SourceDocumentRow


def _to_model(row: SourceDocumentRow) -> SourceDocument:
    return SourceDocument(
        title=row.title,
        kind=row.kind,
        text=row.text,
        added_by=row.added_by,
        added_at=row.added_at,
        id=row.id,
    )


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def list(self, story_id: int) -> list[SourceDocument]:
        query = select(SourceDocumentRow).where(SourceDocumentRow.story_id == story_id)
        return [_to_model(r) for r in self.session.scalars(query.order_by(SourceDocumentRow.id))]

    def add(self, story_id: int, document: SourceDocument, author: str) -> SourceDocument:
        row = SourceDocumentRow(
            story_id=story_id,
            title=document.title,
            kind=document.kind,
            text=document.text,
            added_by=author,
            added_at=datetime.now(UTC),
        )
        self.session.add(row)
        self.session.flush()
        return _to_model(row)

    def remove(self, document_id: int) -> None:
        self.session.execute(delete(SourceDocumentRow).where(SourceDocumentRow.id == document_id))
