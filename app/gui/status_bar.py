"""The status bar: words and characters, the story's status, when it was saved, the database."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.core.model import Story, StoryStatus
from app.core.text.counts import counted
from app.gui.models.story_table_model import STATUS_LABELS


class StatusBar(QStatusBar):
    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("statusBar")
        self.setAccessibleName("Status bar")
        self.counts = self._label("Word and character count")
        self.status = self._label("Story status")
        self.saved = self._label("Last saved")
        self.lock = self._label("Why the story cannot be changed here")
        self.lock.setObjectName("lockLabel")
        self.database = self._label("Database in use")
        self.database.setText(database)
        self.database.setToolTip(f"Database in use: {database}")
        for label in (self.counts, self.status, self.saved, self.lock, self.database):
            self.addPermanentWidget(label)
        self.show_lock(None)
        self.show_story(None)

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setAccessibleName(name)
        label.setContentsMargins(6, 0, 6, 0)
        return label

    def show_lock(self, label: str | None, why: str | None = None) -> None:
        """The window's StoryLock says why nothing can change ("Read-only: claimed by ben"),
        with the whole reason as the tip; the label goes when the lock lifts. The database's
        "(read-only)" was written once at start and never named a published or claimed story."""
        self.lock.setText(label or "")
        self.lock.setToolTip(why or label or "")
        self.lock.setVisible(label is not None)

    def show_counts(self, words: int, characters: int) -> None:
        """ "1 word · 1 character" (it said "1 words · 1 characters")."""
        words_said = counted(words, "word", grouped=True)
        self.counts.setText(f"{words_said} · {counted(characters, 'character', grouped=True)}")

    def show_story(self, story: Story | None) -> None:
        if story is None:
            self.counts.setText("")
            self.status.setText("")
            self.saved.setText("")
            return
        self.show_status(story.status)
        self.show_saved(story.updated_at, story.updated_by)

    def show_status(self, status: StoryStatus | str | None) -> None:
        """The status as chosen in the form, before the save that stores it."""
        if status is None:
            return
        status = StoryStatus(status)
        self.status.setText(STATUS_LABELS.get(status, str(status)))

    def show_saved(self, when: datetime | None, who: str | None = None) -> None:
        if when is None:
            self.saved.setText("not saved yet")
            return
        local = when.astimezone()
        stamp = (
            local.strftime("%H:%M")
            if local.date() == datetime.now().date()
            else (local.strftime("%d %b %H:%M"))
        )
        self.saved.setText(f"saved {stamp}" + (f" by {who}" if who else ""))

    def show_unsaved(self) -> None:
        if not self.saved.text().endswith("· unsaved changes"):
            self.saved.setText(f"{self.saved.text()} · unsaved changes".lstrip(" ·"))
