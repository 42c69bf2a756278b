"""Ask for the note that goes with marking a quote verified or disputed (who/when are stored)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Quote, QuoteStatus
from app.gui.dialogs.confirm_keys import confirm_with_ctrl_return

_PROMPTS = {
    QuoteStatus.VERIFIED: (
        "Mark quote verified",
        "How did you verify it? (e.g. “checked against the 18 Nov recording, 04:12”)",
    ),
    QuoteStatus.DISPUTED: (
        "Mark quote disputed",
        "What is wrong with it? The note stays with the quote for the next editor.",
    ),
    QuoteStatus.UNVERIFIED: ("Clear quote status", "Why is the status being cleared? (optional)"),
}


class QuoteNoteDialog(QDialog):
    """A dispute needs a reason; a verification note is optional but recommended."""

    def __init__(self, quote: Quote, status: QuoteStatus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteNoteDialog")
        title, prompt = _PROMPTS[status]
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._status = status
        text = " ".join(quote.text.split())
        shown = text if len(text) < 240 else text[:239] + "…"
        quote_label = QLabel(f"“{shown}”\n— {quote.speaker or 'speaker not identified'}")
        quote_label.setWordWrap(True)
        quote_label.setAccessibleName("Quote")
        prompt_label = QLabel(prompt)
        prompt_label.setWordWrap(True)
        self.note_edit = QPlainTextEdit(quote.status_note or "")
        self.note_edit.setAccessibleName("Note")
        self.note_edit.setPlaceholderText("Note")
        prompt_label.setBuddy(self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setAccessibleName("Dialog buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note_edit.textChanged.connect(self._update_ok)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        confirm_with_ctrl_return(self, ok, self.note_edit)  # the note box took Return and Tab
        layout = QVBoxLayout(self)
        layout.addWidget(quote_label)
        layout.addWidget(prompt_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self._update_ok()

    def _update_ok(self) -> None:
        needs_note = self._status is QuoteStatus.DISPUTED
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not needs_note or bool(self.note().strip()))

    def note(self) -> str:
        return self.note_edit.toPlainText().strip()

    @classmethod
    def ask(cls, parent: QWidget | None, quote: Quote, status: QuoteStatus) -> str | None:
        """The note ("" for none) or None if the user cancelled."""
        dialog = cls(quote, status, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.note()
