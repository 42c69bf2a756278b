"""Where things live: data and backup folders, the database URL, preferences, bundled resources."""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from app import APP_NAME

DATABASE_ENV = "COPYDESK_DATABASE"
DATA_DIR_ENV = "COPYDESK_DATA_DIR"
"""Overrides the platform data folder: tests, portable installs and the doctor's temp store."""


def data_dir() -> Path:
    """The per-user folder that holds the default database, backups and the recovery journal."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs  # imported here: only the paths that need it pay for it

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database_path() -> Path:
    return data_dir() / "copydesk.db"


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def resolve_database_url(cli_value: str | None = None) -> str:
    """`--database` wins, then COPYDESK_DATABASE, then the embedded SQLite file."""
    if cli_value:
        return cli_value
    env = os.environ.get(DATABASE_ENV)
    if env:
        return env
    return sqlite_url(default_database_path())


def resource_path(*parts: str) -> Path:
    """One way to find resources/ in a source checkout, an installed wheel and a PyInstaller bundle.

    The wheel carries resources/ as the package data of `app.resources`; PyInstaller unpacks it
    next to the executable as `resources/`; an editable install maps the package to the folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle, "resources", *parts)
    here = Path(__file__).resolve().parents[2]
    checkout = here / "resources"
    if checkout.is_dir():
        return checkout.joinpath(*parts)
    return package_folder("app.resources").joinpath(*parts)


def package_folder(name: str) -> Path:
    """The folder of an installed package. resources/ has no __init__.py, so `app.resources` is
    a namespace package: importlib.resources.files() gives a MultiplexedPath for it, whose str()
    is its repr, not a path (a wheel install then found no templates); __path__ has the folder."""
    import importlib

    return Path(next(iter(importlib.import_module(name).__path__)))


@dataclass
class Preferences:
    """What a desk sets once: who is working, the publisher for structured data, house style."""

    user_name: str = ""
    publisher_name: str = "Copydesk Newsroom"
    publisher_url: str = ""
    base_url: str = ""
    credit_style: str = "reuters"
    require_verified_quotes: bool = False
    smart_quotes: str = "curly"
    """Quotes typed in the editor: curly, german, french, or straight (as typed);
    see app.core.typography."""
    note_placement: str = ""
    """Where correction and update notes go: "top", "end", or "" for the credit style's
    habit (app.core.exporting.editions: end for reuters and list, top for ap)."""

    @classmethod
    def load(cls, path: Path | None = None) -> Preferences:
        path = path or preferences_path()
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self, path: Path | None = None) -> None:
        path = path or preferences_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)


def preferences_path() -> Path:
    return data_dir() / "preferences.json"


def current_user(preferences: Preferences | None = None) -> str:
    """The name written into revisions: the preference if set, else the OS login."""
    prefs = preferences or Preferences.load()
    if prefs.user_name:
        return prefs.user_name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
