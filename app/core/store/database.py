"""Opening a store: engine, session factory, SQLite pragmas, migrations (after a backup).

The same code serves the embedded SQLite file and a shared PostgreSQL server; only the URL
changes. Database errors a user can meet (locked, read-only, full disk, unreachable server) are
turned into StoreError with a sentence they can act on.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import create_engine, event, make_url, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.core import config
from app.core.errors import SchemaTooNewError, StoreError
from app.core.store.info import StoreInfo
from app.core.store.version import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")



def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    """The schema this Copydesk writes. Opening a store already there needs no Alembic, which
    keeps its import (about a tenth of a second) off the start-up path."""
    return SCHEMA_HEAD


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The schema version recorded in the database (None for a new, empty one)."""
    if connection.dialect.has_table(connection, "alembic_version"):
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return None


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # A read-only file cannot switch journal mode; reading it still works.
    with contextlib.suppress(sqlite3.OperationalError):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def explain_database_error(exc: BaseException, url: str = "") -> str:
    """A sentence for the user instead of a driver's message (whose first line is enough)."""
    message = str(getattr(exc, "orig", exc) or exc).strip()
    driver = message.splitlines()[0] if message else type(exc).__name__
    text = message.lower()
    where = f" ({make_url(url).render_as_string(hide_password=True)})" if url else ""
    if "locked" in text or "busy" in text:
        return (
            f"The database{where} is locked by another program or workstation. "
            "Wait a moment and try again; nothing you typed was lost."
        )
    if "readonly" in text or "read-only" in text or "read only" in text:
        return (
            f"The database{where} is read-only. Check the file's permissions or open another "
            "database; your text is still in the editor."
        )
    if ("disk" in text and "full" in text) or "no space" in text:
        return (
            f"The disk holding the database{where} is full. Free some space and save again; "
            "your text is still in the editor."
        )
    if "unable to open" in text:
        return f"The database file{where} cannot be opened: check that its folder exists."
    if "connection" in text or "could not connect" in text or "password" in text:
        return f"Cannot reach the database server{where}: {driver}"
    return f"Database error{where}: {driver}"


class Store:
    """An open database. Use `session()` once per user action."""

    def __init__(self, engine: Engine, url: str, info: StoreInfo) -> None:
        self.engine = engine
        self.url = url
        self.info = info
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def session(self, write: bool = True) -> Iterator[Session]:
        """One transaction; committed on success, rolled back on error, driver errors explained."""
        if write and self.info.read_only:
            raise SchemaTooNewError(
                f"This database is at schema {self.info.schema_version}, newer than this "
                f"Copydesk understands ({self.info.app_schema_version}); it will not write to it. "
                "Upgrade Copydesk on this workstation."
            )
        session = self._sessions()
        try:
            yield session
            if write:
                session.commit()
            else:
                session.rollback()
        except (OperationalError, DBAPIError) as exc:
            session.rollback()
            raise StoreError(explain_database_error(exc, self.url)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _create_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"'{url}' is not a database URL. Use e.g. sqlite:///path/to/copydesk.db or "
            "postgresql+psycopg://user:password@host/dbname."
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in {"sqlite", "postgresql"}:
        raise StoreError(f"Copydesk works with SQLite and PostgreSQL, not '{backend}'.")
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is what we ship
    try:
        if backend == "sqlite":
            database = parsed.database or ""
            if database and database != ":memory:" and not database.startswith("file:"):
                Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, connect_args={"timeout": 5})
            event.listen(engine, "connect", _on_sqlite_connect)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise StoreError(f"No database driver for '{parsed.drivername}'.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot create the database folder: {exc}") from exc
    return engine


def _backup_sqlite(engine: Engine, current: str) -> Path | None:
    """Copy the file aside before a migration, through SQLite's online backup API."""
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    source_path = Path(database)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target_dir = config.backup_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{source_path.stem}-schema{current}-{stamp}.db"
    with sqlite3.connect(source_path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def upgrade(engine: Engine) -> tuple[str, Path | None]:
    """Bring the schema to head; back up first when there is data to lose."""
    head = head_revision()
    with engine.connect() as connection:
        current = current_revision(connection)
    if current == head:
        return head, None
    from alembic import command

    backup = None
    if current is not None and engine.dialect.name == "sqlite":
        backup = _backup_sqlite(engine, current)
    with engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    return head, backup


def open_store(url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the store at `url`, or the default SQLite file."""
    url = config.resolve_database_url(url)
    engine = _create_engine(url)
    app_head = head_revision()
    try:
        with engine.connect() as connection:
            current = current_revision(connection)
        if current is not None and current != app_head and current not in known_revisions():
            info = StoreInfo(url, engine.dialect.name, current, app_head, True, None)
            return Store(engine, url, info)
        backup = None
        if migrate:
            current, backup = upgrade(engine)
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise StoreError(explain_database_error(exc, url)) from exc
    info = StoreInfo(url, engine.dialect.name, current or "", app_head, False, backup)
    return Store(engine, url, info)
