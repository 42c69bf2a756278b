"""A one-line field too narrow for its text shows the whole text as its tooltip.

A long slug at 1920x1080 read "biden-permits-ukraine-to-use-u-s-wea": the field scrolls, so
the end is there, but an editor checking the slug at a glance should not have to click in
and press End. The tooltip follows the text and the field's width; a field whose text fits
keeps its own tooltip (the dateline's example, the keywords' separator).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit

FRAME_AND_MARGINS = 12
"""Pixels of a QLineEdit's width that its text cannot use (frame, 2 px margins each side),
rounded up: a text within a few pixels of the edge counts as clipped and gets its tip."""


class WholeTextTip(QObject):
    """Keeps `field`'s tooltip: the whole text when it does not fit, else `base`."""

    def __init__(self, field: QLineEdit, base: str = "") -> None:
        super().__init__(field)
        self.field, self.base = field, base
        field.textChanged.connect(lambda _text: self.update_tip())
        field.installEventFilter(self)
        self.update_tip()

    def clipped(self) -> bool:
        text = self.field.text()
        margins = self.field.textMargins()
        room = self.field.width() - FRAME_AND_MARGINS - margins.left() - margins.right()
        return bool(text) and self.field.fontMetrics().horizontalAdvance(text) > room

    def update_tip(self) -> None:
        if self.clipped():
            text = self.field.text()
            self.field.setToolTip(f"{text}\n{self.base}" if self.base else text)
        else:
            self.field.setToolTip(self.base)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.Resize:
            self.update_tip()
        return False
