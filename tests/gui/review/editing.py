"""Steps the review tests share: open a story in the window, select words, put the caret."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor


def open_by_id(qtbot, window, story_id: int) -> None:
    """Open the story as the list would, and wait until the editor holds it."""
    window.story_list.refresh(story_id)
    window.autosaver.switch_to(story_id)
    qtbot.waitUntil(lambda: window.editor.story() is not None)


def select(window, words: str) -> None:
    """Select the first occurrence of `words` in the editor, as a user's drag would."""
    text = window.editor.text_edit
    start = text.toPlainText().index(words)
    cursor = text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)


def caret_after(window, words: str) -> None:
    """Put the caret right after the first occurrence of `words`."""
    text = window.editor.text_edit
    cursor = text.textCursor()
    cursor.setPosition(text.toPlainText().index(words) + len(words))
    text.setTextCursor(cursor)
