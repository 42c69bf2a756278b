"""CommentRepository: comment threads anchored in a story's body markup, their replies, and
the anchors' journey through every change of the text."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError
from app.core.model import Comment, CommentReply
from app.core.review.anchors import Anchor, Remapper
from app.core.store.schema import CommentReplyRow, CommentRow


def _to_model(row: CommentRow, replies: list[CommentReplyRow]) -> Comment:
    return Comment(
        id=row.number,
        author=row.author,
        at=row.created_at,
        text=row.text,
        start=row.anchor_start,
        end=row.anchor_end,
        anchor_text=row.anchor_text,
        detached=row.detached,
        resolved=row.resolved,
        resolved_by=row.resolved_by,
        resolved_at=row.resolved_at,
        replies=tuple(CommentReply(r.author, r.created_at, r.text) for r in replies),
    )


class CommentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows(self, story_id: int) -> list[CommentRow]:
        query = select(CommentRow).where(CommentRow.story_id == story_id)
        return list(self.session.scalars(query.order_by(CommentRow.number)))

    def row(self, story_id: int, number: int) -> CommentRow:
        row = self.session.scalars(
            select(CommentRow).where(CommentRow.story_id == story_id, CommentRow.number == number)
        ).first()
        if row is None:
            raise NotFoundError(
                f"The story has no comment {number}; 'copydesk comments SLUG' lists them."
            )
        return row

    def list(self, story_id: int) -> list[Comment]:
        rows = self._rows(story_id)
        if not rows:
            return []
        replies: dict[int, list[CommentReplyRow]] = {}
        query = select(CommentReplyRow).where(CommentReplyRow.comment_id.in_([r.id for r in rows]))
        for reply in self.session.scalars(query.order_by(CommentReplyRow.id)):
            replies.setdefault(reply.comment_id, []).append(reply)
        return [_to_model(r, replies.get(r.id, [])) for r in rows]

    def get(self, story_id: int, number: int) -> Comment:
        row = self.row(story_id, number)
        replies = self.session.scalars(
            select(CommentReplyRow)
            .where(CommentReplyRow.comment_id == row.id)
            .order_by(CommentReplyRow.id)
        )
        return _to_model(row, list(replies))

    def add(
        self,
        story_id: int,
        number: int,
        author: str,
        text: str,
        start: int,
        end: int,
        anchor_text: str,
    ) -> CommentRow:
        row = CommentRow(
            story_id=story_id,
            number=number,
            author=author,
            created_at=datetime.now(UTC),
            text=text,
            anchor_start=start,
            anchor_end=end,
            anchor_text=anchor_text,
            detached=False,
            resolved=False,
        )
        self.session.add(row)
        self.session.flush()
        return row

    def reply(self, story_id: int, number: int, author: str, text: str) -> None:
        row = self.row(story_id, number)
        self.session.add(
            CommentReplyRow(comment_id=row.id, author=author, created_at=datetime.now(UTC),
                            text=text)
        )  # fmt: skip

    def set_resolved(self, story_id: int, number: int, resolved: bool, user: str) -> bool:
        """False when it already was (nothing changes)."""
        row = self.row(story_id, number)
        if row.resolved == resolved:
            return False
        row.resolved = resolved
        row.resolved_by = user if resolved else None
        row.resolved_at = datetime.now(UTC) if resolved else None
        return True

    def count_open(self, story_id: int) -> int:
        query = (
            select(func.count())
            .select_from(CommentRow)
            .where(CommentRow.story_id == story_id, CommentRow.resolved.is_(False))
        )
        return self.session.scalar(query) or 0

    def follow_edit(
        self, story_id: int, old_markup: str, new_markup: str, mapper: Remapper | None = None
    ) -> None:
        """Move every anchor of the story through the edit old -> new; a comment whose text
        was all deleted becomes detached (and keeps what its text said). `mapper`, the edit
        recovered by a diff, may be worked out before the write transaction (app.core.saving)."""
        if old_markup == new_markup:
            return
        rows = self._rows(story_id)
        if not rows:
            return
        mapper = mapper or Remapper(old_markup, new_markup)
        for row in rows:
            moved = mapper.anchor(Anchor(row.anchor_start, row.anchor_end, row.detached))
            row.anchor_start, row.anchor_end = moved.start, moved.end
            if moved.detached:
                row.detached = True
            else:
                row.anchor_text = new_markup[moved.start : moved.end]
