"""The change feed as a window reads it: "has anything changed?" cheaply, then what.

PostgreSQL: a dedicated connection LISTENs on the `copydesk` channel; a window watches its
socket (`fileno()`) and calls `poll()` when it is readable, so a save elsewhere shows within
milliseconds. SQLite: `PRAGMA data_version` on a connection of our own changes whenever another
connection commits to the file; polling it costs microseconds, so a window polls a few times a
second. Either way `poll()` then reads the events it has not seen (`story_events`).
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import make_url

from app.core.store.live import CHANNEL, Change

if TYPE_CHECKING:
    from app.core.services import Desk

SQLITE_POLL_MS = 250
"""How often a window asks SQLite whether the file changed."""
BATCH = 500
SAFETY_POLL_MS = 5000
"""PostgreSQL windows also read the feed this often, in case a notification was missed."""


class _PostgresWaker:
    def __init__(self, url: str) -> None:
        import psycopg

        parsed = make_url(url).set(drivername="postgresql")
        conninfo = parsed.render_as_string(hide_password=False)
        self.connection = psycopg.connect(conninfo, autocommit=True, connect_timeout=5)
        self.connection.execute(f"LISTEN {CHANNEL}")

    def fileno(self) -> int | None:
        return self.connection.fileno()

    def pending(self) -> bool:
        return bool(list(self.connection.notifies(timeout=0)))

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.connection.close()


class _SqliteWaker:
    def __init__(self, path: str) -> None:
        uri = Path(path).resolve().as_uri() + "?mode=ro"
        self.connection = sqlite3.connect(uri, uri=True, timeout=5, isolation_level=None,
                                          check_same_thread=False)  # fmt: skip
        self._version = self._data_version()

    def _data_version(self) -> int:
        return int(self.connection.execute("PRAGMA data_version").fetchone()[0])

    def fileno(self) -> int | None:
        return None

    def pending(self) -> bool:
        version = self._data_version()
        changed = version != self._version
        self._version = version
        return changed

    def close(self) -> None:
        self.connection.close()


class ChangeFeed:
    """What other windows (and commands) changed since this feed last looked."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.last_id = desk.last_change_id()
        url = desk.store.url
        backend = desk.store.backend
        self._waker: _PostgresWaker | _SqliteWaker | None = None
        if backend == "postgresql":
            self._waker = _PostgresWaker(url)
        elif backend == "sqlite":
            database = make_url(url).database or ""
            if database and database != ":memory:" and Path(database).exists():
                self._waker = _SqliteWaker(database)

    @property
    def pushes(self) -> bool:
        """True when the server pushes changes (watch `fileno()`); False: poll."""
        return isinstance(self._waker, _PostgresWaker)

    @property
    def poll_interval_ms(self) -> int:
        return SAFETY_POLL_MS if self.pushes else SQLITE_POLL_MS

    def fileno(self) -> int | None:
        return self._waker.fileno() if self._waker else None

    def poll(self, force: bool = False) -> list[Change]:
        """Events not seen yet, including this desk's own (the caller tells them apart by
        `session`); [] at once when nothing was written since the last poll."""
        woken = self._waker.pending() if self._waker else True
        if not (woken or force):
            return []
        changes: list[Change] = []
        while True:
            batch = self.desk.changes_since(self.last_id, BATCH)
            changes += batch
            if batch:
                self.last_id = batch[-1].id
            if len(batch) < BATCH:
                return changes

    def close(self) -> None:
        if self._waker is not None:
            self._waker.close()
            self._waker = None
