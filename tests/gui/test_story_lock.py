"""One lock for the open story's text and credits, said only when it changes (story_lock)."""

from __future__ import annotations

import pytest

from app.core.model import Credit, CreditRole, Story, StoryStatus
from app.gui.story_lock import LockState, StoryLock, lock_label, lock_reason
from tests.gui.conftest import add_story, open_story

BODY = "The council voted 7-2 on Tuesday, said Mayor Ana Ruiz.\n"
CREDITS = (Credit(CreditRole.BYLINE, "Ida Marrow"),)
"""Publishing passes the export gate, which refuses a story with no credit."""


@pytest.mark.parametrize(
    ("state", "said", "locked"),
    [
        (LockState(), None, False),
        (LockState(store_read_only=True), None, True),  # no story: nothing to explain
        (LockState(has_story=True, status=StoryStatus.EDITING), None, False),
        (LockState(store_read_only=True, has_story=True), "Read-only store", True),
        (LockState(has_story=True, status=StoryStatus.PUBLISHED), "Published", True),
        (LockState(has_story=True, status=StoryStatus.KILLED), "Killed", True),
        (LockState(has_story=True, claimed_by="ben"), "Claimed: ben has claimed", True),
        # a published story claimed by someone: publication is what the desk must act on
        (
            LockState(has_story=True, status=StoryStatus.PUBLISHED, claimed_by="ben"),
            "Published",
            True,
        ),
    ],
)
def test_one_function_says_why_the_story_is_locked(
    state: LockState, said: str | None, locked: bool
) -> None:
    reason = lock_reason(state)
    assert (reason is None) if said is None else reason.startswith(said)
    assert state.text_locked() is locked


def test_the_lock_says_so_only_when_it_changes(qtbot) -> None:
    store_read_only = [False]
    lock = StoryLock(lambda: store_read_only[0])
    seen: list[LockState] = []
    lock.changed.connect(seen.append)
    draft = Story(id=1, headline="Draft", status=StoryStatus.EDITING)
    lock.show(draft, None)  # editable, as with no story: nothing on screen changes
    lock.follow(draft)  # saved: nothing changed
    lock.show(Story(id=2, headline="Another draft"), None)  # open the same way
    assert seen == []
    lock.show(Story(id=2, headline="Another draft"), "ben")
    lock.follow(Story(id=2, headline="Saved again"))  # the claim stays with its story
    assert [(s.claimed_by, s.text_locked()) for s in seen] == [("ben", True)]
    lock.follow(Story(id=3, headline="A third"))  # another story: not the claim
    assert [(s.claimed_by, s.text_locked()) for s in seen] == [("ben", True), (None, False)]
    store_read_only[0] = True  # the full store opened read-only after the first paint
    lock.follow(Story(id=3, headline="A third"))
    assert seen[-1].text_locked() and lock_reason(lock.state).startswith("Read-only store")


def test_saving_an_open_story_does_not_relock_its_credits(qtbot, window, desk, monkeypatch):
    """Each save set the editor read-only again, whose signal re-locked the credits panel:
    work at every autosave, for a state that had not changed."""
    open_story(window, add_story(desk, body=BODY))
    relocked: list = []
    monkeypatch.setattr(window.credits, "set_locked", relocked.append)
    editable: list = []
    window.editor.editable_changed.connect(editable.append)
    text = window.editor.text_edit
    for word in (" One.", " Two.", " Three."):
        text.moveCursor(text.textCursor().MoveOperation.End)
        text.insertPlainText(word)
        window.autosaver.save("autosave")
    assert desk.get_story(window.editor.story().id).body.rstrip().endswith("Three.")
    assert relocked == [] and editable == []


def test_publishing_locks_text_and_credits_together_with_the_reason(qtbot, window, desk):
    story = add_story(desk, body=BODY, status=StoryStatus.READY, credits=CREDITS)
    open_story(window, story)
    assert window.credits.locked() is None and window.credits.add_button.isEnabled()
    status = window.editor.metadata.status
    status.setCurrentIndex(status.findData(str(StoryStatus.PUBLISHED)))
    status.activated.emit(status.currentIndex())
    window.autosaver.save("save")
    assert window.editor.text_edit.isReadOnly()
    assert window.credits.locked().startswith("Published")
    assert not window.credits.add_button.isEnabled()
    assert window.credits.add_button.toolTip() == lock_reason(window.lock.state)
    assert not window.actions.bold.isEnabled()


@pytest.mark.parametrize(
    ("state", "label"),
    [
        (LockState(), None),
        (LockState(has_story=True, status=StoryStatus.READY), None),
        (LockState(store_read_only=True), "Read-only store"),  # with no story open too
        (LockState(store_read_only=True, has_story=True), "Read-only store"),
        (LockState(has_story=True, status=StoryStatus.PUBLISHED), "Read-only: published"),
        (LockState(has_story=True, status=StoryStatus.KILLED), "Read-only: killed"),
        (LockState(has_story=True, claimed_by="ben"), "Read-only: claimed by ben"),
    ],
)
def test_the_status_bars_label_names_the_current_reason(state: LockState, label) -> None:
    assert lock_label(state) == label


def test_the_status_bar_follows_the_lock_and_drops_the_label_when_it_lifts(qtbot, window, desk):
    """The status bar said "(read-only)" once, for a read-only store, and nothing when a
    published story locked the text."""
    draft = add_story(desk, headline="Draft", body=BODY)
    story = add_story(desk, body=BODY, status=StoryStatus.READY, credits=CREDITS)
    open_story(window, story)
    label = window.status.lock
    assert not label.isVisibleTo(window) and window.status.database.text() == desk.info.display_name
    status = window.editor.metadata.status
    status.setCurrentIndex(status.findData(str(StoryStatus.PUBLISHED)))
    status.activated.emit(status.currentIndex())
    window.autosaver.save("save")
    assert label.isVisibleTo(window) and label.text() == "Read-only: published"
    assert label.toolTip().startswith("Published: readers saw")
    open_story(window, desk.get_story(draft.id))
    assert not label.isVisibleTo(window)
