"""A second workstation saves first: the conflict dialog decides, nothing is overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser

from app.core.services import Desk
from app.gui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from tests.gui.conftest import add_story


@pytest.fixture
def other_desk(sqlite_url: str):
    other = Desk.open(sqlite_url, user="colleague")
    yield other
    other.close()


def _edit_while_colleague_saves(qtbot, window, desk, other_desk):
    story = add_story(desk)
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    theirs = other_desk.get_story(story.id)
    other_desk.save_story(theirs.with_changes(body=theirs.body + "\nTheir paragraph.\n"),
                          theirs.version, reason="save", analyse=False)
    text = window.editor.text_edit
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " My sentence.")
    return story


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_conflict_dialog_is_offered_and_obeyed(
    qtbot, window, desk, other_desk, monkeypatch, choice
) -> None:
    seen: list = []

    def fake_ask(cls, parent, mine, theirs, error):
        seen.append((mine.body, theirs.body, error.saved_by))
        return choice

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(fake_ask))
    story = _edit_while_colleague_saves(qtbot, window, desk, other_desk)
    window.actions.save.trigger()
    assert seen, "the conflict dialog was not offered"
    mine, theirs, who = seen[0]
    assert "My sentence." in mine and "Their paragraph." in theirs and who == "colleague"
    stored = desk.get_story(story.id).body
    if choice is ConflictChoice.KEEP_MINE:
        assert "My sentence." in stored
        reasons = [r.reason for r in desk.revisions(story.id)]
        assert "conflict" in reasons and "save" in reasons  # theirs stays in the history
    else:
        assert "Their paragraph." in stored and "My sentence." not in stored
        assert "Their paragraph." in window.editor.text_edit.toPlainText()
    if choice is ConflictChoice.COPY_ASIDE:
        copies = [s for s in desk.list_stories() if s.headline.endswith("(my copy)")]
        assert len(copies) == 1
        assert "My sentence." in desk.get_story(copies[0].id).body


def test_deciding_later_keeps_my_text_and_stops_autosave(
    qtbot, window, desk, other_desk, monkeypatch
) -> None:
    calls: list = []
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda *a: calls.append(a)))
    _edit_while_colleague_saves(qtbot, window, desk, other_desk)
    window.autosaver.save("autosave")
    window.autosaver.save("autosave")
    assert len(calls) == 1  # not asked again and again while the user thinks
    assert "My sentence." in window.editor.text_edit.toPlainText()
    assert window.editor.is_modified()


def test_conflict_dialog_shows_both_versions_and_a_diff(qtbot, desk, other_desk) -> None:
    from app.core.errors import ConflictError

    story = add_story(desk)
    mine = story.with_changes(body="The council voted 7-2 today.")
    theirs = story.with_changes(body="The council voted 6-3 on Tuesday.")
    error = ConflictError(story.slug, "colleague", None, 3, 2, mine.body)
    dialog = ConflictDialog(None, mine, theirs, error)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "colleague" in labels and "version 3" in labels
    views = {v.accessibleName(): v.toPlainText() for v in dialog.findChildren(QPlainTextEdit)}
    assert "7-2" in views["Your version"] and "6-3" in views["Their version"]
    diff = dialog.findChildren(QTextBrowser)[0]
    assert diff.toPlainText() == "The council voted 67-32 on Tuesdaytoday."
    assert "line-through" in diff.toHtml()
    dialog.copy_button.click()
    assert dialog.choice is ConflictChoice.COPY_ASIDE
