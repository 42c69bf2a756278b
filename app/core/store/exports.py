"""Export records: who exported which story, in what format, and what they overrode (and why)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.core.store.schema import ExportRecordRow


@dataclass(frozen=True)
class ExportRecord:
    story_id: int
    format: str
    path: str
    exported_by: str
    exported_at: datetime
    story_version: int
    override_reason: str | None
    overridden: tuple[str, ...]
    publication: int | None = None
    """The publication number the file carries; None for a working copy not published."""

    def to_json(self) -> dict[str, object]:
        return {
            "format": self.format,
            "path": self.path,
            "by": self.exported_by,
            "at": self.exported_at.isoformat(),
            "override_reason": self.override_reason,
            "overridden": list(self.overridden),
            "story_version": self.story_version,
            "publication": self.publication,
        }


class ExportRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        story_id: int,
        fmt: str,
        path: str,
        author: str,
        story_version: int,
        override_reason: str | None = None,
        overridden: Sequence[str] = (),
        publication: int | None = None,
    ) -> None:
        self.session.add(
            ExportRecordRow(
                story_id=story_id,
                format=fmt,
                path=path,
                exported_by=author,
                exported_at=datetime.now(UTC),
                story_version=story_version,
                override_reason=override_reason,
                overridden=list(overridden),
                publication=publication,
            )
        )

    def list(self, story_id: int) -> list[ExportRecord]:
        query = select(ExportRecordRow).where(ExportRecordRow.story_id == story_id)
        return [
            ExportRecord(
                r.story_id,
                r.format,
                r.path,
                r.exported_by,
                r.exported_at,
                r.story_version,
                r.override_reason,
                tuple(r.overridden or ()),
                r.publication,
            )
            for r in self.session.scalars(query.order_by(ExportRecordRow.id))
        ]
