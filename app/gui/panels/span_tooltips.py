"""Tooltips over the editor's tints and underlines: what a quote, a finding or a sourcing is.

The sidebar says what each stretch of text is (in Markdown offsets, as the analysis found it);
this filter on the editor's viewport answers a hover with the words for every stretch under
the pointer, so a wavy underline or a tint is never left unexplained.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QTextEdit, QToolTip

ToDocument = Callable[[int, int], tuple[int, int]]
"""Markdown [start, end) to document positions (the editor's offset map)."""


class SpanTooltips(QObject):
    """Installed on a QTextEdit's viewport; `set_spans` takes (start, end, text) in Markdown."""

    def __init__(self, edit: QTextEdit, to_document: ToDocument) -> None:
        super().__init__(edit)
        self._edit = edit
        self._to_document = to_document
        self._spans: list[tuple[int, int, str]] = []
        self._starts: list[int] = []
        edit.viewport().installEventFilter(self)

    def set_spans(self, spans: list) -> None:
        placed = []
        for start, end, text in spans:
            doc_start, doc_end = self._to_document(int(start), int(end))
            if doc_end > doc_start:
                placed.append((doc_start, doc_end, str(text)))
        placed.sort()
        self._spans = placed
        self._starts = [s for s, _e, _t in placed]

    def text_at(self, position: int) -> str:
        """Every tip whose stretch holds the document position, in story order."""
        found = []
        for start, end, text in self._spans[: bisect.bisect_right(self._starts, position)]:
            if start <= position < end and text not in found:
                found.append(text)
        return "\n\n".join(found)

    def position_at(self, point: QPointF) -> int:
        """The character under a viewport point, or -1 when the point is on no character."""
        edit = self._edit
        offset = QPointF(edit.horizontalScrollBar().value(), edit.verticalScrollBar().value())
        layout = edit.document().documentLayout()
        return layout.hitTest(point + offset, Qt.HitTestAccuracy.ExactHit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        position = self.position_at(QPointF(event.pos()))
        text = self.text_at(position) if position >= 0 else ""
        if text:
            QToolTip.showText(event.globalPos(), text, self._edit.viewport())
        else:
            QToolTip.hideText()
            event.ignore()
        return True
