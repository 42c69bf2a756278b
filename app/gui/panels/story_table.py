"""The story list's table view: Delete and Paste are requests to the panel, not cell edits."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView

_ENDS = (QAbstractItemView.CursorAction.MoveHome, QAbstractItemView.CursorAction.MoveEnd)


class StoryTable(QTableView):
    """The list's table: Delete and Paste are requests to the panel, not cell edits."""

    delete_pressed = Signal()
    paste_pressed = Signal()
    resized = Signal()

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()  # also when a scroll bar comes or goes
        return handled

    def event(self, event: QEvent) -> bool:
        # Claim Delete and Paste before window-wide shortcuts of other panels can take them.
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Delete)  # type: ignore[attr-defined]
            or event.matches(QKeySequence.StandardKey.Paste)  # type: ignore[attr-defined]
        ):
            event.accept()
            return True
        return super().event(event)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the first and last story: rows are what the list selects, and
        Qt's table moved to the first or last column of the same story."""
        if cursorAction in _ENDS:
            modifiers = modifiers | Qt.KeyboardModifier.ControlModifier
        return super().moveCursor(cursorAction, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_pressed.emit()
        else:
            super().keyPressEvent(event)
