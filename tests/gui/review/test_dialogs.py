"""The comment and reason dialogs from the keyboard: type, Tab to the buttons, Ctrl+Return."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from app.gui.review.dialogs import CommentDialog, ReasonDialog


def _while_open(qtbot, act) -> None:
    """Run `act(dialog)` once the modal dialog is showing (ask() blocks in exec)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "the dialog is open"
        act(dialog)

    QTimer.singleShot(0, run)


def test_ctrl_return_sends_a_comment_typed_from_the_keyboard(qtbot) -> None:
    seen: dict[str, object] = {}

    def act(dialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClicks(dialog.text, "Which officials?")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Tab)
        seen["focus"] = dialog.focusWidget()
        seen["text"] = dialog.text.toPlainText()
        dialog.text.setFocus()
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():  # the fault: nothing sent it; close so the test ends
            seen["left_open"] = True
            dialog.reject()

    _while_open(qtbot, act)
    answer = CommentDialog.ask(None, "strikes deep into")
    assert seen["text"] == "Which officials?", "Tab typed no tab character into the comment"
    assert isinstance(seen["focus"], QAbstractButton), "Tab went on to the buttons"
    assert "left_open" not in seen and answer == "Which officials?"


def test_ctrl_return_does_nothing_while_the_reason_is_empty(qtbot) -> None:
    seen: dict[str, bool] = {}

    def act(dialog) -> None:
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["open"] = dialog.isVisible()
        dialog.reject()

    _while_open(qtbot, act)
    assert ReasonDialog.ask(None, "Why", "Say why") is None
    assert seen["open"], "an empty reason is not sent"
