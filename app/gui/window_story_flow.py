"""The window's story flow: which story is open, the welcome page, recent stories, recovery.

What the window shows as stories open, close, move to the trash or come back after a crash,
and the publication lock that follows a story's status. A mixin of MainWindow, which composes
the panels these methods read; kept apart so main_window.py holds the composition and wiring.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app import APP_NAME
from app.core.errors import CopydeskError
from app.core.model import PublicationKind, StoryStatus
from app.core.publishing import AMENDMENTS
from app.gui.dialogs.recovery_dialog import RecoveryDialog
from app.gui.panels.welcome import sample_paths
from app.gui.story_lock import LockState, lock_label, lock_reason, review_reason

if TYPE_CHECKING:
    from app.core.model import Story

WELCOME_PAGE, WORKSPACE_PAGE = 0, 1


class StoryFlowMixin:
    """Opening and closing stories, and the pages and actions that follow the open one."""

    _publication_shown: object = object()
    """The (story id, status) the publication banner was last drawn for."""

    def _story_opened(self, story: Story | None) -> None:
        self.status.clearMessage()  # a message about the last story is not about this one
        self.status.show_story(story)
        self.story_list.open_story_id = story.id if story is not None else None
        self._sync_undo_actions()  # a fresh story: nothing to undo or redo
        if story is not None:
            self.status.show_counts(*self.editor.counts())
            self.editor.emit_markdown_now()  # offsets the sidebar reports refer to this text
        self.setWindowTitle(f"{story.headline or story.slug} — {APP_NAME}" if story else APP_NAME)
        for action in (
            self.actions.save,
            self.actions.export,
            self.actions.history,
            self.actions.delete_story,
            self.actions.check_quotes,
            self.actions.print,
            self.actions.print_preview,
            self.actions.audit_report,
            self.actions.provenance,
            self.actions.find_originals,
            self.actions.add_comment,
            self.actions.accept_all,
            self.actions.reject_all,
            self.actions.accept_here,
            self.actions.reject_here,
            self.actions.next_change,
            self.actions.previous_change,
            self.actions.claim_story,
            self.actions.assign_story,
        ):
            action.setEnabled(story is not None)
        self._sync_publication_state(story)
        self.recent.note(story)
        self._show_editor_or_hint()

    def _show_editor_or_hint(self) -> None:
        story = self.editor.story()
        if story is None:
            last = self.recent.last()
            self.no_story.show_state(self.story_list.in_trash(), last.title if last else None)
        self.editor_stack.setCurrentWidget(self.editor if story else self.no_story)

    def _trash_shown(self, shown: bool) -> None:
        self.actions.show_trash.blockSignals(True)
        self.actions.show_trash.setChecked(shown)
        self.actions.show_trash.blockSignals(False)
        self._show_editor_or_hint()

    def open_recent(self, uid: str) -> bool:
        """Open a story by uid (File → Open recent); one gone since is said so and forgotten."""
        try:
            story = self.desk.get_story(uid)
        except CopydeskError:
            story = None
        if story is None or story.deleted_at is not None:
            self.recent.forget(uid)
            self.status.showMessage(
                "That story is no longer here: it was deleted (see View → Trash) or purged.", 8000
            )
            self._show_editor_or_hint()
            return False
        if self.story_list.in_trash():
            self.story_list.show_trash(False)
        self.story_list.refresh(story.id)
        return self.autosaver.switch_to(story.id)

    def reopen_last(self) -> bool:
        """The story worked on last (on a later launch, the window opens it again)."""
        last = self.recent.last()
        if last is None or self.editor.story() is not None:
            return False
        return self.open_recent(last.uid)

    def _sync_publication_state(self, story: Story | None) -> None:
        """Published text is what readers saw: locked until a correction or update reopens
        it; a killed story is final. The Story menu offers what the status allows."""
        status = story.status if story is not None else None
        published = status is StoryStatus.PUBLISHED
        self.actions.correct_story.setEnabled(published)
        self.actions.update_story.setEnabled(published)
        self.actions.kill_story.setEnabled(story is not None and status is not StoryStatus.KILLED)
        self.lock.follow(story)  # the claim is LiveSync's to say (StoryLock.show)
        if published:
            self.status.showMessage(
                "Published: the text is locked. Story → Correct… or Update… reopens it.", 10000
            )
        elif status is StoryStatus.KILLED:
            self.status.showMessage("Killed: the story is withdrawn for good.", 10000)
        # The banner reads the story's publications from the store, on this (the GUI) thread:
        # asked again only when the story or its status changes, not at every autosave.
        shown = (story.id, status) if story is not None else None
        if shown != self._publication_shown:
            self._publication_shown = shown
            self._show_publication(story)

    def _apply_lock(self, state: LockState) -> None:
        """The text and the credits lock together, for the reason `lock_reason` gives (the
        store refuses a published or killed story's credits; a claimed story's are the
        claimant's to change). Called only when the lock state changes."""
        self.editor.set_read_only(state.text_locked())
        self.credits.set_locked(lock_reason(state))
        self.status.show_lock(lock_label(state), lock_reason(state))
        self.reviewing.set_read_only(state.review_locked(), review_reason(state))

    def _show_publication(self, story: Story | None) -> None:
        """Say over the text where the story stands in publication and what comes next: a
        correction opened days ago was only a ten-second status-bar message."""
        banner = self.banner
        if story is None:
            banner.hide_publication()
            return
        if story.status is StoryStatus.KILLED:
            banner.show_publication("Killed: the story is withdrawn for good; its exports are a "
                                    "kill notice.", "done")  # fmt: skip
            return
        if story.status is StoryStatus.PUBLISHED:
            writable = not self.desk.info.read_only
            banner.show_publication(
                "Published: readers saw this text, so it is locked. A correction (something "
                "was wrong) or an update (news moved on) reopens it.",
                "info", can_amend=writable,
            )  # fmt: skip
            return
        try:
            pending = next((p for p in self.desk.publications(story.id)
                            if not p.is_out and p.kind in AMENDMENTS), None)  # fmt: skip
        except CopydeskError:
            pending = None
        if pending is None:
            banner.hide_publication()
            return
        word = "Correction" if pending.kind is PublicationKind.CORRECTION else "Update"
        by = f" by {pending.opened_by}" if pending.opened_by else ""
        when = f" on {pending.opened_at.astimezone():%d %b %H:%M}" if pending.opened_at else ""
        banner.show_publication(
            f"{word} open{by}{when}. Make the change in the text, then set Status to Published "
            f"to send the story out again with its note for readers: “{pending.note}”",
            "warn",
        )

    def _new_story(self) -> None:
        if self.story_list.new_story() is not None:
            self.editor.metadata.headline.setFocus()
            self.editor.metadata.headline.selectAll()

    def _load_samples(self) -> None:
        self.story_list.import_paths(sample_paths())

    def _update_page(self) -> None:
        empty = self.desk.count_stories() == 0 and self.desk.count_stories(trash=True) == 0
        self.stack.setCurrentIndex(WELCOME_PAGE if empty else WORKSPACE_PAGE)
        self.sidebar.set_no_stories(empty)

    def offer_recovery(self) -> int:
        """After a crash: offer the journal's unsaved text; returns how many were restored."""
        entries = self.journal.entries(self.autosaver.database)
        if not entries:
            return 0
        chosen = RecoveryDialog.ask(self, entries)
        if chosen is None:
            return 0
        restored = sum(1 for entry in chosen if self.autosaver.restore(entry))
        for entry in entries:
            if entry not in chosen:
                self.journal.clear(entry.story_uid)
        self.story_list.refresh(self.editor.story().id if self.editor.story() else None)
        self._update_page()
        return restored
