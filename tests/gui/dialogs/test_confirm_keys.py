"""Ctrl+Return confirms the quote-note and source dialogs; Tab leaves their note boxes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication

from app.core.model import Quote, QuoteStatus, Source
from app.gui.dialogs.quote_note_dialog import QuoteNoteDialog
from app.gui.dialogs.source_dialog import SourceDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def _while_open(qtbot, act) -> None:
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        act(dialog)
        if dialog.isVisible():  # the fault: the note box kept Return and Tab
            dialog.reject()

    QTimer.singleShot(0, run)


def test_a_dispute_note_is_sent_with_ctrl_return_and_not_before(qtbot) -> None:
    seen: dict[str, object] = {}

    def act(dialog) -> None:
        dialog.note_edit.setFocus()
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)
        seen["open_while_empty"] = dialog.isVisible()  # a dispute needs its reason
        qtbot.keyClicks(dialog.note_edit, "The recording says 2019")
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Tab)
        seen["focus"] = dialog.focusWidget()
        dialog.note_edit.setFocus()
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, CTRL)

    _while_open(qtbot, act)
    quote = Quote(text="We never agreed to that", start=0, end=10, speaker="Ana Ruiz")
    note = QuoteNoteDialog.ask(None, quote, QuoteStatus.DISPUTED)
    assert seen["open_while_empty"]
    assert isinstance(seen["focus"], QAbstractButton), "Tab went on to the buttons"
    assert note == "The recording says 2019", "no tab character typed, and the note was sent"


def test_a_source_is_saved_with_ctrl_return_from_its_notes(qtbot) -> None:
    def act(dialog) -> None:
        dialog.notes_edit.setFocus()
        qtbot.keyClicks(dialog.notes_edit, "Met at the harbour")
        qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, CTRL)

    _while_open(qtbot, act)
    saved = SourceDialog.ask(None, Source(name="Olek Marsh"))
    assert saved is not None and saved.notes == "Met at the harbour"
