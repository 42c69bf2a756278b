"""The recovery journal: unsaved text on disk, so a crash or a kill loses at most a moment."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.core import config


@dataclass(frozen=True)
class RecoveryEntry:
    """What was in the editor and not yet in the store."""

    story_uid: str
    story_id: int | None
    slug: str
    headline: str
    body: str
    base_version: int
    database: str
    written_at: str

    @property
    def written(self) -> datetime:
        return datetime.fromisoformat(self.written_at)


class RecoveryJournal:
    """One small JSON file per story under the data folder, written atomically."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or config.data_dir() / "recovery"

    def _path(self, story_uid: str) -> Path:
        safe = "".join(ch for ch in story_uid if ch.isalnum() or ch in "-_") or "story"
        return self.folder / f"{safe}.json"

    def write(
        self,
        *,
        story_uid: str,
        story_id: int | None,
        slug: str,
        headline: str,
        body: str,
        base_version: int,
        database: str,
    ) -> None:
        entry = RecoveryEntry(
            story_uid, story_id, slug, headline, body, base_version, database,
            datetime.now(UTC).isoformat(timespec="seconds"),
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(story_uid)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(asdict(entry), handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())  # the point of a journal is to survive a crash
        tmp.replace(path)

    def clear(self, story_uid: str) -> None:
        self._path(story_uid).unlink(missing_ok=True)

    def entries(self, database: str | None = None) -> list[RecoveryEntry]:
        """Entries (for one database when given), newest first; unreadable files are skipped."""
        found: list[RecoveryEntry] = []
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.json"):
            try:
                entry = RecoveryEntry(**json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError, TypeError):
                continue
            if database is None or entry.database == database:
                found.append(entry)
        found.sort(key=lambda e: e.written_at, reverse=True)
        return found
