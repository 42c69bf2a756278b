"""Smart quotes as you type: a straight quote becomes the house style's mark, undoable.

The house style's mark goes straight in, as one edit and an undo step of its own, and the
conversion is remembered: Ctrl+Z right after (or Edit > Undo) takes that step back and puts
the straight mark in, as word processors do (one more Ctrl+Z removes the mark, the next the
typing before it); Ctrl+Y converts it again. Typing the mark once instead of a straight mark
then its replacement halves the keystroke's cost in a long story: every edit lays out the rest
of the document.
Inside a `code span` or code-formatted text nothing changes. The work per keystroke is a look
at the character before the cursor: nothing scales with the story's length
(benchmarks/smart_quotes_bench.py and benchmarks/suggest_bench.py print the keystroke cost).

The mark takes the format the typed character would have, so a quote typed in Suggest edits
(app/gui/review/suggest_mode.py hands typed quotes to `type_mark` with its own insertion)
is that suggestion; a suggested deletion just before the mark is not what a reader gets, so
the mark is chosen by the character before it in the accepted text. Typing a quote over a
selection takes the older way (the straight mark in, then replaced), as the selection's
removal decides what comes before the mark.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QSyntaxHighlighter, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.core.typography import QuoteStyle, in_code_span, smart_quote, style_named
from app.gui.review.marks import accepted_block

_MARKS = ("'", '"')
PROVISIONAL = "copydeskProvisionalMark"
"""Dynamic property of the document while a straight mark goes in that the conversion will
replace at once (typing over a selection): highlighters skip that state of the paragraph."""
_KEY_PRESS = QEvent.Type.KeyPress  # looked up once: the filter sees every event of the editor
_COMMAND_KEYS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class _Conversion(NamedTuple):
    """A typed mark made typographic: the undo steps the document had right after, where the
    mark is, and the straight and curly characters."""

    steps: int
    """doc.availableUndoSteps() then (Qt counts its undo commands): while it is the same and
    the mark is still there, the step Undo takes back is the mark's."""
    position: int
    straight: str
    curly: str
    over_straight: bool = False
    """Made by Redo over the straight mark: undoing its step puts that mark back itself."""


class SmartQuotes(QObject):
    """Installed on a QTextEdit: typed ' and " become typographic marks in `style`."""

    def __init__(self, edit: QTextEdit, house_style: str = "curly") -> None:
        super().__init__(edit)
        self.edit = edit
        self.style: QuoteStyle | None = style_named(house_style)
        self._converted: list[_Conversion] = []
        self._undone: tuple[int, _Conversion, str] | None = None
        edit.document().undoCommandAdded.connect(self._history_grew)
        edit.installEventFilter(self)

    def set_style(self, style: QuoteStyle | None) -> None:
        """None keeps quotes straight (a house that sends straight quotes on the wire)."""
        self.style = style

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != _KEY_PRESS:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if (self._converted or self._undone) and watched is self.edit:
            if key_event.matches(QKeySequence.StandardKey.Undo) and self.undo_conversion():
                return True
            if key_event.matches(QKeySequence.StandardKey.Redo) and self.redo_conversion():
                return True
        if self.style is None:
            return False
        text = key_event.text()
        if text not in _MARKS or key_event.modifiers() & _COMMAND_KEYS:
            return False
        if self.edit.isReadOnly():
            return False
        self.type_mark(text, lambda typed: self._type_plain(typed, key_event))
        return True

    def _type_plain(self, text: str, key_event: QKeyEvent) -> None:
        """Type TEXT as the editor would (its format, replacing a selection): the key itself
        when it stays straight (it joins the typing before it), else an undo step of its own."""
        edit = self.edit
        if text == key_event.text():
            QTextEdit.keyPressEvent(edit, key_event)
            return
        cursor = edit.textCursor()
        cursor.beginEditBlock()
        cursor.insertText(text)  # the cursor's own format: what the key would have typed
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        edit.ensureCursorVisible()

    def type_mark(self, straight: str, insert: Callable[[str], object]) -> bool:
        """Put the typed mark STRAIGHT in with INSERT (the editor's typing, or Suggest edits'
        insertion), converted; True when it went in converted."""
        cursor = self.edit.textCursor()
        if cursor.hasSelection():
            return self._type_then_convert(straight, insert)
        mark = self._mark_for(cursor, straight)
        if mark is None:
            insert(straight)
            return False
        insert(mark)
        doc = self.edit.document()
        position = self.edit.textCursor().position() - 1
        self._converted.append(_Conversion(doc.availableUndoSteps(), position, straight, mark))
        self._undone = None
        return True

    def _mark_for(self, cursor: QTextCursor, straight: str) -> str | None:
        """The mark STRAIGHT becomes when typed at CURSOR (None: it stays straight)."""
        block = cursor.block()
        at = cursor.positionInBlock()
        text = block.text()
        if in_code_span(text[:at]) or cursor.charFormat().fontFixedPitch():
            return None
        return smart_quote(straight, _read_before(block, at, text), self.style)

    def _type_then_convert(self, straight: str, insert: Callable[[str], object]) -> bool:
        """Over a selection: the straight mark in as typed, then replaced as a step of its
        own; the paragraph is checked once, after."""
        doc = self.edit.document()
        doc.setProperty(PROVISIONAL, True)
        try:
            insert(straight)
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

    # -- undo and redo of a conversion -----------------------------------------------------------

    def forget(self) -> None:
        """Another story (its undo history starts empty)."""
        self._converted.clear()
        self._undone = None

    def undo_conversion(self) -> bool:
        """When the step Undo would take back is a mark this typed (with whatever typing
        joined it), take it back and put the straight mark in its place, as the step before
        Undo: the next Undo removes the mark, then the typing before it."""
        doc = self.edit.document()
        if not self._converted or self.edit.isReadOnly():
            return False
        last = self._converted[-1]
        if last.steps != doc.availableUndoSteps() or doc.characterAt(last.position) != last.curly:
            return False
        self._converted.pop()
        cursor = QTextCursor(doc)
        cursor.setPosition(last.position + 1)
        typed = cursor.charFormat()  # the mark's format: the straight mark gets it back
        block, length = cursor.block(), doc.characterCount()
        line = block.text()
        QTextEdit.undo(self.edit)  # the mark's own step, and the typing that joined it
        taken = line[last.position - block.position() :][
            : length - doc.characterCount() + last.over_straight
        ]
        cursor.setPosition(last.position)
        if not last.over_straight:
            cursor.insertText(last.straight, typed)
        else:
            cursor.setPosition(last.position + 1)
        self.edit.setTextCursor(cursor)
        self._undone = (doc.revision(), last, taken)
        return True

    def redo_conversion(self) -> bool:
        """Redo right after `undo_conversion`: what it took back comes back."""
        doc = self.edit.document()
        if self._undone is None or self._undone[0] != doc.revision() or self.edit.isReadOnly():
            return False
        _revision, last, taken = self._undone
        if doc.characterAt(last.position) != last.straight or not taken:
            return False
        cursor = QTextCursor(doc)
        cursor.setPosition(last.position)
        cursor.setPosition(last.position + 1, QTextCursor.MoveMode.KeepAnchor)
        typed = cursor.charFormat()
        cursor.beginEditBlock()
        cursor.insertText(taken, typed)
        cursor.endEditBlock()
        self.edit.setTextCursor(cursor)
        self._converted.append(last._replace(steps=doc.availableUndoSteps(), over_straight=True))
        self._undone = None
        return True

    def _history_grew(self) -> None:
        """A new undo step: conversions recorded above it were undone and are gone for good."""
        if not self._converted:
            return
        steps = self.edit.document().availableUndoSteps()
        while self._converted and self._converted[-1].steps >= steps:
            self._converted.pop()


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
