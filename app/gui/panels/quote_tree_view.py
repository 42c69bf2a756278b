"""The quote sidebar's tree view: rows that wrap to the dock's width instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappingDelegate(QStyledItemDelegate):
    """Rows grow to the dock's width: quotes wrap instead of being cut at the edge."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self._view = view

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
        return QSize(size.width(), size.height() + 6)  # air between wrapped quotes


class QuoteTreeView(QTreeView):
    """Re-lays out rows on resize, since wrapped rows change height with the width."""

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
