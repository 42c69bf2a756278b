"""Story → Audit report: the copy desk's record on screen, printed (with a preview) or saved.

The page is the same HTML the command line writes (`copydesk audit`), shown and printed by
Qt's rich-text engine; Save as PDF writes ReportLab's PDF, as `copydesk audit --format pdf`.
Confidential sources stay "confidential source" unless the desk ticks the private box.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CopydeskError
from app.gui import icons

if TYPE_CHECKING:
    from app.core.audit.model import AuditReport
    from app.core.services import Desk


QT_STYLES = """
table { border-collapse: collapse; margin-bottom: 10px; }
caption { font-weight: bold; }
th { border-bottom: 2px solid #1a1a1a; padding: 3px 8px 3px 2px; text-align: left; }
td { border-bottom: 1px solid #d0d0d0; padding: 3px 8px 3px 2px; vertical-align: top; }
h2 { margin-top: 20px; }
dt { color: #5c5c5c; }
dd { margin-bottom: 2px; }
blockquote { font-style: italic; margin-left: 0; }
.kicker { color: #8a1c1c; }
.none { color: #5c5c5c; font-style: italic; }
"""
"""Qt's rich-text engine reads no CSS variables or grid: these few rules stand in for the
export stylesheet's on screen and on paper (the saved HTML keeps the full stylesheet)."""


class SavePath:
    """Where to save a file (a dialog; tests patch `ask`)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(path) if path else None


class AuditReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, desk: Desk, story_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("auditReportDialog")
        self.setAccessibleName("Audit report")
        self.desk = desk
        self.story_id = story_id
        self.report: AuditReport | None = None
        self.html = ""

        self.private = QCheckBox("Name confidential sources (private: keep it on the desk)")
        self.private.setAccessibleName("Name confidential sources")
        self.private.toggled.connect(lambda _on: self.refresh())
        self.browser = QTextBrowser()
        self.browser.setAccessibleName("Audit report")
        self.browser.setOpenExternalLinks(False)
        self.browser.document().setDefaultStyleSheet(QT_STYLES)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton("&Print…", QDialogButtonBox.ButtonRole.ActionRole)
        icons.set_icon(self.print_button, lambda: icons.icon("print"))
        self.pdf_button = buttons.addButton("Save as P&DF…", QDialogButtonBox.ButtonRole.ActionRole)
        self.html_button = buttons.addButton(
            "Save as &HTML…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.clicked.connect(self.print_preview)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.html_button.clicked.connect(self.save_html)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.private)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(980, 760)
        self.refresh()

    def refresh(self) -> None:
        from app.core.audit import build_report, render_html

        try:
            self.report = build_report(self.desk, self.story_id, private=self.private.isChecked())
        except CopydeskError as exc:
            self.report, self.html = None, ""
            self.browser.setPlainText(str(exc))
            return
        self.html = render_html(self.report)
        self.browser.setHtml(self.html)
        title = f"Audit report — {self.report.headline}"
        self.setWindowTitle(title + (" (private)" if self.report.private else ""))

    # -- print and save --------------------------------------------------------------------

    def print_to(self, printer: QPrinter) -> None:
        """Lay the report out on `printer`'s pages (the preview's paint request calls this)."""
        self.browser.document().print_(printer)

    def print_preview(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.report is not None:
            printer.setDocName(f"Audit report {self.report.slug}")
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle("Print audit report")
        preview.paintRequested.connect(self.print_to)
        preview.exec()

    def _suggested(self, suffix: str) -> str:
        from app.core.exporting.filenames import safe_stem

        slug = self.report.slug if self.report else "story"
        private = "-private" if self.private.isChecked() else ""
        return f"{safe_stem(slug)}-audit{private}{suffix}"

    def _save(self, data: str | bytes, title: str, suffix: str, filters: str) -> Path | None:
        from app.core.exporting.writer import atomic_write

        path = SavePath.ask(self, title, self._suggested(suffix), filters)
        if path is None:
            return None
        try:
            atomic_write(path, data)
        except OSError as exc:
            QMessageBox.warning(self, "Not saved", f"Cannot write {path}: {exc.strerror or exc}.")
            return None
        return path

    def save_pdf(self) -> Path | None:
        from app.core.audit import render_pdf

        if self.report is None:
            return None
        return self._save(render_pdf(self.report), "Save audit report as PDF", ".pdf",
                          "PDF (*.pdf)")  # fmt: skip

    def save_html(self) -> Path | None:
        if self.report is None:
            return None
        return self._save(self.html, "Save audit report as HTML", ".html", "HTML (*.html)")

    @classmethod
    def ask(cls, parent: QWidget | None, desk: Desk, story_id: int) -> None:
        cls(parent, desk, story_id).exec()
