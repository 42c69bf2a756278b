"""Someone else saved first: show both versions and a word diff, and let the user decide."""

from __future__ import annotations

import enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import ConflictError
from app.core.model import Story
from app.gui.word_diff import diff_html, diff_stats, word_diff


class ConflictChoice(enum.Enum):
    KEEP_MINE = "keep_mine"
    """Save my text as a new revision on top of theirs (theirs stays in the history)."""
    TAKE_THEIRS = "take_theirs"
    COPY_ASIDE = "copy_aside"
    """Keep theirs in this story and my text as a new story beside it."""


class ConflictDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, mine: Story, theirs: Story, error: ConflictError
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Someone else saved this story first")
        self.setAccessibleName("Save conflict")
        self.choice: ConflictChoice | None = None
        when = theirs.updated_at.astimezone().strftime("%H:%M on %d %b") if (
            theirs.updated_at
        ) else "a moment ago"
        pieces = word_diff(theirs.body, mine.body)
        inserted, deleted = diff_stats(pieces)
        intro = QLabel(
            f"<b>{error.saved_by or 'Someone else'}</b> saved “{theirs.headline}” at {when} "
            f"(version {error.stored_version}) after you opened version "
            f"{error.expected_version}. Nothing has been overwritten.<br>"
            f"Your text adds {inserted} and removes {deleted} words compared with theirs."
        )
        intro.setWordWrap(True)

        theirs_view = _text_view(f"{theirs.headline}\n\n{theirs.body}", "Their version")
        mine_view = _text_view(f"{mine.headline}\n\n{mine.body}", "Your version")
        diff = QTextBrowser()
        diff.setAccessibleName("Differences from their version to yours")
        diff.setHtml(diff_html(theirs.body, mine.body))
        sides = QSplitter()
        sides.addWidget(_titled("Theirs (saved)", theirs_view))
        sides.addWidget(_titled("Yours (not saved yet)", mine_view))
        body = QSplitter()
        body.setOrientation(Qt.Orientation.Vertical)
        body.addWidget(sides)
        body.addWidget(_titled("Changes from theirs to yours (inserted / deleted)", diff))

        buttons = QDialogButtonBox()
        self.keep_button = self._button(buttons, "Keep mine on top", ConflictChoice.KEEP_MINE,
                                        "Save your text as a new revision; theirs stays in "
                                        "the history")
        self.theirs_button = self._button(buttons, "Take theirs", ConflictChoice.TAKE_THEIRS,
                                          "Drop your changes and show their version")
        self.copy_button = self._button(buttons, "Copy mine aside", ConflictChoice.COPY_ASIDE,
                                        "Keep theirs here and your text as a new story")
        later = buttons.addButton("Decide later", QDialogButtonBox.ButtonRole.RejectRole)
        later.setAccessibleName("Decide later")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def _button(
        self, box: QDialogButtonBox, text: str, choice: ConflictChoice, tip: str
    ) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setToolTip(tip)
        button.setAccessibleName(text)
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, mine: Story, theirs: Story, error: ConflictError
    ) -> ConflictChoice | None:
        dialog = cls(parent, mine, theirs, error)
        dialog.exec()
        return dialog.choice


def _text_view(text: str, name: str) -> QPlainTextEdit:
    view = QPlainTextEdit(text)
    view.setReadOnly(True)
    view.setAccessibleName(name)
    return view


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(f"<b>{title}</b>")
    row = QHBoxLayout()
    row.addWidget(label)
    layout.addLayout(row)
    layout.addWidget(widget)
    return box
