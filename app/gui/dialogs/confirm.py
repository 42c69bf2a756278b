"""Small questions: confirm a destructive step, or ask for one line of text (a link's address)."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget


class ConfirmDialog:
    """A yes/no question whose yes-button says what will happen ("Delete", "Restore")."""

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        text: str,
        confirm: str = "OK",
        informative: str = "",
    ) -> bool | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        if informative:
            box.setInformativeText(informative)
        yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(title)
        box.exec()
        return True if box.clickedButton() is yes else None


class TextPrompt:
    """One line of text, e.g. a link's address."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
        return value if ok else None
