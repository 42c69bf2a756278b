"""Smart quotes as you type: a straight quote becomes the house style's mark, undoable.

The straight mark goes in as typed (one undo step, merged with the typing before it), then
the conversion replaces it as a step of its own: Ctrl+Z right after puts the straight mark
back, as word processors do. Inside a `code span` or code-formatted text nothing changes.
The work per keystroke is a look at the character before the cursor: nothing scales with
the story's length (benchmarks/smart_quotes_bench.py prints the keystroke cost).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.core.typography import QuoteStyle, in_code_span, smart_quote, style_named

_MARKS = ("'", '"')
_KEY_PRESS = QEvent.Type.KeyPress  # looked up once: the filter sees every event of the editor
_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class SmartQuotes(QObject):
    """Installed on a QTextEdit: typed ' and " become typographic marks in `style`."""

    def __init__(self, edit: QTextEdit, house_style: str = "curly") -> None:
        super().__init__(edit)
        self.edit = edit
        self.style: QuoteStyle | None = style_named(house_style)
        edit.installEventFilter(self)

    def set_style(self, style: QuoteStyle | None) -> None:
        """None keeps quotes straight (a house that sends straight quotes on the wire)."""
        self.style = style

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _KEY_PRESS or self.style is None:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        text = key_event.text()
        if text not in _MARKS or key_event.modifiers() & _COMMAND_KEYS:
            return False
        if self.edit.isReadOnly():
            return False
        QTextEdit.keyPressEvent(self.edit, key_event)  # the straight mark, as typed
        self.convert_before_cursor()
        return True

    def convert_before_cursor(self) -> bool:
        """Replace the straight mark just left of the cursor, as an undo step of its own."""
        cursor = self.edit.textCursor()
        block = cursor.block()
        at = cursor.positionInBlock()
        text = block.text()
        if at == 0 or text[at - 1] not in _MARKS:
            return False
        before = text[at - 2] if at >= 2 else ""
        if in_code_span(text[: at - 1]) or cursor.charFormat().fontFixedPitch():
            return False
        mark = smart_quote(text[at - 1], before, self.style)
        if mark is None:
            return False
        edit = QTextCursor(cursor)
        edit.beginEditBlock()
        edit.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor)
        edit.insertText(mark)
        edit.endEditBlock()
        return True
