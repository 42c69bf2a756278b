"""A story's credits as an editable, reorderable Qt table: role, person, location, organisation.

A thin adapter over a list of `model.Credit`; it also knows the contributor directory so that a
name one letter away from a known person is flagged where the desk types it.
"""

from __future__ import annotations

import enum
import functools
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication
from rapidfuzz import fuzz, process, utils

from app.core.exporting.credits import ROLE_LABELS as EXPORT_ROLE_LABELS
from app.core.model import Credit, CreditRole

ModelIndex = QModelIndex | QPersistentModelIndex
_NO_PARENT = QModelIndex()
_MIME = "application/x-copydesk-credit-rows"

ROLE_LABELS: dict[CreditRole, str] = {
    **EXPORT_ROLE_LABELS,
    # the desk's sign-off line, told apart in the panel from a credit line's "Editing by"
    CreditRole.EDITED_BY: "Edited by (sign-off)",
}

MISSPELLING_SCORE = 86.0
"""rapidfuzz ratio (0-100) from which a different directory name counts as "close"."""


class Column(enum.IntEnum):
    ROLE = 0
    NAME = 1
    LOCATION = 2
    ORGANISATION = 3


HEADERS = {
    Column.ROLE: "Role",
    Column.NAME: "Person",
    Column.LOCATION: "Location",
    Column.ORGANISATION: "Organisation",
}
# What a column must have room for before any credit is in it: the headers alone would leave
# "Role" and "Person" a word wide beside a stretched "Location" in an empty table.
_ROOM_FOR = {Column.ROLE: "Reporting", Column.NAME: "Firstname Lastname"}


@functools.cache
def _room_for(column: Column, font_key: str) -> QSize:
    """The header's size for `column` in the application font (keyed by the font, so a change
    of font is measured again; the header asks at every layout)."""
    metrics = QFontMetrics(QGuiApplication.font())
    return QSize(metrics.horizontalAdvance(_ROOM_FOR[column]) + 24, metrics.height() + 10)


class Role(enum.IntEnum):
    CREDIT = Qt.ItemDataRole.UserRole + 1
    SUGGESTION = Qt.ItemDataRole.UserRole + 2
    """The directory name a credit's name is probably a misspelling of, or None."""


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def likely_misspelling(name: str, directory: Sequence[str]) -> str | None:
    """The directory name `name` is close to but not the same as (Mike Ston → Mike Stone)."""
    name = " ".join(name.split())
    if len(name) < 4 or not directory:
        return None
    others = [d for d in directory if not _same(d, name)]
    match = process.extractOne(
        name,
        others,
        scorer=fuzz.ratio,
        processor=utils.default_process,
        score_cutoff=MISSPELLING_SCORE,
    )
    if match is None:
        return None
    candidate = match[0]
    # Different initials or first names ("Tom Hill" / "Tim Hill") are often two people; a
    # misspelling keeps the word count, so anything else is not worth interrupting for.
    if len(candidate.split()) != len(name.split()):
        return None
    return candidate


class CreditsTableModel(QAbstractTableModel):
    """Rows are credits in credit-line order; drag a row or use move_row to reorder."""

    def __init__(self, parent: object | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Credit] = []
        self._directory: list[str] = []
        self._suggestions: dict[str, str | None] = {}
        self.read_only = False
        """The story's credits may not change (published, killed, claimed): no cell edits,
        no drags, no drops; rows still select so the desk can read and copy them."""

    # -- content --------------------------------------------------------------------------

    def set_credits(self, credits: Iterable[Credit]) -> None:
        self.beginResetModel()
        self._rows = list(credits)
        self.endResetModel()

    def credits(self) -> list[Credit]:
        """The credits as they would be stored: rows without a name are left out."""
        return [
            replace(
                c,
                name=" ".join(c.name.split()),
                location=(c.location or "").strip() or None,
                organisation=(c.organisation or "").strip() or None,
            )
            for c in self._rows
            if c.name.strip()
        ]

    def set_directory(self, names: Iterable[str]) -> None:
        self._directory = sorted(set(names))
        self._suggestions.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, Column.NAME), self.index(len(self._rows) - 1, Column.NAME)
            )

    def directory(self) -> list[str]:
        return list(self._directory)

    def suggestion(self, row: int) -> str | None:
        name = self._rows[row].name
        if name not in self._suggestions:
            self._suggestions[name] = likely_misspelling(name, self._directory)
        return self._suggestions[name]

    def warnings(self) -> list[tuple[int, str, str]]:
        """(row, name as typed, directory name) for every likely misspelling."""
        found = []
        for row, credit in enumerate(self._rows):
            suggestion = self.suggestion(row)
            if suggestion:
                found.append((row, credit.name, suggestion))
        return found

    def insert_credit(self, row: int, credit: Credit) -> QModelIndex:
        row = max(0, min(row, len(self._rows)))
        self.beginInsertRows(_NO_PARENT, row, row)
        self._rows.insert(row, credit)
        self.endInsertRows()
        return self.index(row, Column.NAME)

    def append_credits(self, credits: Iterable[Credit]) -> None:
        new = list(credits)
        if not new:
            return
        first = len(self._rows)
        self.beginInsertRows(_NO_PARENT, first, first + len(new) - 1)
        self._rows.extend(new)
        self.endInsertRows()

    def move_row(self, row: int, delta: int) -> bool:
        """Move one row up (-1) or down (+1); False at either end."""
        target = row + delta
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)):
            return False
        return self.moveRows(_NO_PARENT, row, 1, _NO_PARENT, target + (1 if delta > 0 else 0))

    # -- Qt overrides: reading ------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return HEADERS[Column(section)]  # whole, when an empty column keeps a stub of it
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.SizeHintRole
            and section in _ROOM_FOR
        ):
            return _room_for(Column(section), QGuiApplication.font().key())
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        credit = self._rows[index.row()]
        column = Column(index.column())
        if role == Role.CREDIT:
            return credit
        if role == Role.SUGGESTION:
            return self.suggestion(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is Column.ROLE:
                if role == Qt.ItemDataRole.EditRole:
                    return str(credit.role)
                return ROLE_LABELS[credit.role]
            if column is Column.NAME:
                return credit.name
            if column is Column.ORGANISATION:
                return credit.organisation or ""
            return credit.location or ""
        if role == Qt.ItemDataRole.AccessibleTextRole and column is Column.NAME:
            suggestion = self.suggestion(index.row())
            warning = f" (possible misspelling of {suggestion})" if suggestion else ""
            return f"{credit.name}{warning}"
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            suggestion = self.suggestion(index.row())
            if suggestion:
                return (
                    f"“{credit.name}” is close to “{suggestion}” in the contributor "
                    "directory — a misspelling?"
                )
            return credit.email
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column is Column.NAME
            and self.suggestion(index.row())
        ):
            from app.core.model import Severity
            from app.gui.quote_states import severity_icon

            return severity_icon(Severity.WARNING)
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if self.read_only:
            shown = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
            return shown if index.isValid() else Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return (
            base
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )

    # -- Qt overrides: editing ------------------------------------------------------------

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if self.read_only or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        credit = self._rows[index.row()]
        column = Column(index.column())
        text = str(value or "").strip()
        if column is Column.ROLE:
            try:
                new = replace(credit, role=CreditRole(text))
            except ValueError:
                label = {v: k for k, v in ROLE_LABELS.items()}.get(text)
                if label is None:
                    return False
                new = replace(credit, role=label)
        elif column is Column.NAME:
            new = replace(credit, name=" ".join(text.split()))
        elif column is Column.ORGANISATION:
            new = replace(credit, organisation=text or None)
        else:
            new = replace(credit, location=text or None)
        if new == credit:
            return False
        self._rows[index.row()] = new
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), len(Column) - 1))
        return True

    def insertRows(self, row: int, count: int, parent: ModelIndex = _NO_PARENT) -> bool:
        if parent.isValid() or count < 1:
            return False
        self.beginInsertRows(_NO_PARENT, row, row + count - 1)
        for _ in range(count):
            self._rows.insert(row, Credit(CreditRole.REPORTING, ""))
        self.endInsertRows()
        return True

    def removeRows(self, row: int, count: int, parent: ModelIndex = _NO_PARENT) -> bool:
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(_NO_PARENT, row, row + count - 1)
        del self._rows[row : row + count]
        self.endRemoveRows()
        return True

    def moveRows(
        self,
        source_parent: ModelIndex,
        source_row: int,
        count: int,
        destination_parent: ModelIndex,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        if source_row <= destination_child <= source_row + count:
            return False  # onto itself: nothing moves
        if not self.beginMoveRows(
            _NO_PARENT, source_row, source_row + count - 1, _NO_PARENT, destination_child
        ):
            return False
        moving = self._rows[source_row : source_row + count]
        del self._rows[source_row : source_row + count]
        target = destination_child - count if destination_child > source_row else destination_child
        self._rows[target:target] = moving
        self.endMoveRows()
        return True

    # -- drag and drop (reordering) -------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        data.setData(_MIME, json.dumps(rows).encode())
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: ModelIndex,
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if self.read_only or not data.hasFormat(_MIME):
            return False
        rows = json.loads(bytes(data.data(_MIME)).decode() or "[]")
        if not rows:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        # The view selects one row at a time, so what moves is one contiguous block.
        self.moveRows(_NO_PARENT, rows[0], rows[-1] - rows[0] + 1, _NO_PARENT, row)
        # The move is done here; returning False stops the view from deleting the source rows.
        return False
