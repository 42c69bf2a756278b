"""Ask for the note of a correction or an update, or the reason of a kill (all required).

Ctrl+Return confirms, as in the comment dialogs (Return makes a new line in the note).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.model import PublicationKind
from app.gui.dialogs.confirm_keys import confirm_with_ctrl_return

TEXTS = {
    PublicationKind.CORRECTION: (
        "Correct “{title}”",
        "The story goes back to editing. When it is published again, readers see this note "
        "as “Correction: …” with the date. Say what was wrong and what is right.",
        "Correction note",
        "Open correction",
    ),
    PublicationKind.UPDATE: (
        "Update “{title}”",
        "The story goes back to editing. When it is published again, readers see this note "
        "as “Update: …” with the date. Say what is new.",
        "Update note",
        "Open update",
    ),
    PublicationKind.KILL: (
        "Kill “{title}”",
        "The story is withdrawn for good: every export becomes a kill notice that gives this "
        "reason, and the story can no longer be edited or published. This cannot be undone.",
        "Reason for the kill",
        "Kill story",
    ),
}


class AmendDialog(QDialog):
    def __init__(self, parent: QWidget | None, kind: PublicationKind, title: str) -> None:
        super().__init__(parent)
        window_title, explanation, label, confirm = TEXTS[kind]
        self.setWindowTitle(window_title.format(title=title))
        self.setAccessibleName(label)
        intro = QLabel(explanation)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(label)
        self.text.setPlaceholderText(label + " (required)")
        caption = QLabel(f"&{label}:")
        caption.setBuddy(self.text)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm = self.buttons.addButton(confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(
            lambda: self.confirm.setEnabled(bool(self.text.toPlainText().strip()))
        )
        confirm_with_ctrl_return(self, self.confirm, self.text)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(caption)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(520, 280)

    def value(self) -> str:
        return " ".join(self.text.toPlainText().split())

    @classmethod
    def ask(cls, parent: QWidget | None, kind: PublicationKind, title: str) -> str | None:
        """The note or reason, or None when cancelled (it is never empty)."""
        dialog = cls(parent, kind, title)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.value():
            return None
        return dialog.value()
