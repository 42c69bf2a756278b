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
        return self.store_read_only or lock_reason(self) is not None

    def review_locked(self) -> bool:
        """Comments stay open on published text; only the store or a claim closes them."""
        return self.store_read_only or self.claimed_by is not None

    def _compared(self) -> tuple[bool, str | None]:
        """What the lock does and says: opening another story locked the same way (or a
        draft becoming ready) changes nothing on screen."""
        return (self.text_locked(), lock_reason(self))


def lock_reason(state: LockState) -> str | None:
    """Why the open story (its text and its credits) cannot change, in the words its
    controls show; None when it can, or when no story is open."""
    if not state.has_story:
        return None
    if state.store_read_only:
        return "Read-only store: the credits cannot be changed from this window."
    if state.status is StoryStatus.PUBLISHED:
        return "Published: readers saw these credits. Story → Correct… or Update… reopens them."
    if state.status is StoryStatus.KILLED:
        return "Killed: the story is withdrawn for good; its credits stay as they are."
    if state.claimed_by is not None:
        return (
            f"Claimed: {state.claimed_by} has claimed this story; take it over to change "
            "its credits."
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

    def reason(self) -> str | None:
        return lock_reason(self._state)

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
