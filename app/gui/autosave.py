"""Never lose typing: autosave after typing stops, on switching stories and on close.

The autosaver owns the path from the editor to the store. A save that meets someone else's
newer version never overwrites it: the conflict dialog decides, and keeping mine merges field
by field against the version the editor loaded. A save the store refuses (locked, read-only)
leaves the text in the editor and in the recovery journal. Steady typing with no pause is
still journalled and autosaved: each timer has a maximum wait.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextDocument

from app.core.errors import ConflictError, CopydeskError, NotFoundError
from app.core.model import Story
from app.gui.dialogs.conflict_dialog import (
    ConflictChoice,
    ConflictDecision,
    ConflictDialog,
    ThreeWayMerge,
)
from app.gui.panels.metadata_form import MetadataForm
from app.gui.recovery import RecoveryEntry, RecoveryJournal, database_key
from app.gui.review import marks

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.core.services import Desk
    from app.gui.panels.editor import EditorPanel

AUTOSAVE_DELAY_MS = 3000
JOURNAL_DELAY_MS = 800
AUTOSAVE_MAX_WAIT_MS = 30_000
"""While typing goes on without a pause, autosave at least this often."""
JOURNAL_MAX_WAIT_MS = 5000
"""While typing goes on without a pause, journal at least this often."""


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
        # Each pair: one restarted by every edit (after a pause), one not (the maximum wait).
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(lambda: self.save("autosave"))
        self._max_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MAX_WAIT_MS)
        self._max_timer.timeout.connect(lambda: self.save("autosave"))
        self._journal_timer = QTimer(self, singleShot=True, interval=JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self.write_journal)
        self._journal_max_timer = QTimer(self, singleShot=True, interval=JOURNAL_MAX_WAIT_MS)
        self._journal_max_timer.timeout.connect(self.write_journal)
        self._conflict_open = False
        self._paused_for_conflict = False
        self._reported_failure: str | None = None

    @property
    def database(self) -> str:
        """The journal's key for this database: a hash, never the URL (it may hold a password)."""
        return database_key(self.desk.info.url)

    def note_edit(self) -> None:
        """The user changed something: save a few seconds after they stop, or every 30 s."""
        self._paused_for_conflict = False
        self._timer.start()
        self._journal_timer.start()
        if not self._max_timer.isActive():
            self._max_timer.start()
        if not self._journal_max_timer.isActive():
            self._journal_max_timer.start()

    def pending(self) -> bool:
        return self._timer.isActive() or self._max_timer.isActive()

    def stop_timers(self) -> None:
        for timer in (self._timer, self._max_timer, self._journal_timer, self._journal_max_timer):
            timer.stop()

    def open(self, story: Story | None) -> None:
        """Show a story in the editor (the current one must have been saved first)."""
        self.stop_timers()
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
                recovered = entry.story(Story())  # a new uid: the old one may be in the trash
                story = self.desk.create_story(
                    recovered.with_changes(headline=entry.headline or "Recovered story"),
                    analyse=False,
                )
                self.journal.clear(entry.story_uid)
                return self.switch_to(story.id)
        except CopydeskError as exc:
            self.save_failed.emit(str(exc))
            return False
        if not self.switch_to(story.id):
            return False
        # The text was typed on `base_version`: if someone saved since, the save conflicts,
        # and keeping mine merges against that base (as the journal kept it).
        desks = self._desks()
        if entry.base is not None:
            self.editor.set_story(entry.base_story(story), desks)
        self.editor.metadata.load(entry.story(story), desks)
        self.editor.set_recovered(entry.headline, entry.body, entry.base_version)
        return self.save("save") is SaveResult.SAVED

    def write_journal(self) -> None:
        """Keep the whole editable story on disk (not only the text) until it is saved."""
        self._journal_timer.stop()
        self._journal_max_timer.stop()
        story = self.editor.current_story()
        if story is None or not self.editor.is_modified():
            return
        try:
            self.journal.write_story(story, self.editor.story(), self.database)
        except OSError as exc:
            self.save_failed.emit(f"Cannot write the recovery journal: {exc}")

    def _failed(self, message: str, reason: str) -> None:
        """Say so; an autosave failing again for the same reason (a locked store while the
        user types on) is not announced again and again (a warning box would take the keys)."""
        if reason == "autosave" and message == self._reported_failure:
            return
        self._reported_failure = message
        self.save_failed.emit(message)

    def save(self, reason: str = "save") -> SaveResult:
        """Save now if anything changed. Never raises for what a user can meet."""
        self._timer.stop()
        self._max_timer.stop()
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
            self._failed(str(exc), reason)
            return SaveResult.FAILED
        self._reported_failure = None
        self._journal_timer.stop()
        self._journal_max_timer.stop()
        self.editor.mark_saved(outcome.story)
        self.journal.clear(draft.uid)
        self.story_saved.emit(outcome.story)
        return SaveResult.SAVED

    # -- another workstation saved the open story (the banner's choices) ------------------------

    def compare_with_stored(self) -> SaveResult:
        """Mine and the stored version side by side in the conflict dialog, then as decided."""
        mine = self.editor.current_story()
        base = self.editor.story()
        if mine is None or base is None or mine.id is None:
            return SaveResult.UNCHANGED
        theirs = self.desk.get_story(mine.id)
        exc = ConflictError(theirs.slug, theirs.updated_by, theirs.updated_at, theirs.version,
                            base.version, mine.body, mine.headline)  # fmt: skip
        self.stop_timers()
        return self._resolve_conflict(mine, exc, "save")

    def keep_mine(self) -> SaveResult:
        """Save my version on top of theirs, merged field by field (theirs stays in history)."""
        mine = self.editor.current_story()
        if mine is None or mine.id is None:
            return SaveResult.UNCHANGED
        if not self.editor.is_modified():
            return SaveResult.UNCHANGED  # nothing of mine to keep: the next edit will ask
        theirs = self.desk.get_story(mine.id)
        try:
            outcome = self.desk.save_story(self._merge(mine, theirs).merged(), theirs.version,
                                           reason="conflict")  # fmt: skip
        except ConflictError as again:
            return self._resolve_conflict(mine, again, "save")
        except CopydeskError as exc:
            self.save_failed.emit(str(exc))
            return SaveResult.FAILED
        self.stop_timers()
        self._show_merged(mine, outcome.story)
        self.journal.clear(mine.uid)
        self.story_saved.emit(outcome.story)
        return SaveResult.SAVED

    def _merge(self, mine: Story, theirs: Story) -> ThreeWayMerge:
        """Mine and theirs against the version the editor loaded (as the editor shows it)."""
        base = self.editor.story()
        return ThreeWayMerge(mine, theirs, base, self._as_edited(base) if base else None)

    def _as_edited(self, story: Story) -> Story:
        """`story` read back through the editor's fields and Markdown, untouched by the user."""
        form = MetadataForm()
        try:
            form.load(story, [])
            shown = form.apply(story)
        finally:
            form.deleteLater()
        doc = QTextDocument()
        doc.setDefaultFont(self.editor.text_edit.document().defaultFont())
        marks.load_markup(doc, story.markup)
        markup = marks.document_to_markup(doc)
        return shown.with_changes(body=marks.accepted_map(markup).text, body_markup=markup.text)

    def _show_merged(self, mine: Story, saved: Story) -> None:
        """The editor shows what was saved: their metadata (and text) where mine was kept aside."""
        if saved.markup != mine.markup:
            self.open(saved)  # they changed the text and I did not: show theirs
            return
        self.editor.mark_saved(saved)
        self.editor.metadata.load(saved, self._desks())

    def _resolve_conflict(self, mine: Story, exc: ConflictError, reason: str) -> SaveResult:
        self._conflict_open = True
        try:
            theirs = self.desk.get_story(mine.id) if mine.id is not None else None
            if theirs is None:
                return SaveResult.FAILED
            merge = self._merge(mine, theirs)
            decision = ConflictDecision.of(
                ConflictDialog.ask(self._parent_widget, mine, theirs, exc, merge=merge)
            )
        except CopydeskError as error:
            self.save_failed.emit(str(error))
            return SaveResult.FAILED
        finally:
            self._conflict_open = False
        choice = decision.choice if decision is not None else None
        try:
            if decision is not None and choice == ConflictChoice.KEEP_MINE:
                merged = merge.merged(decision.take_theirs)
                outcome = self.desk.save_story(merged, theirs.version, reason="conflict")
                self._reported_failure = None
                self._show_merged(mine, outcome.story)
                self.journal.clear(mine.uid)
                self.story_saved.emit(outcome.story)
                return SaveResult.SAVED
            if choice == ConflictChoice.COPY_ASIDE:
                copy = self.desk.create_story(
                    Story(
                        headline=f"{mine.headline} (my copy)",
                        body=mine.body,
                        body_markup=mine.markup,
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
