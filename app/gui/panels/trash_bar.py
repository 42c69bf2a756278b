"""The bar over the story list while it shows the trash: restore, delete for ever, empty, leave.

Its buttons sit two by two: in one row they wanted ~440 px, wider than the list at 1280×800
(~370 px), and showing the trash widened the list and squeezed the editor.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class TrashBar(QFrame):
    restore_requested = Signal()
    purge_requested = Signal()
    empty_requested = Signal()
    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trashBar")
        self.setAccessibleName("Trash")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel()
        self.label.setObjectName("trashLabel")
        self.label.setWordWrap(True)
        self.restore_button = self._button(
            "Restore", "Bring the selected story back", self.restore_requested
        )
        self.purge_button = self._button(
            "Delete for ever…",
            "Remove the selected story and its history for good",
            self.purge_requested,
        )
        self.empty_button = self._button(
            "Empty trash…", "Remove every story in the trash for good", self.empty_requested
        )
        self.leave_button = self._button(
            "Back to stories", "Leave the trash (Ctrl+Shift+T)", self.leave_requested
        )
        # What to do with the selected story on the first row, the whole trash and the way
        # out on the second: the bar is never wider than the two widest buttons side by side.
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.restore_button, 0, 0)
        buttons.addWidget(self.purge_button, 0, 1)
        buttons.addWidget(self.empty_button, 1, 0)
        buttons.addWidget(self.leave_button, 1, 1)
        buttons.setColumnStretch(2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.label)
        layout.addLayout(buttons)

    def _button(self, text: str, tip: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.rstrip("…"))
        button.setToolTip(tip)
        button.clicked.connect(signal)
        return button

    def show_count(self, count: int, selected: bool) -> None:
        self.label.setText(
            f"Trash: {count} stor{'y' if count == 1 else 'ies'}. Restore one to edit it again."
            if count
            else "The trash is empty."
        )
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)
        self.empty_button.setEnabled(count > 0)
