"""The review layer's small dialogs: a comment or reply, and a reason (with what is open).

The text box is several lines, so Return makes a new line there; Ctrl+Return sends (as in mail
and chat clients) and Tab leaves the box for the buttons. Before, Tab typed a tab character and
nothing but the mouse reached OK: a keyboard user's only way out was Escape, losing the text.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.dialogs.confirm_keys import confirm_with_ctrl_return


class _TextDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, intro: str, items: list[str],
                 placeholder: str) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("reviewTextDialog")
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        if items:
            listing = QListWidget()
            listing.setObjectName("openItems")
            listing.setAccessibleName("What is open")
            listing.addItems(items)
            listing.setMaximumHeight(160)
            layout.addWidget(listing)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(title)
        self.text.setPlaceholderText(placeholder)
        self.text.setMinimumHeight(70)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setEnabled(False)
        self.text.textChanged.connect(
            lambda: self.ok.setEnabled(bool(self.text.toPlainText().strip()))
        )
        layout.addWidget(buttons)
        confirm_with_ctrl_return(self, self.ok, self.text)  # OK once there is something
        self.resize(460, 320 if items else 200)


class CommentDialog:
    """What a new comment or a reply says."""

    @classmethod
    def ask(cls, parent: QWidget | None, about: str, reply: bool = False) -> str | None:
        title = "Reply" if reply else "Comment"
        about = " ".join(about.split())  # a selection ending in a space or a line break
        intro = f"Reply to: {about}" if reply else f"Comment on “{about}”"
        dialog = _TextDialog(parent, title, intro, [], "Your question or note")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip() or None


class ReasonDialog:
    """Why: moving a story to ready with things open, or taking over someone's claim."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, intro: str,
            items: list[str] | None = None) -> str | None:  # fmt: skip
        dialog = _TextDialog(parent, title, intro, list(items or []),
                             "The reason (recorded with the story)")  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text.toPlainText().strip() or None
