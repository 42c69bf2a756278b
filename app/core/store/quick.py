"""A light, read-only reader of the story list for the first paint, without SQLAlchemy.

Importing SQLAlchemy and opening the store costs a quarter of a second or more; the story list's
first page needs one indexed query. So at start-up the window reads that page straight through
the database driver (sqlite3 or psycopg) and the full store opens right after the first paint.
It only serves a store whose schema is already at this Copydesk's head: anything else (a new
file, an older schema to migrate, a newer one) goes through the full `open_store` path.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

from app.core.model import SortKey, StoryStatus, StorySummary
from app.core.store.version import SCHEMA_HEAD

SORT_COLUMNS = frozenset(key.value for key in SortKey)
_COLUMNS = "id, slug, headline, status, desk, words, updated_at, updated_by, open_items, assignee"


def _parse_time(value: object) -> datetime:
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class QuickReader:
    """count() and page() with the same meaning as StoryRepository.count() and .list()."""

    def __init__(self, connect: Callable[[], object], placeholder: str) -> None:
        self._connection = connect()
        self._mark = placeholder

    @classmethod
    def try_open(cls, url: str) -> QuickReader | None:
        """A reader if the store exists and is at the head schema, else None (use open_store)."""
        try:
            reader = cls._for_url(url)
        except Exception:  # any doubt: the full path will explain the problem properly
            return None
        if reader is None:
            return None
        try:
            version = reader._scalar("SELECT version_num FROM alembic_version")
        except Exception:
            reader.close()
            return None
        if version != SCHEMA_HEAD:
            reader.close()
            return None
        return reader

    @classmethod
    def _for_url(cls, url: str) -> QuickReader | None:
        parts = urlsplit(url)
        scheme = parts.scheme.split("+")[0]
        if scheme == "sqlite":
            path = url.split("///", 1)[1] if "///" in url else ""
            if not path or path == ":memory:" or not Path(path).is_file():
                return None
            uri = Path(path).resolve().as_uri() + "?mode=ro"  # "#" or "?" in a name stay
            return cls(lambda: sqlite3.connect(uri, uri=True, timeout=5), "?")
        if scheme == "postgresql":
            import psycopg

            query = dict(parse_qsl(parts.query))
            params = {
                "host": parts.hostname or query.pop("host", None),
                "port": parts.port,
                "user": unquote(parts.username) if parts.username else None,
                "password": unquote(parts.password) if parts.password else None,
                "dbname": parts.path.lstrip("/") or None,
                "connect_timeout": int(query.pop("connect_timeout", 5)),
                **query,
            }
            params = {k: v for k, v in params.items() if v is not None}
            return cls(lambda: psycopg.connect(**params, autocommit=True), "%s")
        return None

    def _rows(self, sql: str, params: tuple = ()) -> list[tuple]:
        cursor = self._connection.cursor()  # type: ignore[attr-defined]
        try:
            cursor.execute(sql.replace("?", self._mark), params)
            return list(cursor.fetchall())
        finally:
            cursor.close()

    def _scalar(self, sql: str, params: tuple = ()) -> object:
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    @staticmethod
    def _where(
        status: StoryStatus | None, desk: str | None, trash: bool, attention: bool = False
    ) -> tuple[str, tuple]:
        clauses = ["deleted_at IS NOT NULL" if trash else "deleted_at IS NULL"]
        if attention:
            clauses.append("open_items > 0")
        params: list[object] = []
        if status is not None:
            clauses.append("status = ?")
            params.append(str(status))
        if desk:
            clauses.append("desk = ?")
            params.append(desk)
        return " AND ".join(clauses), tuple(params)

    def count(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        trash: bool = False,
        attention: bool = False,
    ) -> int:
        where, params = self._where(status, desk, trash, attention)
        return int(self._scalar(f"SELECT count(*) FROM stories WHERE {where}", params) or 0)

    def page(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        sort: str = "updated_at",
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
        trash: bool = False,
        attention: bool = False,
    ) -> list[StorySummary]:
        column = str(sort)
        if column not in SORT_COLUMNS:
            raise ValueError(f"cannot sort by {sort!r}")
        direction = "DESC" if descending else "ASC"
        where, params = self._where(status, desk, trash, attention)
        sql = (
            f"SELECT {_COLUMNS} FROM stories WHERE {where} "
            f"ORDER BY {column} {direction}, id {direction} LIMIT ? OFFSET ?"
        )
        return [
            StorySummary(
                id=row[0],
                slug=row[1],
                headline=row[2],
                status=StoryStatus(row[3]),
                desk=row[4],
                words=row[5],
                updated_at=_parse_time(row[6]),
                updated_by=row[7],
                open_items=row[8] or 0,
                assignee=row[9],
            )
            for row in self._rows(sql, (*params, limit, offset))
        ]

    def desks(self) -> list[str]:
        sql = (
            "SELECT DISTINCT desk FROM stories WHERE deleted_at IS NULL AND desk <> '' "
            "ORDER BY desk"
        )
        return [row[0] for row in self._rows(sql)]

    def close(self) -> None:
        self._connection.close()  # type: ignore[attr-defined]
