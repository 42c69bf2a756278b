"""Typographic quotes and apostrophes as you type, undoable with one Ctrl+Z (issue 15)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.config import Preferences
from app.core.typography import QUOTE_STYLES
from app.gui.panels.editor import EditorPanel
from tests.gui.conftest import add_story


def _editor(qtbot, desk, body: str = "Opening paragraph.\n") -> EditorPanel:
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_story(add_story(desk, body=body))
    editor.show()
    text = editor.text_edit
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    return editor


def _paragraph(editor: EditorPanel) -> str:
    return editor.text_edit.textCursor().block().text()


def test_quotes_and_apostrophes_become_curly_as_typed(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    text = editor.text_edit
    qtbot.keyClick(text, Qt.Key.Key_Return)
    qtbot.keyClicks(text, "She said, \"We don't know 'why' yet.\"")
    assert _paragraph(editor) == "She said, “We don’t know ‘why’ yet.”"
    assert "“We don’t know ‘why’ yet.”" in editor.markdown()


def test_one_ctrl_z_puts_the_straight_quote_back(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    text = editor.text_edit
    qtbot.keyClicks(text, " He said ")
    qtbot.keyClicks(text, '"')
    assert _paragraph(editor).endswith("He said “")
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _paragraph(editor).endswith('He said "'), "the conversion alone is undone"
    qtbot.keyClicks(text, "hi")
    assert _paragraph(editor).endswith('He said "hi'), "and it stays straight"


def test_code_spans_keep_straight_quotes(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    text = editor.text_edit
    qtbot.keyClicks(text, ' Type `print("hi")` then "go"')
    assert _paragraph(editor).endswith(' Type `print("hi")` then “go”')


def test_house_style_decides_the_marks(qtbot, desk, monkeypatch) -> None:
    Preferences(smart_quotes="german").save()
    editor = _editor(qtbot, desk)
    qtbot.keyClicks(editor.text_edit, ' Er sagte "ja"')
    assert _paragraph(editor).endswith("Er sagte „ja“")
    editor.smart_quotes.set_style(QUOTE_STYLES["straight"])
    qtbot.keyClicks(editor.text_edit, ' and "no"')
    assert _paragraph(editor).endswith('and "no"')


def test_read_only_and_shortcuts_are_left_alone(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    editor.set_read_only(True)
    before = editor.text_edit.toPlainText()
    qtbot.keyClicks(editor.text_edit, '"')
    assert editor.text_edit.toPlainText() == before


def test_a_typed_quote_changes_the_text_once(qtbot, desk) -> None:
    """The house style's mark goes in as one edit (no straight mark first, then its
    replacement): each edit lays out the rest of a long story again."""
    editor = _editor(qtbot, desk)
    text = editor.text_edit
    qtbot.keyClicks(text, " He said ")
    changes: list[tuple[int, int, int]] = []
    text.document().contentsChange.connect(lambda *change: changes.append(change))
    qtbot.keyClicks(text, '"')
    assert _paragraph(editor).endswith("He said “")
    assert len(changes) == 1 and changes[0][1:] == (0, 1), changes


def test_undo_and_redo_step_through_a_quote(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    text = editor.text_edit
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(text, " He said ")
    qtbot.keyClicks(text, '"')
    qtbot.keyClicks(text, "hi")
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    assert _paragraph(editor).endswith('He said "'), "the conversion, with what was typed after"
    before_caret = _paragraph(editor)[: text.textCursor().positionInBlock()]
    assert before_caret.endswith('"')
    qtbot.keyClick(text, Qt.Key.Key_Y, ctrl)
    assert _paragraph(editor).endswith("He said “hi"), "Redo brings it all back"
    editor.undo()  # Edit > Undo does what Ctrl+Z does
    assert _paragraph(editor).endswith('He said "')
    editor.redo()
    assert _paragraph(editor).endswith("He said “hi")
    editor.undo()
    assert _paragraph(editor).endswith('He said "')
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    assert _paragraph(editor).endswith("He said "), "then the mark itself"
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    assert _paragraph(editor) == "Opening paragraph.", "and the typing before it"


def test_backspace_after_a_quote_is_undone_before_the_conversion(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    text = editor.text_edit
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(text, ' "hi')
    qtbot.keyClick(text, Qt.Key.Key_Backspace)
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    assert _paragraph(editor).endswith(" “hi")
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    assert _paragraph(editor).endswith(' "')


def test_a_quote_undone_after_more_edits_is_not_touched_by_a_later_undo(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    text = editor.text_edit
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClicks(text, ' "')
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)  # the straight mark back
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)  # and gone
    qtbot.keyClicks(text, " x")  # new history where the quote was
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    assert "“" not in text.toPlainText() and '"' not in text.toPlainText()


def test_typing_a_quote_over_a_selection_converts_it(qtbot, desk) -> None:
    editor = _editor(qtbot, desk, "He said yes.\n")
    text = editor.text_edit
    cursor = text.textCursor()
    cursor.setPosition(len("He said "))
    cursor.setPosition(len("He said yes"), cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, '"ok"')
    assert _paragraph(editor) == "He said “ok”."
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _paragraph(editor) == 'He said “ok".'


def test_a_read_only_story_keeps_its_quote_on_undo(qtbot, desk) -> None:
    editor = _editor(qtbot, desk)
    qtbot.keyClicks(editor.text_edit, ' "')
    editor.set_read_only(True)  # the story was locked meanwhile
    qtbot.keyClick(editor.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _paragraph(editor).endswith(" “")
