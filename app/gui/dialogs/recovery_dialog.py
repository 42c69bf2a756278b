"""After a crash: offer the unsaved text the recovery journal kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.model import count_words
from app.gui.recovery import RecoveryEntry


class RecoveryDialog(QDialog):
    def __init__(self, parent: QWidget | None, entries: list[RecoveryEntry]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore unsaved text?")
        self.setAccessibleName("Restore unsaved text")
        self.entries = entries
        self.result_entries: list[RecoveryEntry] | None = None
        label = QLabel(
            "Copydesk closed before this text was saved. Tick what to restore: it opens in "
            "the editor and is saved as a new revision (nothing stored is overwritten)."
        )
        label.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Unsaved stories")
        for entry in entries:
            when = entry.written.astimezone().strftime("%d %b %H:%M")
            item = QListWidgetItem(
                f"{entry.headline or entry.slug or 'Untitled'} — {count_words(entry.body):,} "
                f"words, typed before {when}"
            )
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox()
        restore = buttons.addButton("Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        restore.setAccessibleName("Restore")
        discard = buttons.addButton("Discard", QDialogButtonBox.ButtonRole.DestructiveRole)
        discard.setAccessibleName("Discard")
        later = buttons.addButton("Ask me later", QDialogButtonBox.ButtonRole.RejectRole)
        later.setAccessibleName("Ask me later")
        restore.clicked.connect(self._restore)
        discard.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(560, 320)

    def _restore(self) -> None:
        self.result_entries = [
            e
            for i, e in enumerate(self.entries)
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]
        self.accept()

    def _discard(self) -> None:
        self.result_entries = []
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, entries: list[RecoveryEntry]
    ) -> list[RecoveryEntry] | None:
        """Entries to restore ([] = discard them all), or None to keep them for next time."""
        dialog = cls(parent, entries)
        dialog.exec()
        return dialog.result_entries
