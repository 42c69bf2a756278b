"""The headline field: one paragraph that wraps onto up to three lines as it grows.

A one-line field cut a long headline off at 1280×800 ("Tidewater Town Weighs New Sea Wall as
Sto…", 92 characters in 350 px), and an editor must see the whole headline while writing it:
the field is one line tall for a short headline and grows a line at a time up to three (a
house limit of 110 characters fits in three at 1280×800), scrolling only beyond that. It keeps
the API of the line edit it replaces (`text`, `setText`, `textEdited`, `cursorPosition`...),
so the form, the slug follower and the autosave read it as before; Return and pasted line
breaks never make a second paragraph (a headline is one line of text, wrapped).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFontMetricsF, QKeyEvent, QKeySequence, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QFrame, QPlainTextEdit, QSizePolicy, QWidget

MAX_LINES = 3
"""Lines the field grows to before it scrolls."""


class HeadlineEdit(QPlainTextEdit):
    """A wrapping one-paragraph field with a line edit's API; `textEdited(str)` is the user's
    typing only (not `setText`), as a QLineEdit's is."""

    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setting = False
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(3)
        # contentsChange, not contentsChanged: the spelling underlines (a QSyntaxHighlighter)
        # mark the layout dirty with a change of no characters, which is no edit.
        self.document().contentsChange.connect(self._contents_changed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    # -- the line edit's API ---------------------------------------------------------------

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Set the text as a program does: no `textEdited`, the undo history starts here."""
        self._setting = True
        try:
            self.setPlainText(" ".join(text.splitlines()))
        finally:
            self._setting = False

    def cursorPosition(self) -> int:
        return self.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self.textCursor()
        cursor.setPosition(max(0, min(position, len(self.text()))))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def end(self, mark: bool) -> None:
        """To the headline's end (selecting up to it with `mark`), as QLineEdit.end does."""
        cursor = self.textCursor()
        mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
        cursor.movePosition(QTextCursor.MoveOperation.End, mode)
        self.setTextCursor(cursor)

    # -- one paragraph ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # as a line edit: no new paragraph, the key goes to the window
            return
        if self._home_or_end(event):
            return
        super().keyPressEvent(event)

    def _home_or_end(self, event: QKeyEvent) -> bool:
        """Home and End (Shift to select) go to the headline's start and end, as in the
        one-line field this replaces, not to the ends of the wrapped line the cursor is on."""
        SK = QKeySequence.StandardKey
        moves = {
            SK.MoveToStartOfLine: (QTextCursor.MoveOperation.Start, False),
            SK.MoveToEndOfLine: (QTextCursor.MoveOperation.End, False),
            SK.SelectStartOfLine: (QTextCursor.MoveOperation.Start, True),
            SK.SelectEndOfLine: (QTextCursor.MoveOperation.End, True),
        }
        for key, (operation, mark) in moves.items():
            if event.matches(key):
                cursor = self.textCursor()
                mode = QTextCursor.MoveMode.KeepAnchor if mark else QTextCursor.MoveMode.MoveAnchor
                cursor.movePosition(operation, mode)
                self.setTextCursor(cursor)
                self.ensureCursorVisible()
                return True
        return False

    def insertFromMimeData(self, source: QMimeData) -> None:
        """A pasted headline with line breaks (from a wire's two-line head) joins into one."""
        if source.hasText():
            self.textCursor().insertText(" ".join(source.text().splitlines()))
            return
        super().insertFromMimeData(source)

    def _contents_changed(self, _position: int, removed: int, added: int) -> None:
        if not self._setting and (removed or added):
            self.textEdited.emit(self.text())

    # -- as tall as its lines, up to MAX_LINES -----------------------------------------------

    def line_count(self) -> int:
        """Lines the headline wraps to at the field's width (at least one)."""
        block = self.document().firstBlock()
        lines = 0
        while block.isValid():
            layout = block.layout()
            lines += max(1, layout.lineCount() if layout is not None else 1)
            block = block.next()
        return max(1, lines)

    def height_for_lines(self, lines: int) -> int:
        """The field's height showing `lines` whole lines, with no scroll bar."""
        margins = self.contentsMargins()
        # Lines step by the font's spacing rounded up, as the layout places them; the view
        # scrolls by a line unless it has a pixel more than margins and lines.
        return (
            lines * math.ceil(QFontMetricsF(self.font()).lineSpacing())
            + 2 * round(self.document().documentMargin())
            + margins.top()
            + margins.bottom()
            + 1
        )

    def _fit(self) -> None:
        height = self.height_for_lines(min(MAX_LINES, self.line_count()))
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()
