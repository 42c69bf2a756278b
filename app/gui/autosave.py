"""Never lose typing: autosave after typing stops, on switching stories and on close.

The autosaver owns the path from the editor to the store. A save that meets someone else's
newer version never overwrites it: the conflict dialog decides. A save the store refuses
(locked, read-only) leaves the text in the editor and in the recovery journal.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.core.errors import ConflictError, CopydeskError, NotFoundError
from app.core.model import Story
from app.gui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from app.gui.recovery import RecoveryEntry, RecoveryJournal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.core.services import Desk
    from app.gui.panels.editor import EditorPanel

AUTOSAVE_DELAY_MS = 3000
JOURNAL_DELAY_MS = 800


class SaveResult(enum.Enum):
    SAVED = "saved"
    UNCHANGED = "unchanged"
    FAILED = "failed"
    CONFLICT_PENDING = "conflict_pending"


class Autosaver(QObject):
    """Saves the editor's story through the Desk; keeps a journal of what is not saved yet."""

    story_saved = Signal(object)
    """A Story the store accepted (new version, fresh quotes)."""
    story_opened = Signal(object)
    """The editor now shows this Story (or None): the docks and the status bar follow."""
    story_copied = Signal(object)
    """A new Story holding my text, copied aside after a conflict."""
    save_failed = Signal(str)

    def __init__(
        self,
        desk: Desk,
        editor: EditorPanel,
        journal: RecoveryJournal | None = None,
        parent_widget: QWidget | None = None,
        delay_ms: int = AUTOSAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent_widget)
        self.desk = desk
        self.editor = editor
        self.journal = journal or RecoveryJournal()
        self._parent_widget = parent_widget
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(lambda: self.save("autosave"))
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self.write_journal)
        self._conflict_open = False
        self._paused_for_conflict = False

    @property
    def database(self) -> str:
        return self.desk.info.url

    def note_edit(self) -> None:
        """The user changed something: save a few seconds after they stop."""
        self._paused_for_conflict = False
        self._timer.start()
        self._journal_timer.start()

    def pending(self) -> bool:
        return self._timer.isActive()

    def open(self, story: Story | None) -> None:
        """Show a story in the editor (the current one must have been saved first)."""
        self._timer.stop()
        self._journal_timer.stop()
        self._paused_for_conflict = False
        self.editor.set_story(story, self._desks())
        self.story_opened.emit(story)

    def switch_to(self, story_id: int | None) -> bool:
        """Save the open story (a revision: it is being closed), then open another one."""
        current = self.editor.story()
        if current is not None and current.id == story_id:
            return True
        if self.save("close") in (SaveResult.FAILED, SaveResult.CONFLICT_PENDING):
            return False  # the text stays on screen rather than being dropped
        if story_id is None:
            self.open(None)
            return True
        try:
            story = self.desk.get_story(story_id)
        except CopydeskError as exc:
            self.save_failed.emit(str(exc))
            return False
        self.open(story)
        return True

    def reload(self) -> None:
        """Show the stored story again (after a restore from history or a credits change)."""
        current = self.editor.story()
        if current is not None and current.id is not None:
            self.open(self.desk.get_story(current.id))

    def _desks(self) -> list[str]:
        try:
            return self.desk.desks()
        except CopydeskError:
            return []

    def restore(self, entry: RecoveryEntry) -> bool:
        """Bring journal text back: into its story on top (conflict-checked), or a new story."""
        try:
            story: Story | None = self.desk.get_story(entry.story_uid)
        except NotFoundError:
            story = None
        try:
            if story is None or story.deleted_at is not None:
                story = self.desk.create_story(
                    Story(headline=entry.headline or "Recovered story", body=entry.body),
                    analyse=False,
                )
                self.journal.clear(entry.story_uid)
                return self.switch_to(story.id)
        except CopydeskError as exc:
            self.save_failed.emit(str(exc))
            return False
        if not self.switch_to(story.id):
            return False
        # The text was typed on `base_version`: if someone saved since, the save conflicts.
        self.editor.set_recovered(entry.headline, entry.body, entry.base_version)
        return self.save("save") is SaveResult.SAVED

    def write_journal(self) -> None:
        story = self.editor.current_story()
        if story is None or not self.editor.is_modified():
            return
        base = self.editor.story()
        try:
            self.journal.write(
                story_uid=story.uid,
                story_id=story.id,
                slug=story.slug,
                headline=story.headline,
                body=story.body,
                base_version=base.version if base else 0,
                database=self.database,
            )
        except OSError as exc:
            self.save_failed.emit(f"Cannot write the recovery journal: {exc}")

    def save(self, reason: str = "save") -> SaveResult:
        """Save now if anything changed. Never raises for what a user can meet."""
        self._timer.stop()
        if self._conflict_open:
            return SaveResult.CONFLICT_PENDING
        if reason == "autosave" and self._paused_for_conflict:
            return SaveResult.CONFLICT_PENDING
        base = self.editor.story()
        draft = self.editor.current_story()
        if base is None or draft is None or not self.editor.is_modified():
            return SaveResult.UNCHANGED
        try:
            # The sidebar analyses live; the store's quote analysis (seconds on a long story, on
            # this thread) runs on explicit saves, switching and closing, not on every autosave.
            outcome = self.desk.save_story(
                draft, base.version, reason=reason, analyse=reason != "autosave"
            )
        except ConflictError as exc:
            self.write_journal()
            return self._resolve_conflict(draft, exc, reason)
        except CopydeskError as exc:
            self.write_journal()  # the text stays in the editor and on disk
            self.save_failed.emit(str(exc))
            return SaveResult.FAILED
        self._journal_timer.stop()
        self.editor.mark_saved(outcome.story)
        self.journal.clear(draft.uid)
        self.story_saved.emit(outcome.story)
        return SaveResult.SAVED

    def _resolve_conflict(self, mine: Story, exc: ConflictError, reason: str) -> SaveResult:
        self._conflict_open = True
        try:
            theirs = self.desk.get_story(mine.id) if mine.id is not None else None
            if theirs is None:
                return SaveResult.FAILED
            choice = ConflictDialog.ask(self._parent_widget, mine, theirs, exc)
        except CopydeskError as error:
            self.save_failed.emit(str(error))
            return SaveResult.FAILED
        finally:
            self._conflict_open = False
        try:
            if choice == ConflictChoice.KEEP_MINE:
                outcome = self.desk.save_story(mine, theirs.version, reason="conflict")
                self.editor.mark_saved(outcome.story)
                self.journal.clear(mine.uid)
                self.story_saved.emit(outcome.story)
                return SaveResult.SAVED
            if choice == ConflictChoice.COPY_ASIDE:
                copy = self.desk.create_story(
                    Story(
                        headline=f"{mine.headline} (my copy)",
                        body=mine.body,
                        dek=mine.dek,
                        dateline=mine.dateline,
                        desk=mine.desk,
                        keywords=mine.keywords,
                        slug=f"{mine.slug}-my-copy",
                        credits=theirs.credits,
                    )
                )
                self.journal.clear(mine.uid)
                self.story_copied.emit(copy)
                self.open(theirs)
                return SaveResult.SAVED
            if choice == ConflictChoice.TAKE_THEIRS:
                self.journal.clear(mine.uid)
                self.open(theirs)
                return SaveResult.SAVED
        except ConflictError as again:
            return self._resolve_conflict(mine, again, reason)
        except CopydeskError as error:
            self.save_failed.emit(str(error))
            return SaveResult.FAILED
        # Decided later: stop autosaving over and over until the user types or saves again.
        self._paused_for_conflict = True
        self.save_failed.emit(str(exc))
        return SaveResult.CONFLICT_PENDING
