"""The credits panel's table: its columns share the dock's width, so it never scrolls sideways.

In the docked panel at 1280×800 the four columns at their text's width (role, person, place,
organisation) were wider than the dock and the organisation sat behind a sideways scroll bar.
Here every column gets its text's width when the table has it; when it has not, the columns
give way one at a time in a set order: the organisation first, elided (it is in the preview
and in its tooltip, and a sign-off keeps one line a row), then the others by wrapping their
text onto more lines (the row grows: a byline "Maria-Fernanda Oyelaran-Whitcombe, Associated
Press, in Port-au-Prince, Haiti" reads "Byline" and "Port-au-Prince, Haiti" whole in two lines
rather than "Byli…" and "Port-au-…"), and only when even the wrapped columns do not fit by
eliding. An elided cell shows its whole
text as a tooltip. Also the role and person editors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QStringListModel,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from app.gui.models.credits_table_model import ROLE_LABELS, Column

CELL_PADDING = 8
"""Pixels a cell adds to its text before it elides (the item view's own size hint adds 8)."""
TEXT_MARGINS = 6
"""Pixels the item view takes from a cell's width before it lays out the text (3 a side);
CELL_PADDING keeps 2 more, so a text measured to fit is not wrapped by a rounding."""
HEADER_PADDING = 16
"""Pixels a header section adds to its title (no sort indicator in this table)."""
EMPTY_TITLE_CHARS = 3
"""Characters of its title an empty column keeps ("Org…"; the header's tooltip has it all)."""
_BREAKS = re.compile(r"(?<=-)|\s+")
"""Where a cell's text may wrap: at spaces and after a hyphen ("Port-au-|Prince,")."""


def longest_piece(text: str, metrics: QFontMetrics) -> int:
    """Width of the widest piece the text wraps into (no column is narrower when it wraps:
    narrower, the view would break a name inside a word)."""
    return max((metrics.horizontalAdvance(p) for p in _BREAKS.split(text) if p), default=0)


def wrapped_height(text: str, width: int, metrics: QFontMetrics) -> int:
    """Height of `text` wrapped at word boundaries into `width` pixels."""
    flags = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft
    return metrics.boundingRect(0, 0, max(1, width), 100_000, flags, text).height()


def share_widths(
    natural: Sequence[int],
    least: Sequence[int],
    room: int,
    give_way: Sequence[int],
    wrapped: Sequence[int] | None = None,
) -> list[int]:
    """Column widths for `room` pixels: each its `natural` width when all fit (the last takes
    what is left over); else the columns in `give_way` order narrow, each down to its
    `wrapped` width (its widest word: the text wraps, whole) before the next one gives
    anything; only when every column is at that width do they narrow, in the same order,
    down to their `least` (the title whole, the text elided).

    One column giving way (rather than all in proportion) keeps the others whole, and
    wrapping before eliding keeps every word readable: a taller row costs the desk a scroll,
    an elided "Port-au-…" costs it the place.
    """
    widths = [max(n, m) for n, m in zip(natural, least, strict=True)]
    over = sum(widths) - room
    if over <= 0:
        widths[-1] -= over
        return widths
    floors = (
        [least]
        if wrapped is None
        else [
            [min(w, max(m, r)) for w, m, r in zip(widths, least, wrapped, strict=True)],
            least,
        ]
    )
    for floor in floors:
        for column in give_way:
            take = max(0, min(over, widths[column] - floor[column]))
            widths[column] -= take
            over -= take
            if over <= 0:
                return widths
    return widths


class CreditsTable(QTableView):
    """The credits table: columns fitted to its width (see `share_widths`), elided cells'
    text in a tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitting = False
        self.give_way: list[int] = []
        """Columns that narrow first when the table is too narrow (the rest: last to first)."""
        self.elide_first: list[int] = []
        """Columns that elide (one line) rather than wrap, before any other column wraps."""
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # an empty column's "Org…"
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)

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

    def natural_widths(self) -> tuple[list[int], list[int], list[int]]:
        """Each column's text width (the header's room for an empty table), its least (the
        header's title whole) and its width wrapped (the widest word of its cells)."""
        model = self.model()
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        natural, least, wrapped = [], [], []
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            title_width = metrics.horizontalAdvance(title) + HEADER_PADDING
            indexes = [model.index(row, column) for row in range(model.rowCount())]
            content = max((self._text_width(index) for index in indexes), default=0)
            room = header.sectionSizeHint(column) if not indexes else 0
            if indexes and not content:
                # Nobody has one (a wire sign-off names no organisations): the column keeps
                # a stub of its title, and its width goes to the columns that wrap.
                stub = metrics.horizontalAdvance(title[:EMPTY_TITLE_CHARS] + "…") + HEADER_PADDING
                title_width = min(title_width, stub)
            natural.append(max(content + CELL_PADDING, title_width, room))
            least.append(title_width)
            word = max((self._piece_width(index) for index in indexes), default=0)
            elides = column in self.elide_first
            wrapped.append(title_width if elides else max(word + CELL_PADDING, title_width))
        return natural, least, wrapped

    def _piece_width(self, index: QModelIndex) -> int:
        """The cell's widest word (and its icon, which does not wrap)."""
        width = longest_piece(str(index.data() or ""), self.fontMetrics())
        return (
            width
            + self._text_width(index)
            - self.fontMetrics().horizontalAdvance(str(index.data() or ""))
        )

    def _text_width(self, index: QModelIndex) -> int:
        """The cell's text and, when it has one, its icon (a misspelt name's warning)."""
        width = self.fontMetrics().horizontalAdvance(str(index.data() or ""))
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            # The style lays the icon out with a margin on each side (3 px in Fusion): "+ 4"
            # left the misspelt name, the one cell the desk must read, wrapping as "Anna …".
            style = self.style()
            icon = self.iconSize().width() if self.iconSize().isValid() else 0
            icon = icon or style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
            width += icon + 2 * margin
        return width

    def fit_columns(self, *_args: object) -> None:
        """Share the viewport's width among the columns (no sideways scrolling), then give
        each row the height its wrapped cells need."""
        model = self.model()
        if model is None or self._fitting or not model.columnCount():
            return
        self._fitting = True
        try:
            natural, least, wrapped = self.natural_widths()
            room = self.viewport().width()
            order = [c for c in self.give_way if c < len(natural)]
            order += [c for c in reversed(range(len(natural))) if c not in order]
            widths = share_widths(natural, least, room, order, wrapped)
            for column, width in enumerate(widths):
                self.horizontalHeader().resizeSection(column, width)
            self.fit_rows()
        finally:
            self._fitting = False

    def fit_rows(self) -> None:
        """A row is one line tall (the header's default) unless a cell wraps onto more."""
        model = self.model()
        vertical = self.verticalHeader()
        line = self.fontMetrics().lineSpacing()
        for row in range(model.rowCount()):
            lines = max(
                (self._lines(model.index(row, c)) for c in range(model.columnCount())),
                default=1,
            )
            height = vertical.defaultSectionSize() + (lines - 1) * line
            if vertical.sectionSize(row) != height:
                vertical.resizeSection(row, height)

    def _lines(self, index: QModelIndex) -> int:
        """Lines the cell's text wraps to in its column."""
        text = str(index.data() or "")
        if not text or index.column() in self.elide_first:
            return 1
        width = self.columnWidth(index.column()) - (self._text_width(index) - self._advance(text))
        height = wrapped_height(text, width - TEXT_MARGINS, self.fontMetrics())
        return max(1, round(height / self.fontMetrics().lineSpacing()))

    def _advance(self, text: str) -> int:
        return self.fontMetrics().horizontalAdvance(text)

    def _elided_tip(self, event: QHelpEvent) -> bool:
        """A cell too narrow for its text shows the whole text (unless the model has a tip)."""
        index = self.indexAt(event.pos())
        if not index.isValid() or index.data(Qt.ItemDataRole.ToolTipRole):
            return False
        text = str(index.data() or "")
        wraps = index.column() not in self.elide_first
        width = self._piece_width(index) if wraps else self._text_width(index)
        if width + CELL_PADDING <= self.columnWidth(index.column()):
            return False  # whole, on one line or wrapped (fit_rows gave the row its lines)
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


def credits_table(
    model: QAbstractItemModel, names: QStringListModel, line_height: int
) -> CreditsTable:
    """The panel's table over `model`, its editors (a role list; names completed from
    `names`), row moves by drag and drop, and the order its columns give way in."""
    table = CreditsTable()
    table.setObjectName("creditsTable")
    table.setAccessibleName("Credits table")
    table.setModel(model)
    table.setItemDelegateForColumn(Column.ROLE, RoleDelegate(table))
    table.setItemDelegateForColumn(Column.NAME, NameDelegate(names, table))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
    table.setDragEnabled(True)
    table.setDropIndicatorShown(True)
    table.setDefaultDropAction(Qt.DropAction.MoveAction)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
    )
    # Tab leaves the table for its buttons and the paste box: with eight credits it walked
    # 32 cells first. While a cell is being edited Tab still commits it and edits the next
    # (the delegate's EditNextItem), as a desk typing a credit row expects.
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(line_height + 10)
    # The columns share the table's width (above): no sideways scrolling. The
    # person is what a desk checks, so it gives way last.
    table.give_way = [Column.ORGANISATION, Column.LOCATION, Column.ROLE, Column.NAME]
    # The organisation elides (the preview and a tooltip have it): a sign-off keeps its one
    # line a row. Role, person and place wrap onto more lines rather than lose a word.
    table.elide_first = [Column.ORGANISATION]
    return table
