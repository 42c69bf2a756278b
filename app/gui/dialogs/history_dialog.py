"""A story's revisions: who, when, size; a word diff between any two; restore one on top."""

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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CopydeskError
from app.core.model import Revision, Story
from app.gui.word_diff import diff_html, diff_stats, word_diff

if TYPE_CHECKING:
    from app.core.services import Desk

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
REASONS = {
    "create": "created", "import": "imported", "save": "saved", "autosave": "autosaved",
    "close": "closed", "status": "status change", "restore": "restored", "conflict": "conflict",
}


class HistoryDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, story_id: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("History")
        self.setAccessibleName("Story history")
        self.desk = desk
        self.story_id = story_id
        self.restored: Story | None = None
        self.revisions: list[Revision] = desk.revisions(story_id)
        self.revisions.sort(key=lambda r: r.number, reverse=True)

        self.table = QTableWidget(len(self.revisions), 5)
        self.table.setAccessibleName("Revisions")
        self.table.setHorizontalHeaderLabels(["#", "When", "Who", "Why", "Size"])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, rev in enumerate(self.revisions):
            when = rev.created_at.astimezone().strftime("%d %b %Y %H:%M")
            cells = [str(rev.number), when, rev.author, REASONS.get(rev.reason, rev.reason),
                     f"{rev.size:,} ch"]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (0, 4):
                    item.setTextAlignment(RIGHT)
                self.table.setItem(row, col, item)

        self.old_box = self._picker("Compare revision")
        self.new_box = self._picker("with revision")
        if len(self.revisions) > 1:
            self.old_box.setCurrentIndex(1)
        self.summary = QLabel()
        self.diff = QTextBrowser()
        self.diff.setAccessibleName("Word differences between the two revisions")
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
        split.addWidget(self.table)
        split.addWidget(right)
        split.setSizes([380, 620])

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

        self.old_box.currentIndexChanged.connect(self.show_diff)
        self.new_box.currentIndexChanged.connect(self.show_diff)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.revisions:
            self.table.selectRow(0)
        self.show_diff()
        self.resize(1000, 600)

    def _picker(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for rev in self.revisions:
            when = rev.created_at.astimezone().strftime("%d %b %H:%M")
            box.addItem(f"#{rev.number} · {when} · {rev.author}", rev.number)
        return box

    def _selection_changed(self) -> None:
        row = self.table.currentRow()
        self.restore_button.setEnabled(row > 0)  # the top one is what the story holds now
        if row >= 0:
            self.new_box.setCurrentIndex(row)
            if row + 1 < len(self.revisions):
                self.old_box.setCurrentIndex(row + 1)

    def show_diff(self) -> None:
        if not self.revisions:
            self.diff.setPlainText("No revisions yet.")
            return
        old = self.revisions[max(0, self.old_box.currentIndex())]
        new = self.revisions[max(0, self.new_box.currentIndex())]
        old_text = f"{old.headline}\n\n{old.body}"
        new_text = f"{new.headline}\n\n{new.body}"
        inserted, deleted = diff_stats(word_diff(old_text, new_text))
        self.summary.setText(f"+{inserted} / −{deleted} words")
        self.diff.setHtml(diff_html(old_text, new_text))

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if row <= 0:
            return
        number = self.revisions[row].number
        try:
            self.restored = self.desk.restore_revision(self.story_id, number).story
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot restore", str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, desk: Desk, story_id: int) -> Story | None:
        """The story after a restore, or None when nothing was restored."""
        dialog = cls(parent, desk, story_id)
        dialog.exec()
        return dialog.restored
