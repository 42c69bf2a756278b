"""Comments in the window: pinned to a selection, threaded, resolved; anchors survive edits
around them and say so when their text is deleted. The list's Needs attention filter and count,
and moving to Ready with things open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.core.model import StoryStatus
from app.gui.models.story_table_model import StoryColumn, StoryRole
from app.gui.review.dialogs import CommentDialog, ReasonDialog
from tests.gui.conftest import add_story
from tests.gui.review.editing import open_by_id, select

BODY = (
    'The council voted 7-2 on Tuesday. "We have no choice," said Mayor Ana Ruiz.\n\n'
    "Residents packed the hall for the vote.\n"
)


@pytest.fixture
def answers(monkeypatch) -> list[str]:
    """What the comment and reason dialogs answer, in order."""
    queue: list[str] = []
    monkeypatch.setattr(CommentDialog, "ask", classmethod(lambda cls, *a, **k: queue.pop(0)))
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: queue.pop(0)))
    return queue


def _anchor_text(window, number: int) -> str:
    start, end = window.reviewing.comment_range(number)
    return window.editor.text_edit.toPlainText()[start:end]


def test_comments_survive_edits_around_their_anchors(qtbot, window, desk, answers) -> None:
    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    desk.user = "ana"
    select(window, "Mayor Ana Ruiz")
    answers.append("Is she still mayor?")
    window.actions.add_comment.trigger()
    (comment,) = desk.comments(story.id)
    assert (comment.author, comment.text, comment.anchor_text) == (
        "ana",
        "Is she still mayor?",
        "Mayor Ana Ruiz",
    )
    assert window.review.open_counts() == (0, 1)

    text = window.editor.text_edit
    cursor = text.textCursor()
    cursor.setPosition(0)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, "Late on Tuesday, ")  # before the anchor
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, " It was close.")  # after it
    assert _anchor_text(window, comment.id) == "Mayor Ana Ruiz"  # followed live
    window.actions.save.trigger()
    stored = desk.comments(story.id)[0]
    assert not stored.detached and stored.anchor_text == "Mayor Ana Ruiz"
    markup = desk.get_story(story.id).markup
    assert markup[stored.start : stored.end] == "Mayor Ana Ruiz"

    desk.user = "ben"
    window.review.select_item("comment", comment.id)
    assert text.textCursor().selectedText() == "Mayor Ana Ruiz"
    answers.append("Yes, re-elected in May")
    window.review.reply_button.click()
    assert [r.author for r in desk.comments(story.id)[0].replies] == ["ben"]

    select(window, " said Mayor Ana Ruiz")
    qtbot.keyClick(text, Qt.Key.Key_Delete)  # the commented words go
    window.actions.save.trigger()
    gone = desk.comments(story.id)[0]
    assert gone.detached and gone.anchor_text == "Mayor Ana Ruiz"
    items = [
        window.review.tree.topLevelItem(0).child(i).text(0)
        for i in range(window.review.tree.topLevelItem(0).childCount())
    ]
    assert any("its text was deleted" in item for item in items)

    window.review.select_item("comment", comment.id)
    window.review.resolve_button.click()
    assert desk.comments(story.id)[0].resolved
    assert window.review.open_counts() == (0, 0)


def test_needs_attention_filter_and_the_open_count(qtbot, window, desk) -> None:
    quiet = add_story(desk, "Quiet story", "Nothing to discuss here.\n")
    busy = add_story(desk, "Busy story", BODY)
    desk.comment_on(busy.id, "hall", "Which hall?")
    desk.suggest(busy.id, "7-2", "8-1")
    window.story_list.refresh()
    model = window.story_list.model
    rows = {
        model.index(r, StoryColumn.HEADLINE).data(): model.index(r, StoryColumn.OPEN).data()
        for r in range(model.rowCount())
    }
    assert rows == {"Busy story": "2", "Quiet story": ""}
    combo = window.story_list.status_filter
    combo.setCurrentIndex(combo.findText("Needs attention"))
    combo.activated.emit(combo.currentIndex())
    assert [model.index(r, 0).data(StoryRole.ID) for r in range(model.rowCount())] == [busy.id]
    assert quiet.id not in [model.index(r, 0).data(StoryRole.ID) for r in range(model.rowCount())]


def test_ready_with_things_open_asks_a_reason_and_records_it(qtbot, window, desk, answers) -> None:
    story = add_story(desk, "Council vote", BODY)
    desk.comment_on(story.id, "hall", "Which hall?")
    open_by_id(qtbot, window, story.id)
    desk.user = "chief"
    combo = window.editor.metadata.status

    def choose_ready() -> None:
        combo.setCurrentIndex(combo.findData("ready"))
        combo.activated.emit(combo.currentIndex())

    answers.append("")  # cancelled: nothing moves
    choose_ready()
    assert desk.get_story(story.id).status is StoryStatus.DRAFT
    assert combo.currentData() == "draft"
    answers.append("The hall is named in the second edition")
    choose_ready()
    assert desk.get_story(story.id).status is StoryStatus.READY
    assert window.status.currentMessage() == "Moved to Ready (reason recorded)."  # not "ready"
    last = desk.status_history(story.id)[-1]
    assert (last.changed_by, last.reason) == ("chief", "The hall is named in the second edition")


def test_with_no_story_open_the_review_dock_says_so_and_offers_nothing(
    qtbot, window, desk, monkeypatch
) -> None:
    """Round 28: with no story open the dock read "Nothing open: no suggestions, no unresolved
    comments." (a story's state) and "Show resolved" stayed clickable."""
    from app.gui.dialogs.confirm import ConfirmDialog

    panel = window.reviewing.panel
    assert panel.summary.text() == "No story open."
    assert not panel.show_resolved.isEnabled() and not panel.comment_button.isEnabled()
    story = add_story(desk, body=BODY)
    open_by_id(qtbot, window, story.id)
    assert panel.summary.text().startswith("Nothing open")
    assert panel.show_resolved.isEnabled() and panel.comment_button.isEnabled()
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    window.story_list.select_story(story.id)
    assert window.story_list.delete_current()
    assert window.editor.story() is None
    assert panel.summary.text() == "No story open."
    assert not panel.show_resolved.isEnabled() and not panel.comment_button.isEnabled()


def test_go_to_review_lands_on_an_item_reply_and_resolve_can_act_on(
    qtbot, window, desk, answers
) -> None:
    """Ctrl+4 left the list on nothing; the first Down went to the "Comments (1)" heading,
    where Reply and Resolve are grey: the keyboard took two steps to reach the comment."""
    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    select(window, "Mayor Ana Ruiz")
    answers.append("Is she still mayor?")
    window.actions.add_comment.trigger()
    panel = window.review
    panel.tree.setCurrentItem(None)
    window.actions.focus_review.trigger()
    assert panel.current() is not None and panel.current().comment.text == "Is she still mayor?"
    assert panel.reply_button.isEnabled() and panel.resolve_button.isEnabled()
    answers.append("Yes, until May.")
    panel.reply_button.click()
    panel.resolve_button.click()
    (comment,) = desk.comments(story.id)
    assert comment.resolved and [r.text for r in comment.replies] == ["Yes, until May."]


def test_a_comment_after_a_save_elsewhere_lands_on_their_text(
    qtbot, window, desk, answers, sqlite_url
) -> None:
    """A comment typed after another workstation saved the story was lost, under a message
    about "your text" offering choices nobody gave: it goes on the same words in their text."""
    from app.core.services import Desk

    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    other = Desk.open(sqlite_url, user="ben")
    try:
        theirs = other.get_story(story.id)
        other.save_story(theirs.with_changes(body="Late news. " + theirs.body), theirs.version)
    finally:
        other.close()
    select(window, "Mayor Ana Ruiz")
    answers.append("Is she still mayor?")
    window.actions.add_comment.trigger()
    (comment,) = desk.comments(story.id)
    assert (comment.text, comment.anchor_text) == ("Is she still mayor?", "Mayor Ana Ruiz")
    assert window.editor.text_edit.toPlainText().startswith("Late news.")
    assert _anchor_text(window, comment.id) == "Mayor Ana Ruiz"
    assert "ben saved this story meanwhile" in window.status.currentMessage()
    assert window.review.open_counts() == (0, 1)


def test_a_comment_on_words_their_save_took_out_is_said_back(
    qtbot, window, desk, answers, sqlite_url
) -> None:
    from app.core.services import Desk

    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    other = Desk.open(sqlite_url, user="ben")
    try:
        theirs = other.get_story(story.id)
        cut = theirs.body.replace("said Mayor Ana Ruiz", "said the mayor")
        assert cut != theirs.body
        other.save_story(theirs.with_changes(body=cut), theirs.version)
    finally:
        other.close()
    select(window, "Mayor Ana Ruiz")
    answers.append("Is she still mayor?")
    window.actions.add_comment.trigger()
    assert desk.comments(story.id) == []
    message = window.status.currentMessage()
    assert "select them again" in message and "“Is she still mayor?”" in message
