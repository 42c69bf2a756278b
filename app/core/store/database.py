"""Opening a store: engine, session factory, SQLite pragmas, migrations (after a backup).

The same code serves the embedded SQLite file and a shared PostgreSQL server; only the URL
changes. Database errors a user can meet (locked, read-only, full disk, damaged file,
unreachable server) are turned into StoreError with a sentence they can act on.

Concurrency: on SQLite every write unit of work starts with BEGIN IMMEDIATE, so it waits
(busy timeout) for the write lock up front; a deferred transaction that reads first and then
upgrades to a writer gets SQLITE_BUSY at once, whatever the timeout, when another writer
committed in between. Creating and migrating the schema is serialised (an exclusive
transaction on SQLite, an advisory lock on PostgreSQL), so workstations starting together on a
new store all succeed.
"""

from __future__ import annotations

import contextlib
import os
import shutil
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
from app.core.store.info import DISK_FULL, StoreInfo
from app.core.store.version import SCHEMA_HEAD

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

BUSY_TIMEOUT_S = 15.0
"""How long a SQLite writer waits for another's write lock before giving up (write units of
work are short: slow work such as analysis happens before them)."""
MIGRATION_LOCK_KEY = 0x436F7079  # "Copy": the PostgreSQL advisory lock that serialises set-up
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024
"""Stores up to this size get PRAGMA quick_check on every open: about 0.3 s cold and 0.2 s
warm at this size here. On the 100,000-story benchmark store (1,246 MB) it takes 6.1 s cold
and 3.3 s warm (benchmarks/integrity.py), too long for every command, so larger stores are
checked before each backup, and damage met at run time is reported as damage."""


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
    # The driver's own transaction handling begins lazily, before the first write; Copydesk
    # begins every transaction itself (_on_sqlite_begin) so a writer takes its lock up front.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # A read-only file cannot switch journal mode; reading it still works.
    with contextlib.suppress(sqlite3.OperationalError):
        cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


BEGIN_OPTION = "copydesk_begin"
"""Execution option naming the SQLite BEGIN mode of a connection's transactions."""


def _on_sqlite_begin(connection: Connection) -> None:
    options = connection.get_execution_options()
    if options.get("isolation_level") == "AUTOCOMMIT":  # e.g. VACUUM, which refuses a BEGIN
        return
    connection.exec_driver_sql(f"BEGIN {options.get(BEGIN_OPTION, 'DEFERRED')}")


def explain_database_error(exc: BaseException, url: str = "") -> str:
    """A sentence for the user instead of a driver's message (whose first line is enough)."""
    message = str(getattr(exc, "orig", exc) or exc).strip()
    driver = message.splitlines()[0] if message else type(exc).__name__
    text = message.lower()
    where = f" ({make_url(url).render_as_string(hide_password=True)})" if url else ""
    if (
        "malformed" in text
        or "not a database" in text
        or "corrupt" in text
        or "integrity check failed" in text
    ):
        return damaged_message(where)
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
    if "disk i/o error" in text:
        # SQLite says only "disk I/O error" when a full disk leaves no room for the
        # write-ahead log's files, even for a read: "Database error: disk I/O error" gave
        # the user nothing to act on.
        if _no_room_beside(url):
            return (
                f"The disk holding the database{where} is full. Free some space and try "
                "again; nothing stored was lost."
            )
        return (
            f"The database{where} could not be read or written (a disk I/O error): check "
            "that its disk is connected and has free space, then try again; nothing stored "
            "was lost."
        )
    if "unable to open" in text:
        return f"The database file{where} cannot be opened: check that its folder exists."
    if "connection" in text or "could not connect" in text or "password" in text:
        return f"Cannot reach the database server{where}: {driver}"
    return f"Database error{where}: {driver}"


def _no_room_beside(url: str) -> bool:
    """Whether the folder of a SQLite file's database has (almost) no free space left."""
    try:
        database = make_url(url).database if url else None
        if not database or database == ":memory:":
            return False
        return shutil.disk_usage(Path(database).parent).free < 64 * 1024
    except (ArgumentError, OSError, ValueError):
        return False


def damaged_message(where: str = "") -> str:
    return (
        f"The database{where} is damaged (SQLite's integrity check failed): stop writing to "
        "it, restore the newest backup (`copydesk restore PATH`; backups are in the data "
        "folder's backups/), or let IT salvage it with `sqlite3 copydesk.db .recover`."
    )


class Store:
    """An open database. Use `session()` once per user action."""

    def __init__(self, engine: Engine, url: str, info: StoreInfo) -> None:
        self.engine = engine
        self.url = url
        self.info = info
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(
            engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}), expire_on_commit=False
        )
        self._snapshots = sessionmaker(
            engine.execution_options(isolation_level="REPEATABLE READ")
            if engine.dialect.name == "postgresql"
            else engine,
            expire_on_commit=False,
        )

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def refuse_writes(self) -> None:
        """Raise the reason this store cannot be written, if it cannot."""
        if not self.info.read_only:
            return
        if self.info.read_only_reason == "schema":
            raise SchemaTooNewError(
                f"This database is at schema {self.info.schema_version}, newer than this "
                f"Copydesk understands ({self.info.app_schema_version}); it will not write to it. "
                "Upgrade Copydesk on this workstation."
            )
        if self.info.read_only_reason == DISK_FULL:
            raise StoreError(
                f"The disk holding the database ({self.info.display_name}) is full, so it was "
                "opened read-only: you can read, search and export its stories; free some "
                "space and open it again to change them."
            )
        raise StoreError(
            f"The database ({self.info.display_name}) is read-only: {self.info.read_only_reason}. "
            "You can read, search and export its stories; to change them, copy it somewhere "
            "writable or ask IT for write access."
        )

    @contextlib.contextmanager
    def session(self, write: bool = True, *, snapshot: bool = False) -> Iterator[Session]:
        """One transaction; committed on success, rolled back on error, driver errors explained.

        A write session takes SQLite's write lock at its start (BEGIN IMMEDIATE). A `snapshot`
        read sees one consistent state across its queries on PostgreSQL too (REPEATABLE READ),
        which work prepared outside a write transaction relies on.
        """
        if write:
            self.refuse_writes()
            session = self._writers()
        else:
            session = self._snapshots() if snapshot else self._readers()
        try:
            yield session
            if write:
                session.commit()
            else:
                session.rollback()
        except (OperationalError, DBAPIError) as exc:
            with contextlib.suppress(OperationalError, DBAPIError):
                session.rollback()
            raise StoreError(explain_database_error(exc, self.url)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def _ensure_folder(folder: Path) -> None:
    """Create the default data folder on first run (the no-configuration promise), and only
    it: a folder that a --database URL or COPYDESK_DATABASE names must exist already, since a
    typo there used to create a new, empty store in a new folder without a word."""
    if folder.is_dir():
        return
    if folder.resolve() == config.data_dir().expanduser().resolve():
        folder.mkdir(parents=True, exist_ok=True)
        return
    if folder.exists():
        raise StoreError(f"The database's folder {folder} is not a folder: check the path.")
    raise StoreError(
        f"The database's folder {folder} does not exist: check the path (a typo?), or create "
        "the folder first."
    )


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
                _ensure_folder(Path(database).expanduser().parent)
            engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
            event.listen(engine, "connect", _on_sqlite_connect)
            event.listen(engine, "begin", _on_sqlite_begin)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
    except NoSuchModuleError as exc:
        raise StoreError(f"No database driver for '{parsed.drivername}'.") from exc
    except OSError as exc:
        raise StoreError(f"Cannot create the database folder: {exc}") from exc
    return engine


def sqlite_file(engine: Engine) -> Path | None:
    """The file behind a SQLite engine (None for memory or a server)."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _backup_sqlite(engine: Engine, current: str) -> Path | None:
    """Copy the file aside before a migration, through SQLite's online backup API."""
    source_path = sqlite_file(engine)
    if source_path is None:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target_dir = config.backup_dir()
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{source_path.stem}-schema{current}-{stamp}-{os.getpid()}.db"
    with (
        contextlib.closing(sqlite3.connect(source_path)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
    return target


@contextlib.contextmanager
def _set_up_lock(engine: Engine) -> Iterator[Connection]:
    """A transaction that only one workstation at a time holds while creating or migrating the
    schema: SQLite's write lock taken up front, or a PostgreSQL advisory lock (released at
    commit). Without it, simultaneous first starts on a new store fail with "table already
    exists" or a duplicate pg_type key."""
    if engine.dialect.name == "sqlite":
        with engine.execution_options(**{BEGIN_OPTION: "IMMEDIATE"}).begin() as connection:
            yield connection
        return
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            lock = text("SELECT pg_advisory_xact_lock(:key)")
            connection.execute(lock, {"key": MIGRATION_LOCK_KEY})
        yield connection


def upgrade(engine: Engine) -> tuple[str, Path | None]:
    """Bring the schema to head; back up first when there is data to lose."""
    head = head_revision()
    with engine.connect() as connection:
        current = current_revision(connection)
    if current == head:
        return head, None
    from alembic import command

    backup = None
    with _set_up_lock(engine) as connection:
        # Another workstation may have done it while this one waited for the lock.
        current = current_revision(connection)
        if current != head:
            if current is not None and engine.dialect.name == "sqlite":
                backup = _backup_sqlite(engine, current)
            cfg = alembic_config()
            cfg.attributes["connection"] = connection
            command.upgrade(cfg, "head")
    return head, backup


def _read_only_reason(path: Path) -> str:
    """Why an existing SQLite file cannot be written ("" when it can).

    A full disk is one: SQLite must create the write-ahead log's files even to read, so a
    store on a full disk refused every command, reads included ("The disk ... is full").
    Opened read-only instead, its stories can still be read, searched and exported."""
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "it is on a read-only file system"
        if shutil.disk_usage(path.parent).free < 64 * 1024:
            return DISK_FULL
    except OSError:
        return ""
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return ""


def _read_only_engine(path: Path, reason: str) -> Engine:
    """An engine that only reads `path`. With a folder nobody may write, SQLite cannot make the
    WAL's shared-memory file, so a store without pending WAL content is opened as immutable."""
    wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
    folder_writable = "file system" not in reason and os.access(path.parent, os.W_OK)
    pending = wal.exists() and wal.stat().st_size > 0
    if not folder_writable and pending and not shm.exists():
        raise StoreError(
            f"The database {path.name} is read-only and holds changes not yet merged into it "
            f"({wal.name}); open it once where it can be written, or copy the folder elsewhere."
        )
    if reason == DISK_FULL:
        # No room for the shared-memory file's pages either: a log with nothing pending is
        # read as immutable (nobody can add to it while the disk is full).
        query = "mode=ro" if pending else "immutable=1"
    else:
        query = "mode=ro" if folder_writable or shm.exists() else "immutable=1"
    uri = f"{path.resolve().as_uri()}?{query}"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, check_same_thread=False)

    # The URL names the file (for backups and messages); `creator` opens it read-only.
    engine = create_engine(f"sqlite:///{path}", creator=connect)
    event.listen(engine, "connect", _on_sqlite_connect)
    event.listen(engine, "begin", _on_sqlite_begin)
    return engine


def quick_check(engine: Engine) -> str:
    """SQLite's quick_check: "ok", or its first complaint."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA quick_check").fetchall()
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def check_integrity(engine: Engine, where: str = "") -> None:
    """Refuse a damaged SQLite store in one line, saying what to do."""
    if engine.dialect.name != "sqlite":
        return
    try:
        verdict = quick_check(engine)
    except (OperationalError, DBAPIError) as exc:
        raise StoreError(explain_database_error(exc, where)) from exc
    if verdict != "ok":
        raise StoreError(damaged_message(f" ({where})" if where else ""))


def open_store(url: str | None = None, *, migrate: bool = True, verify: bool = True) -> Store:
    """Open (and create or upgrade) the store at `url`, or the default SQLite file.

    `verify` runs SQLite's quick_check on stores up to QUICK_CHECK_MAX_BYTES (restore turns it
    off: a damaged store is what it replaces).
    """
    url = config.resolve_database_url(url)
    engine = _create_engine(url)
    app_head = head_revision()
    read_only = ""
    path = sqlite_file(engine)
    if path is not None and path.exists():
        read_only = _read_only_reason(path)
        if read_only:
            engine.dispose()
            engine = _read_only_engine(path, read_only)
    try:
        small = path is not None and path.exists() and path.stat().st_size <= QUICK_CHECK_MAX_BYTES
        if verify and small:
            check_integrity(engine, make_url(url).render_as_string(hide_password=True))
        with engine.connect() as connection:
            current = current_revision(connection)
        if current is not None and current != app_head and current not in known_revisions():
            info = StoreInfo(url, engine.dialect.name, current, app_head, True, None, "schema")
            return Store(engine, url, info)
        backup = None
        if read_only:
            if current != app_head:
                raise StoreError(
                    f"The database {path.name} is read-only ({read_only}) and was written by an "
                    "older Copydesk, so it cannot be upgraded; copy it somewhere writable."
                )
        elif migrate:
            current, backup = upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    except (OperationalError, DBAPIError) as exc:
        engine.dispose()
        raise StoreError(explain_database_error(exc, url)) from exc
    info = StoreInfo(url, engine.dialect.name, current or "", app_head, bool(read_only), backup,
                     read_only)  # fmt: skip
    return Store(engine, url, info)
