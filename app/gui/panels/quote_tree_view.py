"""The quote sidebar's tree view: rows that fit the dock's width instead of being cut.

A quote's row is two lines: the quote's opening words, elided at the dock's edge, then its
state in words ("Unverified · said"). Wrapped whole, a quote took three or four lines, and at
1280×800 the tree showed two or three of a story's forty quotes (round 27's walk-through); the
whole quote is one click away, in the evidence pane and in the editor, and on hover. Every
other row (findings, sources, sourcing) still wraps, since their words are the point.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from app.gui.models.quote_tree_model import ItemKind, Role

LINE_SEPARATOR = "\u2028"
"""How the delegate's display text carries the model's line breaks (Qt's QChar::LineSeparator)."""
ROW_AIR = 6
"""Pixels between rows, so wrapped rows read as separate items."""


class WrappingDelegate(QStyledItemDelegate):
    """Rows grow to the dock's width; a quote's row keeps to its two lines, elided."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if index.data(Role.KIND) != ItemKind.QUOTE or option.rect.width() <= 0:
            return
        # Each line elided to the text's own room (the cell less its icon and margins).
        style = self._view.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self._view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        room = max(20, text.width() - 2 * margin - 2)
        metrics = option.fontMetrics
        lines = option.text.replace(LINE_SEPARATOR, "\n").split("\n")
        option.text = LINE_SEPARATOR.join(
            metrics.elidedText(line, Qt.TextElideMode.ElideRight, room) for line in lines
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        # The style wraps text to option.rect when it is valid: give it the cell's real width
        # (viewport less one indentation per level, the root being decorated).
        width = self._view.viewport().width() - self._view.indentation() * (depth + 1)
        if width < 80:
            return super().sizeHint(option, index)
        sized = QStyleOptionViewItem(option)
        sized.rect = QRect(0, 0, width, 1)
        size = super().sizeHint(sized, index)
        return QSize(size.width(), size.height() + ROW_AIR)


class QuoteTreeView(QTreeView):
    """Re-lays out rows on resize, since wrapped rows change height with the width."""

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
