"""Smart quotes as you type: a straight quote becomes the house style's mark, undoable.

The straight mark goes in as typed (one undo step, merged with the typing before it), then
the conversion replaces it as a step of its own: Ctrl+Z right after puts the straight mark
back, as word processors do. Inside a `code span` or code-formatted text nothing changes.
The work per keystroke is a look at the character before the cursor: nothing scales with
the story's length (benchmarks/smart_quotes_bench.py prints the keystroke cost).

The curly mark takes the typed mark's own character format, so a quote typed in Suggest
edits (a suggested insertion, app/gui/review/suggest_mode.py, which calls
`convert_before_cursor` after it inserts the mark) stays that suggestion; a suggested deletion
just before the mark is not what a reader gets, so the mark is chosen by the character before
it in the accepted text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QSyntaxHighlighter, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.core.typography import QuoteStyle, in_code_span, smart_quote, style_named
from app.gui.review.marks import accepted_block

_MARKS = ("'", '"')
PROVISIONAL = "copydeskProvisionalMark"
"""Dynamic property of the document while a straight mark goes in that the conversion will
replace at once: highlighters skip that state of the paragraph (checking it twice per quote
key was the keystroke's largest cost with spelling on)."""
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
        self.type_mark(lambda: QTextEdit.keyPressEvent(self.edit, key_event))  # as typed
        return True

    def type_mark(self, insert: Callable[[], object]) -> bool:
        """Put a typed straight mark in with INSERT (the editor's own key handling, or Suggest
        edits' insertion), then convert it; the paragraph is checked once, after."""
        doc = self.edit.document()
        doc.setProperty(PROVISIONAL, True)
        try:
            insert()
        finally:
            doc.setProperty(PROVISIONAL, False)
        if self.convert_before_cursor():
            return True
        block = self.edit.textCursor().block()  # it stays straight: check it as it is
        for highlighter in doc.findChildren(QSyntaxHighlighter):
            highlighter.rehighlightBlock(block)
        return False

    def convert_before_cursor(self) -> bool:
        """Replace the straight mark just left of the cursor, as an undo step of its own."""
        cursor = self.edit.textCursor()
        block = cursor.block()
        at = cursor.positionInBlock()
        text = block.text()
        if at == 0 or text[at - 1] not in _MARKS:
            return False
        before = _read_before(block, at - 1, text)
        if in_code_span(text[: at - 1]) or cursor.charFormat().fontFixedPitch():
            return False
        mark = smart_quote(text[at - 1], before, self.style)
        if mark is None:
            return False
        edit = QTextCursor(cursor)
        edit.clearSelection()
        edit.beginEditBlock()
        edit.setPosition(cursor.position() - 1)
        edit.setPosition(cursor.position(), QTextCursor.MoveMode.KeepAnchor)
        typed = edit.charFormat()  # the format before the cursor: the straight mark's own
        edit.insertText(mark, typed)
        edit.endEditBlock()
        return True


def _read_before(block: QTextBlock, index: int, text: str) -> str:
    """The character a reader sees before BLOCK's character INDEX ("" at the start): struck
    text (a suggested deletion) is skipped."""
    accepted = accepted_block(block)
    if accepted is None:
        return text[index - 1] if index >= 1 else ""
    plain, where = accepted
    from bisect import bisect_left

    at = bisect_left(where, index, 0, len(plain))
    return plain[at - 1] if at >= 1 else ""
