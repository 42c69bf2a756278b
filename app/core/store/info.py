"""What the status bar and `copydesk doctor` say about the database in use (no SQLAlchemy)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

DISK_FULL = "its disk is full"
"""The read-only reason of a store opened on a full disk (writes wait for space)."""


@dataclass(frozen=True)
class StoreInfo:
    url: str
    backend: str
    schema_version: str
    app_schema_version: str
    read_only: bool
    backup: Path | None
    read_only_reason: str = ""
    """Why nothing can be written: "schema" (written by a newer Copydesk) or a sentence about
    the file ("the file is read-only", "it is on a read-only file system", DISK_FULL)."""

    @property
    def disk_full(self) -> bool:
        """Opened read-only because its disk had no room: freeing space lets it write again."""
        return self.read_only_reason == DISK_FULL

    @property
    def display_name(self) -> str:
        """The file name of a SQLite store; a server URL without its password."""
        if self.backend == "sqlite":
            path = self.url.split("///", 1)[1] if "///" in self.url else ""
            return Path(path).name or "memory"
        parts = urlsplit(self.url)
        netloc = parts.hostname or ""
        if parts.port:
            netloc = f"{netloc}:{parts.port}"
        if parts.username:
            secret = ":***" if parts.password else ""
            netloc = f"{parts.username}{secret}@{netloc}"
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def backend_of(url: str) -> str:
    return urlsplit(url).scheme.split("+")[0]
