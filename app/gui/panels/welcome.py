"""The first-run view of an empty store: new story, import wire copy, or load the samples."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.config import resource_path


def sample_paths() -> list[Path]:
    """The sample stories shipped in resources/samples/ (Markdown with front matter)."""
    folder = resource_path("samples")
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


class WelcomePanel(QWidget):
    new_requested = Signal()
    import_requested = Signal()
    samples_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        self.setAccessibleName("Welcome")
        title = QLabel("Welcome to Copydesk")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setWeight(QFont.Weight.DemiBold)
        title.setFont(font)
        hint = QLabel(
            "No stories yet — start a new story, import wire copy (or drop files on the "
            "window, or paste copied text with Ctrl+Shift+V), or load three sample stories "
            "to look around."
        )
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setObjectName("welcomeHint")
        self.hint = hint
        self.new_button = self._button("New story", "Ctrl+N", self.new_requested)
        self.import_button = self._button("Import wire copy…", "Ctrl+O", self.import_requested)
        self.samples_button = self._button("Load sample stories", "", self.samples_requested)
        self.samples_button.setEnabled(bool(sample_paths()))

        # A column of fixed measure, centred. The wrapped hint fills the column's width with no
        # alignment flag of its own: a label placed with AlignHCenter gets its unwrapped size
        # hint's height and its wrapped lines are cut at the top and bottom.
        column = QWidget()
        column.setObjectName("welcomeColumn")
        column.setFixedWidth(max(520, hint.fontMetrics().averageCharWidth() * 64))
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(10)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(title)
        inner.addWidget(hint)
        inner.addSpacing(14)
        for button in (self.new_button, self.import_button, self.samples_button):
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def _button(self, text: str, shortcut: str, signal) -> QPushButton:
        button = QPushButton(f"{text}   {shortcut}".rstrip())
        button.setAccessibleName(text.rstrip("…"))
        button.setMinimumWidth(260)
        button.setMinimumHeight(36)
        button.clicked.connect(signal)
        return button

    def set_icons(self) -> None:
        from app.gui import icons

        self.new_button.setIcon(icons.icon("new"))
        self.import_button.setIcon(icons.icon("import"))
        self.samples_button.setIcon(icons.icon("samples"))
