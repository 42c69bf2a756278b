"""The credits panel's paste box: one line while empty, as many as its text wraps to (up to 3).

Return makes a new line (a credit block may come as several lines); Ctrl+Return adds the
rows, so the keyboard does not have to Tab to the button.

An empty box takes one line from the credits table, not two; a pasted credit line is read
whole before Add rows. It fits itself whenever its text or its width changes: counted only on
a change of text, a line typed in a narrow dock kept three lines' height after the dock was
widened.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

PASTE_LINES = 3
"""The paste box is one line tall while empty and grows to this many lines for what is in it."""


class PasteBox(QPlainTextEdit):
    """A plain-text box whose height follows the lines its text wraps to."""

    submitted = Signal()
    """Ctrl+Return: the user is done with the line (the panel adds its rows)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.textChanged.connect(self.fit)
        self.fit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            # The text wraps anew once the viewport has its width: fit after that.
            QTimer.singleShot(0, self, self.fit)

    def fit(self) -> None:
        """As many lines as the text wraps to (1 to PASTE_LINES)."""
        lines = 1
        if self.toPlainText():
            layout = self.document().documentLayout()
            lines = max(1, min(PASTE_LINES, round(layout.documentSize().height())))
        frame = 2 * self.frameWidth() + 2 * int(self.document().documentMargin())
        height = self.fontMetrics().lineSpacing() * lines + frame + 2
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)
