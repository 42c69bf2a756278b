"""What the editor shows does not jump when the story is saved and shown again: it holds no
paragraph the store drops, and a reload keeps the caret on the same words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.gui.conftest import add_story, open_story
from tests.gui.review.editing import caret_after


def _blocks(window) -> list[str]:
    doc = window.editor.text_edit.document()
    return [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())]


def _type_at_end(qtbot, window, keys: list) -> None:
    text = window.editor.text_edit
    text.setFocus()
    text.moveCursor(QTextCursor.MoveOperation.End)
    for key in keys:
        if isinstance(key, str):
            qtbot.keyClicks(text, key)
        else:
            qtbot.keyClick(text, key)


def test_enter_twice_shows_what_the_saved_story_shows(qtbot, window, desk) -> None:
    """Enter twice showed a blank line; the store keeps no empty paragraph, so reopening
    the story (or any reload) took it away and the text below moved up."""
    story = add_story(desk, body="The pier reopened on Friday.\n")
    other = add_story(desk, "Another story", body="Elsewhere.\n")
    open_story(window, story)
    enter = Qt.Key.Key_Return
    _type_at_end(qtbot, window, [enter, enter, enter, "Crews cheered.", enter, enter])
    window.autosaver.save("autosave")
    shown = _blocks(window)
    assert shown == ["The pier reopened on Friday.", "Crews cheered.", ""]
    caret = window.editor.text_edit.textCursor()
    assert caret.block().text() == "" and caret.atEnd(), "the caret waits on its new line"
    qtbot.keyClicks(window.editor.text_edit, "Ferries ran late.")
    window.autosaver.switch_to(other.id)
    window.autosaver.switch_to(story.id)
    assert _blocks(window) == ["The pier reopened on Friday.", "Crews cheered.",
                               "Ferries ran late."]  # fmt: skip


def test_enter_at_the_start_of_text_after_a_blank_line_adds_no_second_one(
    qtbot, window, desk
) -> None:
    open_story(window, add_story(desk, body="One.\n\nTwo.\n"))
    text = window.editor.text_edit
    text.setFocus()
    caret_after(window, "One.")
    qtbot.keyClick(text, Qt.Key.Key_Return)  # a new paragraph to type in: allowed
    qtbot.keyClick(text, Qt.Key.Key_Down)  # to the start of "Two."
    qtbot.keyClick(text, Qt.Key.Key_Home)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    assert _blocks(window) == ["One.", "", "Two."]


def test_an_empty_list_item_still_ends_the_list(qtbot, window, desk) -> None:
    open_story(window, add_story(desk, body="- first\n- second\n"))
    _type_at_end(qtbot, window, [Qt.Key.Key_Return, Qt.Key.Key_Return, "After the list."])
    window.autosaver.save("save")
    assert (
        desk.get_story(window.editor.story().id)
        .body.strip()
        .endswith("- second\n\nAfter the list.")
    )


def test_accepting_a_suggestion_keeps_the_caret_on_its_word(qtbot, window, desk) -> None:
    """After accepting, the caret went back to the same position in the document: a struck
    word (or a blank line) before it had gone, so it landed words further on."""
    story = add_story(desk, body="The council voted on Tuesday.\n\nCrews cheered the vote.\n")
    open_story(window, story)
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)
    caret_after(window, "council ")
    qtbot.keyClicks(text, "narrowly ")  # an insertion...
    cursor = text.textCursor()
    start = text.toPlainText().index("voted")
    cursor.setPosition(start)
    cursor.setPosition(start + len("voted "), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    qtbot.keyClick(text, Qt.Key.Key_Delete)  # ...and a deletion, before the caret's word
    window.actions.suggest_edits.setChecked(False)
    caret_after(window, "Crews ")
    window.actions.accept_all.trigger()
    assert "voted" not in window.editor.markdown()
    caret = text.textCursor()
    after = caret.block().text()[caret.positionInBlock() :]
    assert after == "cheered the vote."
