"""Backups of the embedded store through SQLite's online backup API, and a careful restore."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from app.core import config
from app.core.errors import InputError, StoreError
from app.core.store.database import (
    Store,
    damaged_message,
    known_revisions,
    quick_check,
    sqlite_file,
)

PG_ADVICE = (
    "This store is on a PostgreSQL server: back it up with pg_dump and restore it with "
    "pg_restore (e.g. `pg_dump -Fc -f copydesk.dump DBNAME`)."
)


def _sqlite_path(store: Store) -> Path:
    if store.backend != "sqlite":
        raise StoreError(PG_ADVICE)
    path = sqlite_file(store.engine)
    if path is None:
        raise StoreError("An in-memory store has no file to back up.")
    return path


def _damaged(store: Store) -> bool:
    try:
        return quick_check(store.engine) != "ok"
    except Exception:  # a file too damaged to be read at all
        return True


def backup(store: Store, target: Path) -> Path:
    """A consistent copy even while another workstation writes (the online backup API).

    A damaged store is refused (its copy would be damaged too, and `restore` would refuse it
    later): the integrity check runs before every backup, whatever the store's size.
    """
    source = _sqlite_path(store)
    if _damaged(store):
        raise StoreError(damaged_message() + " Nothing was backed up.")
    target = Path(target)
    if target.is_dir():
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = target / f"copydesk-{stamp}.db"
    if target.resolve() == source.resolve():
        raise InputError("The backup cannot be the store itself; choose another file.")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".part")
    try:
        # Through the store's own connection: it knows how to read a read-only store too.
        raw = store.engine.raw_connection()
        try:
            with closing(sqlite3.connect(tmp)) as dst:
                raw.driver_connection.backup(dst)
        finally:
            raw.close()
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        tmp.unlink(missing_ok=True)
        raise StoreError(f"Backup to {target} failed: {exc}") from exc
    return target


def check_backup_file(path: Path) -> str:
    """Refuse anything but an intact Copydesk store this version can read; return its schema."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"No backup file at {path}.")
    try:
        with sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True) as conn:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise InputError(f"{path} is damaged (SQLite integrity check failed).")
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not {"stories", "alembic_version"} <= tables:
                raise InputError(f"{path} is not a Copydesk store.")
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise InputError(f"{path} is not a SQLite database ({exc}).") from exc
    schema = version[0] if version else ""
    if schema not in known_revisions():
        raise InputError(
            f"{path} was written by a newer Copydesk (schema {schema}); upgrade Copydesk first."
        )
    return schema


def restore(store: Store, source: Path) -> Path:
    """Replace the store's content with `source`, keeping a copy of the current store first.

    Returns the path of that safety copy. The caller must reopen the store afterwards (an
    older backup is migrated on the next open, after its own backup).
    """
    target = _sqlite_path(store)
    check_backup_file(source)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    if _damaged(store):
        # Kept as it is, damage and all (the backup API would refuse it): IT may salvage it.
        store.close()
        safety = config.backup_dir() / f"before-restore-{stamp}-damaged.db"
        safety.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, safety)
    else:
        safety = backup(store, config.backup_dir() / f"before-restore-{stamp}.db")
    store.close()
    try:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
    except sqlite3.Error as exc:
        raise StoreError(
            f"Restore failed ({exc}); the store before the attempt is saved at {safety}."
        ) from exc
    return safety
