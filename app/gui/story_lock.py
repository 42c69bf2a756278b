"""Whether the open story's text and credits may change, and why not: worked out in one place.

The text and the credits lock for the same reasons: a read-only store, a published or killed
story, a claim another workstation holds. The window's publication state and the live soft lock
each used to set the editor read-only, and the credits panel worked the reason out again from
the editor's "editable" signal, which fired (and re-locked the credits) at every call, each
autosave included. Now both feed one `StoryLock`, which says so only when the state changes;
`lock_reason` is the one function that puts the state in words.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.core.model import StoryStatus

if TYPE_CHECKING:
    from app.core.model import Story


@dataclass(frozen=True, slots=True)
class LockState:
    """What decides the lock: which story is open, its status, the store and the claim."""

    store_read_only: bool = False
    story_id: int | None = None
    has_story: bool = False
    status: StoryStatus | None = None
    claimed_by: str | None = None
    """Another workstation's user holding the story's claim (never this window's own)."""

    def text_locked(self) -> bool:
        """The editor is read-only (with no story open, only a read-only store locks it)."""
        return _cause(self) is not None

    def review_locked(self) -> bool:
        """Comments stay open on published text; only the store or a claim closes them."""
        return self.store_read_only or self.claimed_by is not None

    def _compared(self) -> tuple[object, ...]:
        """What the lock does and says: opening another story locked the same way (or a
        draft becoming ready) changes nothing on screen. The review side and the status
        bar's label are compared too: a claim taken on published text changes neither the
        text's lock nor its reason, but it closes the comments and names the claimant."""
        return (
            self.text_locked(),
            self.review_locked(),
            lock_reason(self),
            review_reason(self),
            lock_label(self),
        )


def _cause(state: LockState) -> str | None:
    """The one decision: why the open story cannot change ("store", "published", "killed",
    "claimed"), first cause first; None when it can. With no story open only a read-only
    store locks the editor."""
    if state.store_read_only:
        return "store"
    if not state.has_story:
        return None
    if state.status is StoryStatus.PUBLISHED:
        return "published"
    if state.status is StoryStatus.KILLED:
        return "killed"
    if state.claimed_by is not None:
        return "claimed"
    return None


def lock_reason(state: LockState) -> str | None:
    """Why the open story (its text and its credits) cannot change, in the words its
    controls show; None when it can, or when no story is open (nothing to explain)."""
    cause = _cause(state) if state.has_story else None
    if cause == "store":
        return "Read-only store: the credits cannot be changed from this window."
    if cause == "published":
        return "Published: readers saw these credits. Story → Correct… or Update… reopens them."
    if cause == "killed":
        return "Killed: the story is withdrawn for good; its credits stay as they are."
    if cause == "claimed":
        return (
            f"Claimed: {state.claimed_by} has claimed this story; take it over to change "
            "its credits."
        )
    return None


def lock_label(state: LockState) -> str | None:
    """The status bar's few words beside the database: the current reason the text cannot
    change, or None (the label goes) when it can. It said "(read-only)" for a read-only store
    from start to end, and nothing on published, killed or claimed text."""
    cause = _cause(state)
    if cause == "store":
        return "Read-only store"
    if cause == "claimed":
        return f"Read-only: claimed by {state.claimed_by}"
    if cause is not None:
        return f"Read-only: {cause}"
    return None


def review_reason(state: LockState) -> str | None:
    """Why comments and suggestions cannot change here, with what to do; None when they can.
    Published or killed text keeps its comments open (only the store or a claim closes them)."""
    if not state.has_story:
        return None
    if _cause(state) == "store":
        return "This database is read-only: comments and suggestions cannot change here."
    if state.claimed_by is not None:
        return (
            f"{state.claimed_by} has claimed this story: Take over… above the text lets you "
            "comment and decide suggestions."
        )
    return None


class StoryLock(QObject):
    """The open story's lock state; `changed` only when what it locks or says changes."""

    changed = Signal(object)
    """The new LockState."""

    def __init__(self, store_read_only: Callable[[], bool], parent: QObject | None = None) -> None:
        """`store_read_only` is asked at every update: a store opened quickly for the first
        paint is known to be read-only only once it is fully open."""
        super().__init__(parent)
        self._store_read_only = store_read_only
        self._state = LockState(store_read_only=store_read_only())

    @property
    def state(self) -> LockState:
        return self._state

    def show(self, story: Story | None, claimed_by: str | None) -> None:
        """A story opened (or its claim changed): its status and who else holds it."""
        self._set(
            replace(
                self._state,
                store_read_only=self._store_read_only(),
                story_id=story.id if story is not None else None,
                has_story=story is not None,
                status=story.status if story is not None else None,
                claimed_by=claimed_by if story is not None else None,
            )
        )

    def follow(self, story: Story | None) -> None:
        """The story was saved (its status may have changed): the claim stays with it."""
        same = story is not None and story.id == self._state.story_id
        self.show(story, self._state.claimed_by if same else None)

    def _set(self, state: LockState) -> None:
        before, self._state = self._state, state
        if state._compared() != before._compared():
            self.changed.emit(state)
