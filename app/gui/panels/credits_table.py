"""The credits panel's table: its columns share the dock's width, so it never scrolls sideways.

In the docked panel at 1280×800 the four columns at their text's width (role, person, place,
organisation) were wider than the dock and the organisation sat behind a sideways scroll bar.
Here every column gets its text's width when the table has it; when it has not, the columns
give way one at a time in a set order (the organisation first: a long agency name is elided,
"Additional reporting" and "Stockholm" stay whole) and an elided cell shows its whole text as
a tooltip. Also the role and person editors.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from app.gui.models.credits_table_model import ROLE_LABELS

CELL_PADDING = 8
"""Pixels a cell adds to its text before it elides (the item view's own size hint adds 8)."""
HEADER_PADDING = 16
"""Pixels a header section adds to its title (no sort indicator in this table)."""


def share_widths(
    natural: Sequence[int], least: Sequence[int], room: int, give_way: Sequence[int]
) -> list[int]:
    """Column widths for `room` pixels: each its `natural` width when all fit (the last takes
    what is left over); else the columns in `give_way` order narrow, each down to its `least`
    (its title whole) before the next one gives anything.

    One column giving way (rather than all in proportion) keeps the others whole: with the
    organisation first, "Agence France-Presse" is elided, "Additional reporting" is not.
    """
    widths = [max(n, m) for n, m in zip(natural, least, strict=True)]
    over = sum(widths) - room
    if over <= 0:
        widths[-1] -= over
        return widths
    for column in give_way:
        take = min(over, widths[column] - least[column])
        widths[column] -= take
        over -= take
        if over <= 0:
            break
    return widths


class CreditsTable(QTableView):
    """The credits table: columns fitted to its width (see `share_widths`), elided cells'
    text in a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self.give_way: list[int] = []
        """Columns that narrow first when the table is too narrow (the rest: last to first)."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is None:
            return
        for signal in (
            model.modelReset,
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.fit_columns)
        self.fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # also when the vertical scroll bar comes or goes
            self.fit_columns()
        if event.type() == QEvent.Type.ToolTip and self._elided_tip(event):  # type: ignore[arg-type]
            return True
        return super().viewportEvent(event)

    def natural_widths(self) -> tuple[list[int], list[int]]:
        """Each column's text width (the header's room for an empty table) and its least: the
        header's title whole."""
        model = self.model()
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        natural, least = [], []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            title_width = metrics.horizontalAdvance(title) + HEADER_PADDING
            indexes = [model.index(row, column) for row in range(model.rowCount())]
            content = max((self._text_width(index) for index in indexes), default=0)
            room = header.sectionSizeHint(column) if not indexes else 0
            natural.append(max(content + CELL_PADDING, title_width, room))
            least.append(title_width)
        return natural, least

    def _text_width(self, index: QModelIndex) -> int:
        """The cell's text and, when it has one, its icon (a misspelt name's warning)."""
        width = self.fontMetrics().horizontalAdvance(str(index.data() or ""))
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            width += self.iconSize().width() if self.iconSize().isValid() else 16
            width += 4
        return width

    def fit_columns(self, *_args: object) -> None:
        """Share the viewport's width among the columns (no sideways scrolling)."""
        model = self.model()
        if model is None or self._fitting or not model.columnCount():
            return
        self._fitting = True
        try:
            natural, least = self.natural_widths()
            room = self.viewport().width()
            order = [c for c in self.give_way if c < len(natural)]
            order += [c for c in reversed(range(len(natural))) if c not in order]
            for column, width in enumerate(share_widths(natural, least, room, order)):
                self.horizontalHeader().resizeSection(column, width)
        finally:
            self._fitting = False

    def _elided_tip(self, event: QHelpEvent) -> bool:
        """A cell too narrow for its text shows the whole text (unless the model has a tip)."""
        index = self.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data() or "")
        if self.fontMetrics().horizontalAdvance(text) + CELL_PADDING <= self.columnWidth(
            index.column()
        ):
            return False
        QToolTip.showText(event.globalPos(), text, self.viewport(), self.visualRect(index))
        return True


class RoleDelegate(QStyledItemDelegate):
    """Roles come from the fixed list the parsers and renderers speak."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName("Credit role")
        for role, label in ROLE_LABELS.items():
            combo.addItem(label, str(role))
        # Picking a role is the whole edit: store it now, so the preview follows at once.
        combo.activated.connect(lambda _i: self.commitData.emit(combo))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NameDelegate(QStyledItemDelegate):
    """Names complete from the contributor directory, so the desk spells them one way."""

    def __init__(self, names: QStringListModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._names = names

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAccessibleName("Person")
        completer = QCompleter(self._names, editor)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        editor.setCompleter(completer)
        return editor
