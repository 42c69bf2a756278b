"""Recent stories: the ones this user opened last, per database, newest first (File → Open recent).

Kept in the user's QSettings under a hash of the database (never its URL, which may hold a
password), by story uid: ids differ between databases, a uid survives a restore.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QMenu, QWidget

from app.core.model import Story

LIMIT = 10


@dataclass(frozen=True)
class RecentEntry:
    uid: str
    title: str


class RecentStories(QObject):
    changed = Signal()

    def __init__(self, settings: QSettings, database: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.key = f"recent/{database}"

    def entries(self) -> list[RecentEntry]:
        raw = self.settings.value(self.key, "[]")
        try:
            items = json.loads(str(raw))
        except ValueError:
            return []
        return [
            RecentEntry(str(i["uid"]), str(i.get("title", "")))
            for i in items
            if isinstance(i, dict) and i.get("uid")
        ]

    def last(self) -> RecentEntry | None:
        entries = self.entries()
        return entries[0] if entries else None

    def note(self, story: Story | None) -> None:
        """The story was opened: to the top of the list (its title as it is now)."""
        if story is None or not story.uid:
            return
        title = story.headline or story.slug
        kept = [e for e in self.entries() if e.uid != story.uid]
        self._store([RecentEntry(story.uid, title), *kept][:LIMIT])

    def forget(self, uid: str) -> None:
        self._store([e for e in self.entries() if e.uid != uid])

    def clear(self) -> None:
        self._store([])

    def _store(self, entries: list[RecentEntry]) -> None:
        data = json.dumps([{"uid": e.uid, "title": e.title} for e in entries])
        if data != self.settings.value(self.key, "[]"):
            self.settings.setValue(self.key, data)
            self.changed.emit()


class RecentMenu(QMenu):
    """File → Open recent, rebuilt each time it opens; `open_requested(uid)` on a choice."""

    open_requested = Signal(str)

    def __init__(self, recent: RecentStories, parent: QWidget | None = None) -> None:
        super().__init__("Open &recent", parent)
        self.setObjectName("menuRecent")
        self.recent = recent
        self.aboutToShow.connect(self.rebuild)
        recent.changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        entries = self.recent.entries()
        for number, entry in enumerate(entries, start=1):
            title = entry.title.replace("&", "&&")
            prefix = f"&{number} " if number < 10 else ""
            action = self.addAction(f"{prefix}{title}")
            action.setData(entry.uid)
            action.triggered.connect(lambda _c=False, uid=entry.uid: self.open_requested.emit(uid))
        if not entries:
            self.addAction("No recent stories").setEnabled(False)
            return
        self.addSeparator()
        self.addAction("Clear the list", self.recent.clear)
