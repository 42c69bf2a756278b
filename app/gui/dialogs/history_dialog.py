"""A story's history: revisions (who, when, size) with a word diff, exports, restore one on top.

Comparing starts where a desk starts: the selected revision against the text as it is now.
Exports sit beside the revisions, with the reason given when one was overridden.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CopydeskError
from app.core.model import Revision, Story
from app.core.text.counts import characters_read, counted, words_read
from app.gui.dialogs.confirm import ConfirmDialog
from app.gui.word_diff import diff_html, diff_stats, word_diff

if TYPE_CHECKING:
    from app.core.services import Desk

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REASONS = {
    "create": "created",
    "import": "imported",
    "save": "saved",
    "autosave": "autosaved",
    "close": "closed",
    "status": "status change",
    "restore": "restored",
    "conflict": "conflict",
}
CURRENT = -1
"""The pickers' data for the text as it is now (not a revision number)."""
FORMATS = {"html": "HTML page", "fragment": "HTML fragment", "ninjs": "ninjs", "text": "Text"}


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if col in right:
                item.setTextAlignment(RIGHT)
            table.setItem(row, col, item)


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, story_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("History")
        self.setAccessibleName("Story history")
        self.desk = desk
        self.story_id = story_id
        self.restored: Story | None = None
        self.current: Story = desk.get_story(story_id)
        self.revisions: list[Revision] = desk.revisions(story_id)
        self.revisions.sort(key=lambda r: r.number, reverse=True)
        self.exports = list(reversed(desk.exports(story_id)))  # newest first, like revisions

        self.table = _table(["#", "When", "Who", "Why", "Size"], "Revisions")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeaderItem(4).setToolTip(
            "Characters in this revision, counted as the status bar counts them"
        )
        _fill(
            self.table,
            [
                [
                    str(rev.number),
                    rev.created_at.astimezone().strftime("%d %b %Y %H:%M"),
                    rev.author,
                    REASONS.get(rev.reason, rev.reason),
                    f"{characters_read(rev.body):,} chars",
                ]
                for rev in self.revisions
            ],
            right=(0, 4),
        )
        self.exports_table = _table(["When", "Who", "Format", "File", "Reason"], "Exports")
        self.exports_table.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch
        )
        _fill(
            self.exports_table,
            [
                [
                    e.exported_at.astimezone().strftime("%d %b %Y %H:%M"),
                    e.exported_by,
                    FORMATS.get(e.format, e.format),
                    e.path,
                    e.override_reason or "—",
                ]
                for e in self.exports
            ],
        )
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Revisions and exports")
        self.tabs.addTab(self.table, f"Revisions ({len(self.revisions)})")
        self.tabs.addTab(self.exports_table, f"Exports ({len(self.exports)})")

        self.old_box = self._picker("Compare revision", current=False)
        self.new_box = self._picker("with", current=True)
        self.summary = QLabel()
        self.summary.setObjectName("diffSummary")
        self.diff = QTextBrowser()
        self.diff.setAccessibleName("Word differences between the two texts")
        compare = QHBoxLayout()
        compare.addWidget(QLabel("Compare"))
        compare.addWidget(self.old_box, 1)
        compare.addWidget(QLabel("with"))
        compare.addWidget(self.new_box, 1)
        compare.addWidget(self.summary)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(compare)
        right_layout.addWidget(self.diff, 1)
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setSizes([420, 620])

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            "Restore selected revision", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.restore_button.setAccessibleName("Restore selected revision")
        self.restore_button.setToolTip("Bring that text back as a new revision on top")
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)

        self._following = False
        self.old_box.currentIndexChanged.connect(self._old_chosen)
        self.new_box.currentIndexChanged.connect(self.show_diff)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.revisions:
            self.table.selectRow(0)
        self._selection_changed()
        self.show_diff()
        self.resize(1040, 600)

    def _picker(self, name: str, current: bool) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        if current:
            box.addItem("Current text", CURRENT)
        for rev in self.revisions:
            when = rev.created_at.astimezone().strftime("%d %b %H:%M")
            box.addItem(f"#{rev.number} · {when} · {rev.author}", rev.number)
        return box

    def _selection_changed(self) -> None:
        """The selected revision against the text as it is now: what changed since then."""
        row = self.table.currentRow()
        self.restore_button.setEnabled(
            row >= 0
            and self._text_of(self._number(row)) != (self.current.headline, self.current.body)
        )
        self.restore_button.setText(
            f"Restore revision #{self._number(row)}" if row >= 0 else "Restore selected revision"
        )
        if row >= 0 and not self._following:
            self.old_box.setCurrentIndex(row)
            self.new_box.setCurrentIndex(self.new_box.findData(CURRENT))

    def _old_chosen(self) -> None:
        """The revision picked to compare is the one selected in the list, so Restore acts on
        the revision on screen: picking #1 to compare with #3 left #4 selected, and "Restore
        selected revision" meant #4 (greyed, it is the current text) while #1 was shown."""
        row = self.old_box.currentIndex()
        if 0 <= row < self.table.rowCount() and row != self.table.currentRow():
            self._following = True  # the other picker stays as the desk chose it
            try:
                self.table.selectRow(row)
            finally:
                self._following = False
        self.show_diff()

    def _number(self, row: int) -> int:
        return self.revisions[row].number

    def _text_of(self, number: int) -> tuple[str, str]:
        if number == CURRENT:
            return self.current.headline, self.current.body
        revision = next(r for r in self.revisions if r.number == number)
        return revision.headline, revision.body

    def show_diff(self) -> None:
        if not self.revisions:
            self.diff.setPlainText("No revisions yet.")
            return
        old_number, new_number = self.old_box.currentData(), self.new_box.currentData()
        old_text = "\n\n".join(self._text_of(old_number))
        new_text = "\n\n".join(self._text_of(new_number))
        if old_number == new_number or old_text == new_text:
            self.summary.setText("no differences")
            same = "the current text" if CURRENT in (old_number, new_number) else "that revision"
            self.diff.setHtml(
                f"<p><i>This revision is the same as {same}.</i></p>"
                + diff_html(old_text, new_text)
            )
            return
        inserted, deleted = diff_stats(word_diff(old_text, new_text))
        self.summary.setText(f"+{inserted} / −{deleted} words")
        self.diff.setHtml(diff_html(old_text, new_text))

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        number = self.revisions[row].number
        if not self._confirm_restore(number):
            return
        try:
            self.restored = self.desk.restore_revision(self.story_id, number).story
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot restore", str(exc))
            return
        self.accept()

    def _confirm_restore(self, number: int) -> bool:
        """Restoring replaces the open text and Undo cannot bring it back (the editor reopens
        the story): say what goes and what comes, and where the current text stays."""
        # The text's words as the status bar counts them (the headline is not in that count).
        now = counted(words_read(self._text_of(CURRENT)[1]), "word", grouped=True)
        then = counted(words_read(self._text_of(number)[1]), "word", grouped=True)
        return bool(
            ConfirmDialog.ask(
                self,
                "Restore revision",
                f"Replace the current text ({now}) with revision #{number} ({then})?",
                confirm=f"Restore #{number}",
                informative="The current text stays in History: restore it from there.",
            )
        )

    @classmethod
    def ask(cls, parent: QWidget | None, desk: Desk, story_id: int) -> Story | None:
        """The story after a restore, or None when nothing was restored."""
        dialog = cls(parent, desk, story_id)
        dialog.exec()
        return dialog.restored
