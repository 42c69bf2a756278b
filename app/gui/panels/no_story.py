"""What the editor's place shows when no story is open: what to do next, not a greyed-out form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

OPEN_HINT = (
    "Pick a story in the list on the left to open it, reopen one from File → Open recent, "
    "or start a new story with Ctrl+N. Wire copy dropped on the window becomes a story."
)
TRASH_HINT = (
    "You are looking at the trash. Stories here are not edited: select one and press Delete "
    "or click Restore to bring it back, or press Ctrl+Shift+T to leave the trash."
)


class NoStoryPanel(QWidget):
    new_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noStoryPanel")
        self.setAccessibleName("No story open")
        self.title = QLabel("No story is open")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(OPEN_HINT)
        self.hint.setObjectName("noStoryHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.new_button = QPushButton("New story   Ctrl+N")
        self.new_button.setAccessibleName("New story")
        self.new_button.clicked.connect(self.new_requested)
        self.reopen_button = QPushButton("Open the last story")
        self.reopen_button.setAccessibleName("Open the last story")
        self.reopen_button.clicked.connect(self.reopen_requested)
        self.reopen_button.setVisible(False)
        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(self.title)
        column.addWidget(self.hint)
        column.addSpacing(8)
        for button in (self.new_button, self.reopen_button):
            button.setMinimumWidth(220)
            column.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 20, 40, 20)
        layout.addStretch(2)
        layout.addLayout(column)
        layout.addStretch(3)

    def show_state(self, in_trash: bool, last_title: str | None) -> None:
        """The trash explains itself; otherwise offer the story worked on last, if any."""
        self.hint.setText(TRASH_HINT if in_trash else OPEN_HINT)
        self.reopen_button.setVisible(bool(last_title) and not in_trash)
        if last_title:
            short = last_title if len(last_title) <= 48 else last_title[:47].rstrip() + "…"
            self.reopen_button.setText(f"Open “{short}”")
            self.reopen_button.setToolTip(last_title)
        self.new_button.setVisible(not in_trash)
