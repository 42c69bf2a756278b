"""Help → Quick guide: how a story goes through the desk, read from resources/help/guide.md."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.core.config import resource_path


def guide_markdown() -> str:
    path = resource_path("help", "guide.md")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return "# Quick guide\n\nThe guide is missing from this installation."


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Quick guide")
        self.setAccessibleName("Quick guide")
        self.view = QTextBrowser()
        self.view.setAccessibleName("Guide text")
        self.view.setOpenExternalLinks(False)
        self.view.setMarkdown(guide_markdown())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(640, 700)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
