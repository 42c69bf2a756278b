"""The story list's changes to the store: new, import, paste as new, delete, restore, purge.

Each asks first where a change cannot be undone, says what happened on `message_posted`, and
selects (and opens) the story it made. A mixin of StoryListPanel, which owns the table; kept
apart so the panel module holds the table glue and selection only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.core.errors import CopydeskError
from app.gui.dialogs.confirm import ConfirmDialog
from app.gui.models.story_table_model import StoryRole

IMPORT_FILTER = "Stories (*.txt *.md *.markdown *.html *.htm *.docx *.json);;All files (*)"


class StoryChangesMixin:
    """New, import, paste, delete, restore and purge, each followed by a quiet refresh."""

    def new_story(self) -> int | None:
        from app.core.model import Story

        try:
            story = self.desk.create_story(Story(headline="Untitled story"), analyse=False)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot create a story", str(exc))
            return None
        self._after_change(story.id)
        return story.id

    def choose_and_import(self) -> list[int]:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import stories", "", IMPORT_FILTER)
        return self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> list[int]:
        """Import each file as a new story; problems are listed once, at the end."""
        imported: list[int] = []
        problems: list[str] = []
        notes: list[str] = []
        removed = 0
        for path in paths:
            try:
                outcome = self.desk.import_file(path)
            except CopydeskError as exc:
                problems.append(f"{path.name}: {exc}")
                continue
            imported.append(outcome.story.id)
            removed += len(outcome.removed)
            if outcome.identical_to:
                notes.append(
                    f"{path.name}: identical text is already stored as "
                    f"{', '.join(outcome.identical_to)}; imported as {outcome.story.slug}."
                )
        if problems:
            QMessageBox.warning(self, "Some files were not imported", "\n".join(problems))
        if imported:
            self._after_change(imported[-1])
            done = f"Imported {len(imported)} stor{'ies' if len(imported) != 1 else 'y'}"
            if removed:  # said whole elsewhere (`copydesk import`); here, that it happened
                done += f"; removed {removed} passage{'s' if removed != 1 else ''} of boilerplate"
            self.message_posted.emit(" ".join(notes) or f"{done}.")
        return imported

    def paste_as_new(self) -> int | None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message_posted.emit("The clipboard holds no text to make a story from.")
            return None
        try:
            outcome = self.desk.import_text(text)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot make a story from the clipboard", str(exc))
            return None
        self._after_change(outcome.story.id)
        self.message_posted.emit(f"New story “{outcome.story.headline}” from the clipboard.")
        return outcome.story.id

    def delete_current(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        summary = index.data(StoryRole.SUMMARY)
        if self.in_trash():
            return self.restore_current()
        if not ConfirmDialog.ask(
            self,
            "Delete story",
            f"Move “{summary.headline or summary.slug}” to the trash?",
            confirm="Move to trash",
            informative="It can be restored from the Trash filter.",
        ):
            return False
        self.open_requested.emit(None)  # save and close it first: deleting moves its version
        try:
            self.desk.delete_story(summary.id)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot delete", str(exc))
            return False
        self._after_change(None)
        self.message_posted.emit(f"“{summary.headline}” moved to the trash.")
        return True

    def restore_current(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid() or not self.in_trash():
            return False
        summary = index.data(StoryRole.SUMMARY)
        try:
            self.desk.restore_story(summary.id)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot restore", str(exc))
            return False
        if self.desk.count_stories(trash=True):
            # More to bring back, perhaps: the trash stays in view, the message says where.
            self._after_change(None)
            self.message_posted.emit(
                f"“{summary.headline}” restored from the trash; it is back in the stories."
            )
        else:
            # The last one: an empty trash view is a dead end, so the story is shown, open.
            self._after_change(summary.id)
            self.message_posted.emit(f"“{summary.headline}” restored from the trash.")
        return True

    def purge_current(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid() or not self.in_trash():
            return False
        summary = index.data(StoryRole.SUMMARY)
        if not ConfirmDialog.ask(
            self,
            "Delete for ever",
            f"Remove “{summary.headline}” and its history for good?",
            confirm="Delete for ever",
            informative="This cannot be undone.",
        ):
            return False
        try:
            self.desk.purge_stories([summary.id])
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot delete", str(exc))
            return False
        self._after_change(None)
        return True

    def empty_trash(self) -> int:
        """Remove every story in the trash for good (asking first); how many went."""
        count = self.desk.count_stories(trash=True)
        if not count or not ConfirmDialog.ask(
            self,
            "Empty trash",
            f"Remove all {count} stor{'y' if count == 1 else 'ies'} in the "
            "trash and their history for good?",
            confirm="Empty trash",
            informative="This cannot be undone.",
        ):
            return 0
        try:
            ids = [s.id for s in self.desk.list_stories(trash=True, limit=count)]
            purged = self.desk.purge_stories(ids)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot empty the trash", str(exc))
            return 0
        self._after_change(None)
        self.message_posted.emit(f"Removed {purged} stor{'y' if purged == 1 else 'ies'} for good.")
        return purged

    def _after_change(self, select_id: int | None) -> None:
        self.reload_desks()
        if select_id is not None and self.in_trash():
            self.show_trash(False)  # a new or imported story is not in the trash
        self.refresh(select_id)
        self._update_trash_bar()
        self.stories_changed.emit()
        if select_id is not None:
            self.open_requested.emit(select_id)
