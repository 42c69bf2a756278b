"""Find and replace in the story text, with case and whole-word options (modeless)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)


class FindReplaceDialog(QDialog):
    """Works on one QTextEdit; replacing all is a single undo step."""

    def __init__(self, parent: QWidget | None, editor: QTextEdit) -> None:
        super().__init__(parent)
        self.setWindowTitle("Find and replace")
        self.setAccessibleName("Find and replace")
        self.editor = editor
        self.find_field = QLineEdit()
        self.find_field.setAccessibleName("Find")
        self.replace_field = QLineEdit()
        self.replace_field.setAccessibleName("Replace with")
        self.case = QCheckBox("Match &case")
        self.case.setAccessibleName("Match case")
        self.whole = QCheckBox("&Whole words")
        self.whole.setAccessibleName("Whole words")
        self.status = QLabel()
        self.status.setAccessibleName("Find result")
        buttons = {}
        for name, text in (
            ("next", "Find &next"),
            ("previous", "Find &previous"),
            ("replace", "&Replace"),
            ("all", "Replace &all"),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            buttons[name] = button
        self.next_button, self.prev_button = buttons["next"], buttons["previous"]
        self.replace_button, self.all_button = buttons["replace"], buttons["all"]
        self.next_button.setDefault(True)

        grid = QGridLayout(self)
        grid.addWidget(QLabel("Find:"), 0, 0)
        grid.addWidget(self.find_field, 0, 1)
        grid.addWidget(self.next_button, 0, 2)
        grid.addWidget(QLabel("Replace:"), 1, 0)
        grid.addWidget(self.replace_field, 1, 1)
        grid.addWidget(self.replace_button, 1, 2)
        options = QHBoxLayout()
        options.addWidget(self.case)
        options.addWidget(self.whole)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        grid.addWidget(self.prev_button, 2, 2)
        grid.addWidget(self.status, 3, 1)
        grid.addWidget(self.all_button, 3, 2)

        self.next_button.clicked.connect(lambda: self.find(backward=False))
        self.prev_button.clicked.connect(lambda: self.find(backward=True))
        self.replace_button.clicked.connect(self.replace_one)
        self.all_button.clicked.connect(self.replace_all)
        self.find_field.returnPressed.connect(lambda: self.find(backward=False))

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find(self, backward: bool = False) -> bool:
        """Select the next match, wrapping around once; say so when there is none."""
        term = self.find_field.text()
        if not term:
            return False
        doc = self.editor.document()
        found = doc.find(term, self.editor.textCursor(), self._flags(backward))
        if found.isNull():
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(term, start, self._flags(backward))
        if found.isNull():
            self.status.setText(f"“{term}” not found")
            return False
        self.editor.setTextCursor(found)
        self.editor.ensureCursorVisible()
        self.status.setText("")
        return True

    def _selection_matches(self) -> bool:
        selected = self.editor.textCursor().selectedText()
        term = self.find_field.text()
        if self.case.isChecked():
            return selected == term
        return selected.casefold() == term.casefold()

    def replace_one(self) -> None:
        if self.editor.isReadOnly():
            return
        if self._selection_matches():
            self.editor.textCursor().insertText(self.replace_field.text())
        self.find()

    def replace_all(self) -> int:
        if self.editor.isReadOnly():
            return 0
        term = self.find_field.text()
        if not term:
            return 0
        doc = self.editor.document()
        cursor = QTextCursor(doc)
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        count = 0
        while True:
            cursor = doc.find(term, cursor, self._flags())
            if cursor.isNull():
                break
            cursor.insertText(self.replace_field.text())
            count += 1
        edit.endEditBlock()
        self.status.setText(f"Replaced {count} occurrence{'s' if count != 1 else ''}")
        return count

    @classmethod
    def ask(
        cls, parent: QWidget | None, editor: QTextEdit, *, replace: bool = False
    ) -> FindReplaceDialog:
        """Show (or raise) the one modeless dialog for this editor, on the find or replace row."""
        dialog = getattr(editor, "_find_dialog", None)
        if dialog is None:
            dialog = cls(parent, editor)
            editor._find_dialog = dialog  # type: ignore[attr-defined]
        selected = editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            dialog.find_field.setText(selected)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        (
            dialog.replace_field if replace and dialog.find_field.text() else dialog.find_field
        ).setFocus()
        dialog.find_field.selectAll()
        return dialog
