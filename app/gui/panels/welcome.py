"""The first-run view of an empty store: new story, import wire copy, or load the samples."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

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
        hint.setMaximumWidth(520)
        self.new_button = self._button("New story", "Ctrl+N", self.new_requested)
        self.import_button = self._button("Import wire copy…", "Ctrl+O", self.import_requested)
        self.samples_button = self._button(
            "Load sample stories", "", self.samples_requested
        )
        self.samples_button.setEnabled(bool(sample_paths()))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for widget in (title, hint):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(18)
        for button in (self.new_button, self.import_button, self.samples_button):
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

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
