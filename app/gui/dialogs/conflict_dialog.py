"""Someone else saved first: show both versions and a word diff, and let the user decide."""

from __future__ import annotations

import enum
import html
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
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
from app.gui.models.story_table_model import STATUS_LABELS
from app.gui.panels.metadata_form import format_dateline
from app.gui.word_diff import diff_html, diff_stats, word_diff


class ConflictChoice(enum.Enum):
    KEEP_MINE = "keep_mine"
    """Save my text as a new revision on top of theirs (theirs stays in the history)."""
    TAKE_THEIRS = "take_theirs"
    COPY_ASIDE = "copy_aside"
    """Keep theirs in this story and my text as a new story beside it."""


FIELD_LABELS = {
    "headline": "Headline",
    "body": "Text",
    "dek": "Dek",
    "slug": "Slug",
    "dateline": "Dateline",
    "desk": "Desk",
    "status": "Status",
    "keywords": "Keywords",
}
EDITABLE_FIELDS = tuple(FIELD_LABELS)
METADATA_FIELDS = ("dek", "slug", "dateline", "desk", "status", "keywords")
"""Fields the user chooses one by one when both sides changed them (the text goes by the
buttons: "Keep mine on top" keeps my headline and body)."""


@dataclass(frozen=True)
class FieldChange:
    """One field where my version and theirs differ, and who changed it since the base."""

    name: str
    mine: object
    theirs: object
    mine_changed: bool
    theirs_changed: bool

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.name]

    @property
    def clash(self) -> bool:
        """Both changed it: the user decides (for metadata, field by field)."""
        return self.mine_changed and self.theirs_changed


class ThreeWayMerge:
    """My version and theirs, each compared with the base version my editor loaded.

    Keeping mine takes the fields I changed from mine and every other field from theirs, so
    what the other workstation changed (status, dek...) is not silently reverted. Without a
    base every difference counts as changed on both sides (mine kept unless chosen otherwise).
    `base_as_edited` is the base as the editor shows it (its Markdown and fields read back),
    which counts as unchanged too.
    """

    def __init__(
        self,
        mine: Story,
        theirs: Story,
        base: Story | None = None,
        base_as_edited: Story | None = None,
    ) -> None:
        self.mine, self.theirs, self.base = mine, theirs, base
        self._bases = [b for b in (base, base_as_edited) if b is not None]

    def _changed(self, story: Story, name: str) -> bool:
        if not self._bases:
            return True
        return all(_value(story, name) != _value(b, name) for b in self._bases)

    def changes(self) -> list[FieldChange]:
        """The fields where mine and theirs differ, in the editor's order."""
        return [
            FieldChange(
                name,
                _value(self.mine, name),
                _value(self.theirs, name),
                self._changed(self.mine, name),
                self._changed(self.theirs, name),
            )
            for name in EDITABLE_FIELDS
            if _value(self.mine, name) != _value(self.theirs, name)
        ]

    def clashes(self) -> list[FieldChange]:
        """Metadata both sides changed differently: the dialog asks which to keep."""
        return [c for c in self.changes() if c.clash and c.name in METADATA_FIELDS]

    def merged(self, take_theirs: Iterable[str] = ()) -> Story:
        """Theirs (version, credits, everything stored) with what I changed on top."""
        keep_theirs = set(take_theirs)
        mine = {
            c.name: c.mine for c in self.changes() if c.mine_changed and c.name not in keep_theirs
        }
        if "body" in mine:  # the text is its markup: suggestions go with it
            mine["body"] = self.mine.body
            mine["body_markup"] = self.mine.markup
        return self.theirs.with_changes(**mine)


def _value(story: Story, name: str) -> object:
    """A field as the merge compares it; the text with its suggestions (the stored form)."""
    return story.markup if name == "body" else getattr(story, name)


@dataclass(frozen=True)
class ConflictDecision:
    choice: ConflictChoice
    take_theirs: frozenset[str] = frozenset()
    """Metadata both sides changed where the user chose theirs (with "Keep mine on top")."""

    @classmethod
    def of(cls, answer: ConflictDecision | ConflictChoice | None) -> ConflictDecision | None:
        if answer is None or isinstance(answer, ConflictDecision):
            return answer
        return cls(answer)


def display_value(name: str, value: object) -> str:
    if name == "status":
        return STATUS_LABELS.get(value, str(value))  # type: ignore[arg-type]
    if name == "dateline":
        return format_dateline(value)  # type: ignore[arg-type]
    if name == "keywords":
        return ", ".join(value)  # type: ignore[arg-type]
    if name == "body":
        return f"{len(str(value).split()):,} words"
    return str(value)


class ConflictDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        mine: Story,
        theirs: Story,
        error: ConflictError,
        merge: ThreeWayMerge | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Someone else saved this story first")
        self.setAccessibleName("Save conflict")
        self.choice: ConflictChoice | None = None
        self.merge = merge or ThreeWayMerge(mine, theirs)
        self.field_choices: dict[str, QComboBox] = {}
        """For each metadata field both changed: keep "mine" or "theirs" (item data)."""
        when = (
            theirs.updated_at.astimezone().strftime("%H:%M on %d %b")
            if (theirs.updated_at)
            else "a moment ago"
        )
        pieces = word_diff(theirs.markup, mine.markup)
        inserted, deleted = diff_stats(pieces)
        clashes = self.merge.clashes()
        both = (
            "<br>You both changed the "
            + ", ".join(c.label.lower() for c in clashes)
            + ": choose below which to keep."
            if clashes
            else ""
        )
        who = html.escape(error.saved_by or "Someone else", quote=False)
        intro = QLabel(
            f"<b>{who}</b> saved “{html.escape(theirs.headline, quote=False)}” at {when} "
            f"(version {error.stored_version}) after you opened version "
            f"{error.expected_version}. Nothing has been overwritten.<br>"
            f"Your text adds {inserted} and removes {deleted} words compared with theirs.{both}"
        )
        intro.setWordWrap(True)

        theirs_view = _text_view(f"{theirs.headline}\n\n{theirs.markup}", "Their version")
        mine_view = _text_view(f"{mine.headline}\n\n{mine.markup}", "Your version")
        diff = QTextBrowser()
        diff.setAccessibleName("Differences from their version to yours")
        diff.setHtml(diff_html(theirs.markup, mine.markup))
        sides = QSplitter()
        sides.addWidget(_titled("Theirs (saved)", theirs_view))
        sides.addWidget(_titled("Yours (not saved yet)", mine_view))
        body = QSplitter()
        body.setOrientation(Qt.Orientation.Vertical)
        body.addWidget(sides)
        body.addWidget(_titled("Changes from theirs to yours (inserted / deleted)", diff))
        details = self._details()

        buttons = QDialogButtonBox()
        self.keep_button = self._button(
            buttons,
            "Keep mine on top",
            ConflictChoice.KEEP_MINE,
            "Save your changes as a new revision; what only they "
            "changed is kept, and theirs stays in the history",
        )
        self.theirs_button = self._button(
            buttons,
            "Take theirs",
            ConflictChoice.TAKE_THEIRS,
            "Drop your changes and show their version",
        )
        self.copy_button = self._button(
            buttons,
            "Copy mine aside",
            ConflictChoice.COPY_ASIDE,
            "Keep theirs here and your text as a new story",
        )
        later = buttons.addButton("Decide later", QDialogButtonBox.ButtonRole.RejectRole)
        later.setAccessibleName("Decide later")
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if details is not None:
            layout.addWidget(details)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 620)

    def _details(self) -> QGroupBox | None:
        """Headline and metadata that differ: theirs, mine, and what "Keep mine" keeps."""
        changes = [c for c in self.merge.changes() if c.name != "body"]
        if not changes:
            return None
        box = QGroupBox("Story details that differ")
        box.setAccessibleName("Story details that differ")
        grid = QGridLayout(box)
        for column, title in enumerate(
            ("", "Theirs (saved)", "Yours", "Kept with “Keep mine on top”")
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for row, change in enumerate(changes, start=1):
            theirs = display_value(change.name, change.theirs) or "(empty)"
            mine = display_value(change.name, change.mine) or "(empty)"
            grid.addWidget(QLabel(change.label), row, 0)
            for column, text, name in ((1, theirs, "Their"), (2, mine, "Your")):
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)
                label.setAccessibleName(f"{name} {change.label.lower()}")
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                grid.addWidget(label, row, column)
            grid.addWidget(self._kept(change), row, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return box

    def _kept(self, change: FieldChange) -> QWidget:
        if change.clash and change.name in METADATA_FIELDS:
            combo = QComboBox()
            combo.setAccessibleName(f"Keep which {change.label.lower()}")
            combo.setToolTip(f"You both changed the {change.label.lower()}: choose which to keep")
            combo.addItem("Yours (you both changed it)", "mine")
            combo.addItem("Theirs (you both changed it)", "theirs")
            self.field_choices[change.name] = combo
            return combo
        if change.mine_changed:
            text = "Yours" if not change.theirs_changed else "Yours (you both changed it)"
        else:
            text = "Theirs (you did not change it)"
        label = QLabel(text)
        label.setAccessibleName(f"Kept {change.label.lower()}")
        return label

    def decision(self) -> ConflictDecision | None:
        if self.choice is None:
            return None
        take_theirs = frozenset(
            name for name, combo in self.field_choices.items() if combo.currentData() == "theirs"
        )
        return ConflictDecision(self.choice, take_theirs)

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
        cls,
        parent: QWidget | None,
        mine: Story,
        theirs: Story,
        error: ConflictError,
        merge: ThreeWayMerge | None = None,
    ) -> ConflictDecision | None:
        """What the user chose (None: decide later)."""
        dialog = cls(parent, mine, theirs, error, merge)
        dialog.exec()
        return dialog.decision()


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
