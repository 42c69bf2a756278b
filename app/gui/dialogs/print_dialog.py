"""Print and Print preview of a laid-out story, through Qt's own printing dialogs."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from app.gui.printing import make_printer, print_document


class PrintDialog:
    """Choose a printer (or a PDF file) and print; `ask` says whether anything was printed."""

    @classmethod
    def ask(cls, parent: QWidget | None, document: QTextDocument) -> bool:
        printer = make_printer()
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("Print story")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        print_document(document, printer)
        return True


class PrintPreview:
    """The pages as they will print, with Qt's page setup and a Print button."""

    @classmethod
    def build(cls, parent: QWidget | None, document: QTextDocument) -> QPrintPreviewDialog:
        printer = make_printer()
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.printer_kept = printer  # the dialog does not own it: keep it alive as long
        dialog.setWindowTitle("Print preview")
        # The dialog lays the pages out on its own printer whenever the setup changes.
        dialog.paintRequested.connect(lambda printer: print_document(document, printer))
        dialog.resize(900, 1000)
        return dialog

    @classmethod
    def ask(cls, parent: QWidget | None, document: QTextDocument) -> bool:
        """True when the desk printed from the preview."""
        return cls.build(parent, document).exec() == QDialog.DialogCode.Accepted
