"""Windows stay in sync: the change feed drives the story list, the editor's banner (a save
made elsewhere), presence ("Ana is editing") and the optional soft lock.

On PostgreSQL the feed's connection is watched with a socket notifier (LISTEN/NOTIFY: changes
arrive in milliseconds, with a slow safety poll); on SQLite `PRAGMA data_version` is polled a
few times a second. A heartbeat keeps this window's presence alive; windows that stop beating
drop out. Everything here runs on the GUI thread: each poll is one cheap query at most.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from PySide6.QtGui import QAction

from app.core.errors import CopydeskError, LockedError
from app.core.model import Story
from app.gui.review.dialogs import ReasonDialog

if TYPE_CHECKING:
    from app.core.live.feed import ChangeFeed
    from app.core.services import Desk
    from app.core.store.live import Change
    from app.gui.autosave import Autosaver
    from app.gui.panels.editor import EditorPanel
    from app.gui.review.banner import EditorBanner
    from app.gui.review.controller import ReviewController
    from app.gui.story_lock import StoryLock

HEARTBEAT_MS = 10_000
LIST_REFRESH_MS = 60
"""A burst of changes (an import of many files) refreshes the list once."""
TEXT_KINDS = frozenset({"saved", "trashed", "restored", "purged"})
LIST_KINDS = frozenset({"created", "saved", "trashed", "restored", "purged", "assigned",
                        "comment"})  # fmt: skip


class LiveSync(QObject):
    list_changed = Signal()
    """Stories were added, saved, trashed or assigned elsewhere: the list reloads its rows."""
    presence_changed = Signal(object)
    """{story id: [user, ...]} of the other windows showing a story."""
    message = Signal(str)
    changes_seen = Signal(object)
    """Every batch of others' changes, as read (tests and the benchmark listen)."""

    def __init__(
        self,
        desk: Desk,
        editor: EditorPanel,
        autosaver: Autosaver,
        banner: EditorBanner,
        review: ReviewController,
        claim_action: QAction,
        lock: StoryLock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk, self.editor, self.autosaver = desk, editor, autosaver
        self.banner, self.review, self.claim_action = banner, review, claim_action
        self.lock = lock
        self.feed: ChangeFeed | None = None
        self._notifier: QSocketNotifier | None = None
        self._poll_timer = QTimer(self, interval=250)
        self._poll_timer.timeout.connect(self.poll)
        self._beat_timer = QTimer(self, interval=HEARTBEAT_MS)
        self._beat_timer.timeout.connect(self.beat)
        self._list_timer = QTimer(self, singleShot=True, interval=LIST_REFRESH_MS)
        self._list_timer.timeout.connect(self.list_changed)
        self.presence: dict[int, list[str]] = {}
        autosaver.story_opened.connect(self.story_opened)
        banner.reload_requested.connect(self.reload)
        banner.compare_requested.connect(self.compare)
        banner.keep_mine_requested.connect(self.keep_mine)
        banner.take_over_requested.connect(self.take_over)
        claim_action.toggled.connect(self.claim)

    # -- starting and stopping -----------------------------------------------------------------

    def start(self) -> bool:
        """Open the feed (after the first paint: it needs the full store). False: no live
        updates here (e.g. a read-only store), and the window works as before."""
        if self.feed is not None:
            return True
        from app.core.live.feed import ChangeFeed

        try:
            self.feed = ChangeFeed(self.desk)
        except Exception as exc:  # an unreachable listener must not stop the window
            self.message.emit(f"Live updates are off: {exc}")
            return False
        fileno = self.feed.fileno()
        if fileno is not None:
            self._notifier = QSocketNotifier(fileno, QSocketNotifier.Type.Read, self)
            self._notifier.activated.connect(lambda *_: self.poll())
        self._poll_timer.setInterval(self.feed.poll_interval_ms)
        self._poll_timer.start()
        self._beat_timer.start()
        self.beat()
        return True

    def stop(self) -> None:
        for timer in (self._poll_timer, self._beat_timer, self._list_timer):
            timer.stop()
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier = None
        if self.feed is not None:
            with contextlib.suppress(CopydeskError):
                if not self.desk.info.read_only:
                    self.desk.leave()
            self.feed.close()
            self.feed = None

    # -- the feed -----------------------------------------------------------------------------

    def poll(self) -> list[Change]:
        if self.feed is None:
            return []
        try:
            changes = [c for c in self.feed.poll() if c.session != self.desk.session_id]
        except CopydeskError as exc:
            self.message.emit(str(exc))
            return []
        if changes:
            self.handle(changes)
            self.changes_seen.emit(changes)
        return changes

    def handle(self, changes: list[Change]) -> None:
        if any(c.kind in LIST_KINDS for c in changes):
            self._list_timer.start()
        if any(c.kind == "presence" for c in changes):
            self.refresh_presence()
        story = self.editor.story()
        if story is None:
            return
        mine = [c for c in changes if c.story_id == story.id]
        if not mine:
            return
        if any(c.kind == "lock" for c in mine):
            self.apply_lock(story)
        saved = [c for c in mine if c.kind in TEXT_KINDS and (c.version or 0) > story.version]
        if saved:
            last = saved[-1]
            when = last.at.astimezone().strftime("%H:%M:%S")
            if last.kind == "trashed":
                self.banner.show_saved_elsewhere(last.actor, f"{when} (moved it to the trash)")
            else:
                self.banner.show_saved_elsewhere(last.actor, when)
        if any(c.kind == "comment" for c in mine):
            with contextlib.suppress(CopydeskError):
                stored = self.desk.get_story(story.id)
                self.review.show_comments(list(stored.comments), stored.markup)
        for change in mine:
            if change.kind == "assigned":
                who = (change.detail or {}).get("assignee")
                self.message.emit(f"{change.actor} assigned this story to {who}." if who
                                  else f"{change.actor} unassigned this story.")  # fmt: skip

    # -- presence -----------------------------------------------------------------------------

    def story_opened(self, story: Story | None) -> None:
        self.banner.clear()
        if self.claim_action.isChecked():
            self.claim_action.blockSignals(True)
            self.claim_action.setChecked(False)
            self.claim_action.blockSignals(False)
        self._release_previous(story)
        if self.feed is not None:
            self.beat()
        self.apply_lock(story)
        self._show_presence()

    def _release_previous(self, story: Story | None) -> None:
        """A claim lasts while the story is open here."""
        if self.feed is None or self.desk.info.read_only:
            return
        with contextlib.suppress(CopydeskError):
            for lock in self.desk.locks():
                if lock.session_id == self.desk.session_id and (
                    story is None or lock.story_id != story.id
                ):
                    self.desk.release(lock.story_id)

    def beat(self) -> None:
        if self.desk.info.read_only:
            return
        story = self.editor.story()
        with contextlib.suppress(CopydeskError):
            self.desk.beat(story.id if story else None)
        self.refresh_presence()

    def refresh_presence(self) -> None:
        try:
            seen = self.desk.presence()
        except CopydeskError:
            return
        presence: dict[int, list[str]] = {}
        for p in seen:
            if p.story_id is not None and p.user not in presence.get(p.story_id, []):
                presence.setdefault(p.story_id, []).append(p.user)
        self.presence = presence
        self.presence_changed.emit(presence)
        self._show_presence()

    def _show_presence(self) -> None:
        story = self.editor.story()
        self.banner.show_presence(self.presence.get(story.id, []) if story else [])

    # -- the banner's choices -------------------------------------------------------------------

    def reload(self) -> None:
        story = self.editor.story()
        if story is not None:
            self.autosaver.stop_timers()
            self.autosaver.journal.clear(story.uid)
            self.autosaver.open(self.desk.get_story(story.id))

    def compare(self) -> None:
        self.autosaver.compare_with_stored()
        story = self.editor.story()
        if story is not None and story.version >= self.desk.get_story(story.id).version:
            self.banner.hide_saved_elsewhere()

    def keep_mine(self) -> None:
        self.autosaver.keep_mine()
        self.banner.hide_saved_elsewhere()

    # -- the soft lock --------------------------------------------------------------------------

    def apply_lock(self, story: Story | None) -> None:
        """Read-only while someone else holds the story's claim."""
        lock = None
        if story is not None and story.id is not None and self.feed is not None:
            with contextlib.suppress(CopydeskError):
                lock = self.desk.lock_of(story.id)
        other = lock is not None and lock.user != self.desk.user
        was_mine = self.claim_action.isChecked()
        self.claim_action.blockSignals(True)
        self.claim_action.setChecked(lock is not None and not other)
        self.claim_action.blockSignals(False)
        if other and was_mine and self.editor.is_modified():
            self.autosaver.save("save")  # my text is kept before the editor locks
        # The window's StoryLock locks the text and the credits (published or killed text
        # stays locked too) and closes the review panel (comments on published text stay
        # open), each saying why: the status bar's label and the panel's tips follow it.
        self.lock.show(story, lock.user if other else None)
        if other:
            since = lock.since.astimezone().strftime("%H:%M")
            took = " took it over from you" if was_mine else " has claimed this story"
            self.banner.show_lock(f"{lock.user}{took} (since {since}): it is open here "
                                  "read-only.")  # fmt: skip
        else:
            self.banner.hide_lock()

    def claim(self, on: bool) -> None:
        story = self.editor.story()
        if story is None or story.id is None:
            return
        try:
            if on:
                self.desk.claim(story.id)
                self.message.emit("You have claimed this story: others open it read-only.")
            else:
                self.desk.release(story.id)
                self.message.emit("Claim released.")
        except LockedError as exc:
            self.message.emit(str(exc))
        except CopydeskError as exc:
            self.message.emit(str(exc))
        self.apply_lock(story)

    def take_over(self) -> bool:
        story = self.editor.story()
        if story is None or story.id is None:
            return False
        holder = self.lock.state.claimed_by or "someone"
        reason = ReasonDialog.ask(
            self.editor,
            "Take over",
            f"{holder} has claimed this story. Say why you take it over; the reason is "
            "recorded in its history and they will see it.",
        )
        if not reason:
            return False
        try:
            self.desk.take_over(story.id, reason)
        except CopydeskError as exc:
            self.message.emit(str(exc))
            return False
        self.autosaver.open(self.desk.get_story(story.id))  # their latest text, now editable
        return True
