"""Revision history: every saved point of a story, its full text restorable, stored compactly.

Revisions are stored backwards: the newest as the difference from the story's working copy
(usually nothing at all: it was saved from it), each older one as the difference from the
next newer. So a long history costs roughly what its edits cost, not its length times the
story. Every KEYFRAME_EVERY-th revision is stored whole, which bounds the walk of a restore.
Likewise a headline is stored only where it differs from the next newer revision's (NULL
otherwise), except on the newest revision and on keyframes.
Whoever changes a story's working copy must record it here in the same transaction.

Encoding costs time on long stories, so a save prepares its revision change first (`plan`,
in a read transaction) and writes it in the short write transaction (`apply`); the story's
version, checked by the same write, guarantees the plan was made from what is still stored.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.core.errors import NotFoundError, StoreError
from app.core.model import Revision
from app.core.store import deltas
from app.core.store.schema import RevisionRow

COALESCE_SECONDS = 600
"""Autosaves within this window of the last revision update the working copy only."""

KEYFRAME_EVERY = 50
"""Revision numbers divisible by this are stored whole: a restore walks at most this many."""


def _is_keyframe(number: int) -> bool:
    return number % KEYFRAME_EVERY == 0


def _encode(number: int, text: str, base: str) -> tuple[str, bytes]:
    return deltas.encode(text, None if _is_keyframe(number) else base)


def _stored_headline(body_format: str, headline: str, newer_headline: str | None) -> str | None:
    """A restore walk may start at any whole-text row, so those always keep their headline."""
    if newer_headline is None or body_format == deltas.KEYFRAME or headline != newer_headline:
        return headline
    return None


def encode_history(
    texts: Sequence[str], headlines: Sequence[str], working_copy: str
) -> list[tuple[str, bytes, str | None]]:
    """How revisions 1..n are stored beside `working_copy`: (format, data, headline or None).

    For bulk loading (benchmarks); `record` does the same one save at a time.
    """
    stored = []
    for index, (text, headline) in enumerate(zip(texts, headlines, strict=True)):
        number = index + 1
        newer = index + 1 < len(texts)
        base = texts[index + 1] if newer else working_copy
        newer_headline = headlines[index + 1] if newer else None
        fmt, data = _encode(number, text, base)
        stored.append((fmt, data, _stored_headline(fmt, headline, newer_headline)))
    return stored


def _to_model(row: RevisionRow, headline: str, body: str) -> Revision:
    return Revision(
        number=row.number,
        headline=headline,
        body=body,
        author=row.author,
        created_at=row.created_at,
        reason=row.reason,
        id=row.id,
    )


def _decode(row: RevisionRow, base: str) -> str:
    """A stored revision's text; a row that does not decode is a clear error, not a crash."""
    try:
        return deltas.decode(row.body_format, row.body_data, base)
    except (zlib.error, ValueError, UnicodeDecodeError, IndexError, TypeError) as exc:
        raise StoreError(
            f"Revision {row.number} of this story cannot be read back ({type(exc).__name__}): "
            "its stored difference does not fit the text it was made from. The current text "
            "is intact; restore an older backup to recover that revision."
        ) from exc


def _decode_down(
    rows_newest_first: Sequence[RevisionRow], working_copy: str
) -> dict[int, tuple[str, str]]:
    """(headline, text) of consecutive rows, walking down from the newest or a keyframe."""
    decoded: dict[int, tuple[str, str]] = {}
    base, headline = working_copy, ""
    for row in rows_newest_first:
        base = _decode(row, base)
        headline = row.headline if row.headline is not None else headline
        decoded[row.number] = (headline, base)
    return decoded


@dataclass(frozen=True)
class RevisionPlan:
    """What recording a save will write, worked out before the write transaction."""

    number: int | None
    """The new revision's number, or None when the save is coalesced into the newest."""
    headline: str
    body: str
    body_format: str = deltas.KEYFRAME
    body_data: bytes = b""
    latest_id: int | None = None
    """The newest stored revision, re-based on the new working copy (`latest_*` below)."""
    latest_format: str = ""
    latest_data: bytes = b""
    latest_headline: str | None = None


def first_revision(headline: str, body: str) -> RevisionPlan:
    """A new story's first revision: the working copy itself, so no diff is needed."""
    body_format, data = _encode(1, body, body)
    return RevisionPlan(1, headline, body, body_format, data)


class RevisionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def _rows_down_to(self, story_id: int, number: int) -> list[RevisionRow]:
        """Rows from the nearest keyframe at or above `number` (else the newest) down to it."""
        keyframe = self.session.scalar(
            select(func.min(RevisionRow.number)).where(
                RevisionRow.story_id == story_id,
                RevisionRow.number >= number,
                RevisionRow.body_format == deltas.KEYFRAME,
            )
        )
        query = select(RevisionRow).where(
            RevisionRow.story_id == story_id, RevisionRow.number >= number
        )
        if keyframe is not None:
            query = query.where(RevisionRow.number <= keyframe)
        return list(self.session.scalars(query.order_by(RevisionRow.number.desc())))

    def _latest(self, story_id: int, working_copy: str) -> tuple[RevisionRow, str] | None:
        row = self.session.scalars(
            select(RevisionRow)
            .where(RevisionRow.story_id == story_id)
            .order_by(RevisionRow.number.desc())
            .limit(1)
        ).first()
        if row is None:
            return None
        return row, _decode(row, working_copy)

    def plan(
        self,
        story_id: int,
        old_working_copy: str,
        new_working_copy: str,
        headline: str,
        reason: str,
    ) -> RevisionPlan:
        """What a save will record: a new revision unless coalesced, and the newest re-based
        on the new working copy. Reads only, so it can run before the write transaction.

        Coalescing: autosave records at most every 10 minutes; unchanged text is never
        recorded twice.
        """
        latest = self._latest(story_id, old_working_copy)
        if latest is None:
            body_format, data = _encode(1, new_working_copy, new_working_copy)
            return RevisionPlan(1, headline, new_working_copy, body_format, data)
        row, text = latest
        latest_format, latest_data = _encode(row.number, text, new_working_copy)
        unchanged = row.headline == headline and text == new_working_copy
        age = (datetime.now(UTC) - row.created_at).total_seconds()
        # A status change is a point in history even when the text stayed the same.
        if (unchanged and reason != "status") or (reason == "autosave" and age < COALESCE_SECONDS):
            return RevisionPlan(None, headline, new_working_copy, latest_id=row.id,
                                latest_format=latest_format, latest_data=latest_data,
                                latest_headline=row.headline)  # fmt: skip
        number = row.number + 1
        body_format, data = _encode(number, new_working_copy, new_working_copy)
        return RevisionPlan(
            number, headline, new_working_copy, body_format, data,
            latest_id=row.id, latest_format=latest_format, latest_data=latest_data,
            latest_headline=_stored_headline(latest_format, row.headline or "", headline),
        )  # fmt: skip

    def apply(self, story_id: int, plan: RevisionPlan, author: str, reason: str) -> Revision | None:
        """Write a plan (inside the write transaction whose version check it relies on)."""
        if plan.latest_id is not None:
            newest = self.session.scalar(
                select(func.max(RevisionRow.number)).where(RevisionRow.story_id == story_id)
            )
            expected = plan.number - 1 if plan.number is not None else None
            if expected is not None and newest != expected:
                raise StoreError(
                    "The story's history changed while this save was prepared; save again."
                )
            self.session.execute(
                update(RevisionRow)
                .where(RevisionRow.id == plan.latest_id)
                .values(body_format=plan.latest_format, body_data=plan.latest_data,
                        headline=plan.latest_headline)
                .execution_options(synchronize_session=False)
            )  # fmt: skip
        if plan.number is None:
            return None
        new_row = RevisionRow(
            story_id=story_id,
            number=plan.number,
            headline=plan.headline,
            body_format=plan.body_format,
            body_data=plan.body_data,
            author=author,
            reason=reason,
            created_at=datetime.now(UTC),
        )
        self.session.add(new_row)
        self.session.flush()
        return _to_model(new_row, plan.headline, plan.body)

    def record(
        self,
        story_id: int,
        old_working_copy: str,
        new_working_copy: str,
        headline: str,
        author: str,
        reason: str,
    ) -> Revision | None:
        """Plan and apply in one go (for callers already inside their write transaction)."""
        plan = self.plan(story_id, old_working_copy, new_working_copy, headline, reason)
        return self.apply(story_id, plan, author, reason)

    def latest_number(self, story_id: int) -> int | None:
        return self.session.scalar(
            select(func.max(RevisionRow.number)).where(RevisionRow.story_id == story_id)
        )

    def list(self, story_id: int, working_copy: str) -> list[Revision]:
        """Newest first; the whole chain is decoded once."""
        rows = list(
            self.session.scalars(
                select(RevisionRow)
                .where(RevisionRow.story_id == story_id)
                .order_by(RevisionRow.number.desc())
            )
        )
        decoded = _decode_down(rows, working_copy)
        return [_to_model(row, *decoded[row.number]) for row in rows]

    def get(self, story_id: int, number: int, working_copy: str) -> Revision:
        rows = self._rows_down_to(story_id, number)
        if not rows or rows[-1].number != number:
            raise NotFoundError(f"This story has no revision {number}.")
        return _to_model(rows[-1], *_decode_down(rows, working_copy)[number])
