"""Accepting a suggestion changes the text by the suggestion and nothing else, even in a story
that was pasted in with blank lines, indents and a trailing line break (the store keeps no
empty paragraph and no space at a paragraph's edge: the editor shows it that way at once)."""

from __future__ import annotations

import difflib

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from tests.gui.conftest import add_story
from tests.gui.review.editing import caret_after, open_by_id

PASTED = (
    "Ferry back on the water\n\n"
    "The island ferry sailed again on Tuesday, two days after the storm.\n\n\n"
    "## Repairs\n\n"
    "Crews worked overnight on the ramp.\n"
    "   The pier lights came back too.   \n\n"
    "- a new ramp\n"
    "- new lights\n\n\n\n"
    "Tickets stay at the old price.\n"
)


def _paste_plain(text_edit, text: str) -> None:
    mime = QMimeData()
    mime.setText(text)
    text_edit.insertFromMimeData(mime)


def test_accepting_changes_only_the_suggestion_in_a_pasted_story(qtbot, window, desk) -> None:
    story = add_story(desk, "Ferry", "Placeholder.\n")
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    text.selectAll()
    _paste_plain(text, PASTED)
    window.actions.save.trigger()
    saved = desk.get_story(story.id).body

    window.actions.suggest_edits.setChecked(True)
    caret_after(window, "two days")
    qtbot.keyClicks(text, " later")
    window.actions.save.trigger()
    shown, counted = text.toPlainText(), window.editor.counts()

    window.review.accept_all.click()
    assert window.status.currentMessage() == "Accepted 1 suggestion."
    assert text.toPlainText() == shown  # no blank line or indent went with it
    assert window.editor.counts() == counted
    accepted = desk.get_story(story.id).body
    changed = [d for d in difflib.ndiff(saved.splitlines(), accepted.splitlines())
               if d[0] in "+-"]  # fmt: skip
    assert changed == [
        "- The island ferry sailed again on Tuesday, two days after the storm.",
        "+ The island ferry sailed again on Tuesday, two days later after the storm.",
    ]


def test_the_character_count_does_not_move_when_the_story_is_shown_again(
    qtbot, window, desk
) -> None:
    """A blank line typed with Enter, or a suggestion in the text, used to count one more
    character than the same story counted after saving and opening it again."""
    story = add_story(desk, "Ferry", "The ferry sailed.\n\nTickets stay the same.\n")
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    caret_after(window, "sailed.")
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClick(text, Qt.Key.Key_Return)
    window.actions.suggest_edits.setChecked(True)
    qtbot.keyClicks(text, "Again")
    typed = window.editor.counts()
    window.actions.save.trigger()
    window.autosaver.open(desk.get_story(story.id))  # shown again from the store
    assert "\n\n" not in text.toPlainText()  # the empty paragraph is not stored
    reader = "The ferry sailed.\nAgain\nTickets stay the same."
    assert window.editor.counts() == typed == (8, len(reader))


def test_a_plain_paste_mid_sentence_keeps_its_spaces(qtbot, window, desk) -> None:
    story = add_story(desk, "Ferry", "The ferry sailed.\n")
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    caret_after(window, "The ")
    _paste_plain(text, "island ")
    assert text.toPlainText() == "The island ferry sailed."  # not at a paragraph's edge: kept
    caret_after(window, "sailed.")
    _paste_plain(text, "  On time.\n\n")
    assert text.toPlainText() == "The island ferry sailed.  On time."


def test_a_suggested_paste_keeps_no_blank_line(qtbot, window, desk) -> None:
    story = add_story(desk, "Ferry", "The ferry sailed.\n")
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)
    caret_after(window, "sailed.")
    QGuiApplication.clipboard().setText(" Late.\n\n\n   Tickets stay the same.\n\n")
    qtbot.keyClick(text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert text.toPlainText() == "The ferry sailed. Late.\nTickets stay the same."
    window.review.accept_all.click()
    assert text.toPlainText() == "The ferry sailed. Late.\nTickets stay the same."
