"""The correction, update and kill dialog from the keyboard: Ctrl+Return confirms a note."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.core.model import PublicationKind
from app.gui.dialogs.amend_dialog import AmendDialog


def test_ctrl_return_opens_the_correction_once_a_note_is_typed(qtbot) -> None:
    seen: dict[str, bool] = {}

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        seen["open_while_empty"] = dialog.isVisible()
        qtbot.keyClicks(dialog.text, "The range was 300 km, not 306.")
        qtbot.keyClick(dialog.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():  # the fault: only Tab to the button or the mouse confirmed
            seen["left_open"] = True
            dialog.reject()

    QTimer.singleShot(0, act)
    note = AmendDialog.ask(None, PublicationKind.CORRECTION, "Ferry strike ends")
    assert seen["open_while_empty"], "no empty note is sent"
    assert "left_open" not in seen and note == "The range was 300 km, not 306."
