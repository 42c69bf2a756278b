"""Edit one source: name, title, description, flags, and the private contact and notes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.model import Source
from app.gui.dialogs.confirm_keys import confirm_with_ctrl_return


class SourceDialog(QDialog):
    """Private fields are labelled as such so nobody mistakes them for copy."""

    def __init__(self, source: Source, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourceDialog")
        self.setWindowTitle(f"Source: {source.name}")
        self.setAccessibleName("Edit source")
        self._source = source
        self.name_edit = self._line(source.name, "Name")
        self.title_edit = self._line(source.title, "Title or affiliation")
        self.description_edit = self._line(source.description, "Description")
        self.anonymous_box = QCheckBox("Anonymous (not named in the copy)")
        self.anonymous_box.setChecked(source.anonymous)
        self.anonymous_box.setAccessibleName("Anonymous")
        self.confidential_box = QCheckBox("Confidential (name never leaves this workstation)")
        self.confidential_box.setChecked(source.confidential)
        self.confidential_box.setAccessibleName("Confidential")
        self.contact_edit = self._line(source.contact, "Private contact")
        self.notes_edit = QPlainTextEdit(source.notes or "")
        self.notes_edit.setAccessibleName("Private notes")
        self.notes_edit.setMinimumHeight(80)
        form = QFormLayout()
        form.addRow("&Name", self.name_edit)
        form.addRow("&Title", self.title_edit)
        form.addRow("&Description", self.description_edit)
        form.addRow("", self.anonymous_box)
        form.addRow("", self.confidential_box)
        private = QLabel("Private — never exported, printed or indexed:")
        private.setWordWrap(True)
        form.addRow(private)
        form.addRow("&Contact", self.contact_edit)
        form.addRow("N&otes", self.notes_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.setAccessibleName("Dialog buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        confirm_with_ctrl_return(self, save, self.notes_edit)  # Tab typed a tab in the notes
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 380)

    @staticmethod
    def _line(value: str | None, name: str) -> QLineEdit:
        edit = QLineEdit(value or "")
        edit.setAccessibleName(name)
        return edit

    def _update_ok(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(bool(self.name_edit.text().strip()))

    def source(self) -> Source:
        def text(edit: QLineEdit) -> str | None:
            return edit.text().strip() or None

        return replace(
            self._source,
            name=self.name_edit.text().strip(),
            title=text(self.title_edit),
            description=text(self.description_edit),
            anonymous=self.anonymous_box.isChecked(),
            confidential=self.confidential_box.isChecked(),
            contact=text(self.contact_edit),
            notes=self.notes_edit.toPlainText().strip() or None,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, source: Source) -> Source | None:
        dialog = cls(source, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.source()
