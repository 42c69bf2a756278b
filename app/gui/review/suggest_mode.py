"""Suggest edits: what the user types, deletes, pastes or cuts becomes a suggestion.

An event filter on the story text takes the keys that change text while the mode is on:
typed and pasted text is inserted as an insertion (joining the user's own insertion or
deletion next to it, so typing over a word is one replacement), and Backspace/Delete/Cut mark
text deleted instead of removing it — except the user's own suggested insertions, which simply
go. Other people's suggestions are left alone; paragraph breaks and formatting are not tracked
(Enter splits a paragraph as usual). With the mode off, text typed next to a suggestion is
plain text, never part of someone's suggestion.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QTextEdit

from app.gui import markdown_bridge as mb
from app.gui.panels.story_text_edit import paste_edges, paste_paragraphs
from app.gui.review import marks

_EDITING_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

_TAKEN = (QEvent.Type.KeyPress, QEvent.Type.InputMethod)


class SuggestMode(QObject):
    """Installed on the story text; `enabled` is the "Suggest edits" toggle.

    `typing` (optional) is handed each typed text and the function that inserts a text as a
    suggestion: the smart quotes (which never see a key this filter took) insert a typed quote's
    house-style mark through it, so the mark is that suggestion."""

    def __init__(
        self, editor: QTextEdit, user: Callable[[], str],
        typing: Callable[[str, Callable[[str], None]], object] | None = None,
    ) -> None:  # fmt: skip
        super().__init__(editor)
        self.editor = editor
        self.user = user
        self.typing = typing
        self.enabled = False
        self._next_id: int | None = None
        self._floor = 0
        editor.installEventFilter(self)

    # -- ids ----------------------------------------------------------------------------------

    def reset(self, last_note_id: int = 0) -> None:
        """A story was opened or saved: new ids start above everything it has handed out."""
        self._floor = max(0, last_note_id)
        self._next_id = None

    def _new_id(self) -> int:
        if self._next_id is None:
            used = [m.id for m in marks.collect_marks(self.editor.document())]
            self._next_id = max([self._floor, *used]) + 1
        number = self._next_id
        self._next_id += 1
        return number

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        # A drop would bypass the filter: while suggesting, text arrives by keys and paste only.
        self.editor.setAcceptDrops(not on)

    # -- events --------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()  # first: the filter sees every event of the editor, most not keys
        if kind not in _TAKEN or watched is not self.editor or self.editor.isReadOnly():
            return False
        if kind == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        if kind == QEvent.Type.InputMethod and self.enabled:
            commit = event.commitString()  # type: ignore[attr-defined]
            if commit and not event.preeditString():  # type: ignore[attr-defined]
                self.insert(commit)
                return True
        return False

    def _key(self, event: QKeyEvent) -> bool:
        text = event.text()
        typing = bool(text) and text.isprintable() and not (event.modifiers() & _EDITING_MODIFIERS)
        if not self.enabled:
            if typing:
                self._plain_typing()
            return False
        key = event.key()
        word = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key == Qt.Key.Key_Backspace:
            self.delete(backward=True, word=word)
            return True
        if key == Qt.Key.Key_Delete:
            self.delete(backward=False, word=word)
            return True
        if event.matches(QKeySequence.StandardKey.Cut):
            cursor = self.editor.textCursor()
            if cursor.hasSelection():
                QGuiApplication.clipboard().setText(cursor.selection().toPlainText())
                self.delete(backward=True)
            return True
        if event.matches(QKeySequence.StandardKey.Paste):
            cursor = self.editor.textCursor()
            at_start, _ends = paste_edges(cursor)
            # A selection is struck, not removed: the paste ends a paragraph only at a caret.
            at_end = not cursor.hasSelection() and cursor.atBlockEnd()
            pasted = paste_paragraphs(QGuiApplication.clipboard().text(), at_start, at_end)
            if pasted:
                self.insert(pasted)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            cursor = self.editor.textCursor()
            if cursor.hasSelection():
                self.delete(backward=False)
            return False  # the paragraph break itself is not tracked
        if typing:
            if self.typing is not None:
                self.typing(text, self.insert)
            else:
                self.insert(text)
            return True
        return False

    def _plain_typing(self) -> None:
        current = self.editor.currentCharFormat()
        if marks.mark_of(current) is not None:
            self.editor.setCurrentCharFormat(marks.plain_format(current))

    # -- the edits -------------------------------------------------------------------------------

    def _mine(self, fmt, kind: str) -> int | None:
        found = marks.mark_of(fmt)
        if found and found[0] == kind and found[2] == self.user():
            return found[1]
        return None

    def _format_at(self, position: int):
        """The format of the character at `position` (not the one before it)."""
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(position)
        if cursor.atBlockEnd():
            return None
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        return cursor.charFormat()

    def insert(self, text: str) -> None:
        """Insert `text` as my suggestion (a selection is suggested deleted first)."""
        cursor = self.editor.textCursor()
        cursor.beginEditBlock()
        number = None
        if cursor.hasSelection():
            number, end = self._mark_deleted(cursor.selectionStart(), cursor.selectionEnd())
            cursor.setPosition(end)
        before = cursor.charFormat() if cursor.position() > cursor.block().position() else None
        if number is None and before is not None and self._mine(before, marks.INS) is not None:
            # Typing on in my own insertion (the common case): its format as it is.
            cursor.insertText(text, before)
        else:
            if number is None and before is not None:
                number = self._mine(before, marks.DEL)
            if number is None:
                after = self._format_at(cursor.position())
                number = self._mine(after, marks.INS) if after is not None else None
            if number is None:
                number = self._new_id()
            base = marks.plain_format(before if before is not None else cursor.charFormat())
            base.merge(marks.mark_format(marks.INS, number, self.user(), marks.now_iso()))
            cursor.insertText(text, base)
        cursor.endEditBlock()
        marks.note_marks(self.editor.document())
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def delete(self, backward: bool, word: bool = False) -> None:
        """Suggest deleting the selection, or the character (word) before or after the cursor."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            if backward:
                op = (QTextCursor.MoveOperation.PreviousWord if word
                      else QTextCursor.MoveOperation.PreviousCharacter)  # fmt: skip
            else:
                op = (QTextCursor.MoveOperation.NextWord if word
                      else QTextCursor.MoveOperation.NextCharacter)  # fmt: skip
            cursor.movePosition(op, QTextCursor.MoveMode.KeepAnchor)
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        if start == end:
            return
        cursor.beginEditBlock()
        _number, new_end = self._mark_deleted(start, end)
        cursor.endEditBlock()
        cursor.clearSelection()
        cursor.setPosition(start if backward else new_end)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def _segments(self, start: int, end: int) -> list[tuple[int, int, object]]:
        """(start, end, format) of the text between start and end; paragraph breaks left out."""
        doc = self.editor.document()
        segments = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            for fragment in mb.fragments(block):
                lo = max(start, fragment.position())
                hi = min(end, fragment.position() + fragment.length())
                if hi > lo:
                    segments.append((lo, hi, fragment.charFormat()))
            block = block.next()
        return segments

    def _mark_deleted(self, start: int, end: int) -> tuple[int | None, int]:
        """Mark [start, end) deleted; my own insertions there are removed instead, others'
        suggestions stay. Returns the suggestion id used and where `end` is now."""
        segments = self._segments(start, end)
        plain = [s for s in segments if marks.mark_of(s[2]) is None]
        number = None
        if plain:
            before = self._format_at(start - 1) if start > 0 else None
            after = self._format_at(end)
            number = (
                (self._mine(after, marks.DEL) if after is not None else None)
                or (self._mine(before, marks.DEL) if before is not None else None)
                or self._new_id()
            )
            fmt = marks.mark_format(marks.DEL, number, self.user(), marks.now_iso())
        cursor = QTextCursor(self.editor.document())
        removed = 0
        for lo, hi, seg_format in reversed(segments):
            cursor.setPosition(lo)
            cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            if self._mine(seg_format, marks.INS) is not None:
                cursor.removeSelectedText()
                removed += hi - lo
            elif marks.mark_of(seg_format) is None:
                cursor.mergeCharFormat(fmt)
        if plain:
            marks.note_marks(self.editor.document())
        return number, end - removed
