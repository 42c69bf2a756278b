"""A read-only viewer of a story's source documents that opens at a quote's matched passage."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.model import SourceDocument
from app.gui.theme import is_dark


def _document_text(document: SourceDocument) -> tuple[str, object | None]:
    """The words verification read (evidence offsets point here), and the parsed source."""
    try:
        from app.core.verification.documents import parse_document

        source = parse_document(document)
    except Exception:  # an unparsable attachment is still worth reading as it is
        return document.text, None
    return source.text, source


class DocumentViewerDialog(QDialog):
    """Non-modal, so the editor stays usable while the desk reads the transcript beside it."""

    def __init__(self, documents: Sequence[SourceDocument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentViewerDialog")
        self.setWindowTitle("Source documents")
        self.setAccessibleName("Source documents")
        self._documents = list(documents)
        self._parsed: dict[int, tuple[str, object | None]] = {}
        self.picker = QComboBox()
        self.picker.setAccessibleName("Document")
        for document in self._documents:
            self.picker.addItem(f"{document.title} ({document.kind})")
        self.where = QLabel()
        self.where.setAccessibleName("Passage location")
        self.where.setWordWrap(True)
        self.text_view = QPlainTextEdit()
        self.text_view.setReadOnly(True)
        self.text_view.setAccessibleName("Document text")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setAccessibleName("Dialog buttons")
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel("&Document:", buddy=self.picker))
        top.addWidget(self.picker, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(buttons)
        self.picker.currentIndexChanged.connect(self._show_index)
        self.resize(640, 520)
        if self._documents:
            self._show_index(0)

    def _text(self, index: int) -> tuple[str, object | None]:
        if index not in self._parsed:
            self._parsed[index] = _document_text(self._documents[index])
        return self._parsed[index]

    def _show_index(self, index: int) -> None:
        if not 0 <= index < len(self._documents):
            return
        text, _ = self._text(index)
        self.text_view.setPlainText(text)
        self.text_view.setExtraSelections([])
        document = self._documents[index]
        added = f" · added by {document.added_by}" if document.added_by else ""
        self.where.setText(f"{document.title} — {document.kind}{added}")

    def show_passage(self, title: str, start: int, end: int) -> bool:
        """Open the document named `title` and select [start, end); False if it is not attached."""
        index = next((i for i, d in enumerate(self._documents) if d.title == title), -1)
        if index < 0:
            self.where.setText(f"“{title}” is no longer attached to this story.")
            return False
        if self.picker.currentIndex() != index:
            self.picker.setCurrentIndex(index)
        else:
            self._show_index(index)
        text, source = self._text(index)
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        cursor = self.text_view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        mark = QTextEdit.ExtraSelection()
        mark.cursor = QTextCursor(cursor)
        fmt = QTextCharFormat()
        fmt.setBackground(QColor("#6a4d12" if is_dark() else "#fde2a6"))
        fmt.setFontUnderline(True)
        mark.format = fmt
        self.text_view.setExtraSelections([mark])
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()
        details = [self._documents[index].title]
        segment = source.segment_at(start) if source is not None else None
        if segment is not None and segment.speaker:
            details.append(f"said by {segment.speaker}")
        if segment is not None and segment.timestamp:
            details.append(f"at {segment.timestamp}")
        self.where.setText("Matched passage: " + " · ".join(details))
        return True

    def selected_text(self) -> str:
        return self.text_view.textCursor().selectedText()

    @classmethod
    def open_at(
        cls,
        parent: QWidget | None,
        documents: Sequence[SourceDocument],
        title: str | None = None,
        start: int = 0,
        end: int = 0,
    ) -> DocumentViewerDialog:
        """Show the viewer (not modal) at a passage and return it."""
        dialog = cls(documents, parent)
        if title is not None:
            dialog.show_passage(title, start, end)
        dialog.show()
        return dialog
