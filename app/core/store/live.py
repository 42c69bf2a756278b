"""The change feed, presence and soft locks, as tables every workstation shares.

Each change is a `story_events` row written in the transaction that made it; on PostgreSQL the
same transaction sends `NOTIFY copydesk` (delivered at commit, so a listener never reads an
event before its change is visible). Presence rows are heartbeats: a window that stops beating
(a crash, a pulled cable) drops out after PRESENCE_TIMEOUT.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, select, text
from sqlalchemy.orm import Session

from app.core.store.schema import LockLogRow, PresenceRow, StoryEventRow, StoryLockRow

CHANNEL = "copydesk"
PRESENCE_TIMEOUT = timedelta(seconds=30)
"""A window that has not beaten for this long is gone."""
EVENT_RETENTION = timedelta(days=2)
PRUNE_EVERY = 500
"""Every this many events, events older than EVENT_RETENTION are removed."""


@dataclass(frozen=True, slots=True)
class Change:
    """One event of the feed: what happened to which story, by whom, from which window."""

    id: int
    kind: str
    story_id: int | None
    actor: str
    session: str
    at: datetime
    version: int | None = None
    detail: dict | None = None


@dataclass(frozen=True, slots=True)
class Presence:
    session_id: str
    user: str
    host: str
    story_id: int | None
    since: datetime
    seen_at: datetime


@dataclass(frozen=True, slots=True)
class Lock:
    story_id: int
    user: str
    session_id: str
    since: datetime


@dataclass(frozen=True, slots=True)
class LockEntry:
    """A line of a story's lock history: claimed, released or taken_over (from whom, why)."""

    action: str
    user: str
    at: datetime
    from_user: str | None = None
    reason: str | None = None

    def to_json(self) -> dict[str, object]:
        return {"action": self.action, "by": self.user, "at": self.at.isoformat(),
                "from": self.from_user, "reason": self.reason}  # fmt: skip


def _change(row: StoryEventRow) -> Change:
    return Change(row.id, row.kind, row.story_id, row.actor, row.session, row.at, row.version,
                  row.detail)  # fmt: skip


class EventLog:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self,
        kind: str,
        story_id: int | None,
        actor: str,
        session_id: str,
        version: int | None = None,
        detail: dict | None = None,
    ) -> int:
        row = StoryEventRow(story_id=story_id, kind=kind, actor=actor, session=session_id,
                            at=datetime.now(UTC), version=version, detail=detail)  # fmt: skip
        self.session.add(row)
        self.session.flush()
        bind = self.session.get_bind()
        if bind.dialect.name == "postgresql":
            payload = json.dumps({"id": row.id, "kind": kind, "story": story_id})
            self.session.execute(text("SELECT pg_notify(:channel, :payload)"),
                                 {"channel": CHANNEL, "payload": payload})  # fmt: skip
        if row.id % PRUNE_EVERY == 0:
            cutoff = datetime.now(UTC) - EVENT_RETENTION
            self.session.execute(delete(StoryEventRow).where(StoryEventRow.at < cutoff))
        return row.id

    def since(self, last_id: int, limit: int = 500) -> list[Change]:
        query = select(StoryEventRow).where(StoryEventRow.id > last_id)
        return [_change(r) for r in self.session.scalars(query.order_by(StoryEventRow.id)
                                                          .limit(limit))]  # fmt: skip

    def last_id(self) -> int:
        query = select(StoryEventRow.id).order_by(StoryEventRow.id.desc()).limit(1)
        return self.session.scalar(query) or 0


class PresenceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def beat(self, session_id: str, user: str, host: str, story_id: int | None) -> bool:
        """Record that this window is alive and shows `story_id`; True when that changed."""
        now = datetime.now(UTC)
        row = self.session.get(PresenceRow, session_id)
        if row is None:
            self.session.add(PresenceRow(session_id=session_id, user=user, host=host,
                                         story_id=story_id, since=now, seen_at=now))  # fmt: skip
            return True
        changed = row.story_id != story_id or row.user != user
        if changed:
            row.since = now
        row.story_id, row.user, row.host, row.seen_at = story_id, user, host, now
        return changed

    def leave(self, session_id: str) -> bool:
        gone = delete(PresenceRow).where(PresenceRow.session_id == session_id)
        result = self.session.execute(gone)
        return bool(result.rowcount)

    def active(self, story_id: int | None = None) -> list[Presence]:
        """Windows seen within PRESENCE_TIMEOUT that show a story (or this one)."""
        cutoff = datetime.now(UTC) - PRESENCE_TIMEOUT
        query = select(PresenceRow).where(PresenceRow.seen_at >= cutoff,
                                          PresenceRow.story_id.is_not(None))  # fmt: skip
        if story_id is not None:
            query = query.where(PresenceRow.story_id == story_id)
        return [Presence(r.session_id, r.user, r.host, r.story_id, r.since, r.seen_at)
                for r in self.session.scalars(query.order_by(PresenceRow.since))]  # fmt: skip


class LockRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, story_id: int) -> Lock | None:
        row = self.session.get(StoryLockRow, story_id)
        return Lock(row.story_id, row.user, row.session_id, row.since) if row else None

    def all(self) -> list[Lock]:
        return [Lock(r.story_id, r.user, r.session_id, r.since)
                for r in self.session.scalars(select(StoryLockRow))]  # fmt: skip

    def set(self, story_id: int, user: str, session_id: str) -> None:
        now = datetime.now(UTC)
        row = self.session.get(StoryLockRow, story_id)
        if row is None:
            self.session.add(StoryLockRow(story_id=story_id, user=user, session_id=session_id,
                                          since=now))  # fmt: skip
        else:
            row.user, row.session_id, row.since = user, session_id, now

    def clear(self, story_id: int) -> bool:
        result = self.session.execute(delete(StoryLockRow).where(StoryLockRow.story_id == story_id))
        return bool(result.rowcount)

    def log(
        self,
        story_id: int,
        action: str,
        user: str,
        from_user: str | None = None,
        reason: str | None = None,
    ) -> None:
        self.session.add(LockLogRow(story_id=story_id, action=action, user=user,
                                    from_user=from_user, reason=reason,
                                    at=datetime.now(UTC)))  # fmt: skip

    def history(self, story_id: int) -> list[LockEntry]:
        query = select(LockLogRow).where(LockLogRow.story_id == story_id).order_by(LockLogRow.id)
        return [LockEntry(r.action, r.user, r.at, r.from_user, r.reason)
                for r in self.session.scalars(query)]  # fmt: skip
