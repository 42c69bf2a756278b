"""Banners above the story text: who else has it open, a save made elsewhere (reload, compare,
keep mine), a soft lock (take over), and where the story stands in publication (published and
locked, a correction or update being made, killed) with what to do next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_TONES = {"info": ("#e3f2fd", "#0d47a1"), "warn": ("#fff3e0", "#8a4b00"),
          "lock": ("#fce4ec", "#880e4f"), "done": ("#eceff1", "#37474f")}  # fmt: skip


class _Row(QFrame):
    def __init__(self, name: str, tone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.set_tone(tone)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(8, 4, 8, 4)
        self.layout_.addWidget(self.label, 1)
        self.hide()

    def button(self, text: str, name: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        self.layout_.addWidget(button)
        return button

    def set_tone(self, tone: str) -> None:
        """The row's colours (background, text): one of _TONES."""
        if self.property("tone") == tone:
            return
        self.setProperty("tone", tone)
        name, colours = self.objectName(), _TONES[tone]
        self.setStyleSheet(
            f"QFrame#{name} {{ background: {colours[0]}; border: 1px solid {colours[1]}40;"
            f" border-radius: 4px; }} QFrame#{name} QLabel {{ color: {colours[1]}; }}"
        )

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.show()


class EditorBanner(QWidget):
    reload_requested = Signal()
    compare_requested = Signal()
    keep_mine_requested = Signal()
    take_over_requested = Signal()
    correct_requested = Signal()
    update_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorBanner")
        self.presence = _Row("presenceBanner", "info")
        self.saved = _Row("savedElsewhereBanner", "warn")
        self.reload_button = self.saved.button(
            "Reload", "bannerReload", "Show their version (your unsaved changes go)"
        )
        self.compare_button = self.saved.button(
            "Compare…", "bannerCompare", "Both versions side by side, then decide"
        )
        self.keep_button = self.saved.button(
            "Keep mine", "bannerKeepMine", "Save your version on top; theirs stays in history"
        )
        self.lock = _Row("lockBanner", "lock")
        self.take_over_button = self.lock.button(
            "Take over…", "bannerTakeOver", "Claim the story yourself (a reason is recorded)"
        )
        self.publication = _Row("publicationBanner", "info")
        self.correct_button = self.publication.button(
            "Correct…",
            "bannerCorrect",
            "Open a correction: back to editing, with a note for readers",
        )
        self.update_button = self.publication.button(
            "Update…", "bannerUpdate", "Open an update: back to editing, with a note for readers"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 0, 10, 4)
        layout.setSpacing(3)
        for row in (self.publication, self.lock, self.saved, self.presence):
            layout.addWidget(row)
        self.correct_button.clicked.connect(self.correct_requested)
        self.update_button.clicked.connect(self.update_requested)
        self.reload_button.clicked.connect(self.reload_requested)
        self.compare_button.clicked.connect(self.compare_requested)
        self.keep_button.clicked.connect(self.keep_mine_requested)
        self.take_over_button.clicked.connect(self.take_over_requested)

    def show_presence(self, users: list[str]) -> None:
        if not users:
            self.presence.hide()
            return
        names = sorted(set(users))
        verb = "is" if len(names) == 1 else "are"
        self.presence.show_text(f"✎ {_join(names)} {verb} editing this story too.")

    def show_saved_elsewhere(self, who: str, when: str) -> None:
        self.saved.show_text(f"{who} saved this story at {when}. Your editor shows an older "
                             "version.")  # fmt: skip

    def hide_saved_elsewhere(self) -> None:
        self.saved.hide()

    def show_lock(self, text: str, can_take_over: bool = True) -> None:
        self.lock.show_text(text)
        self.take_over_button.setVisible(can_take_over)

    def hide_lock(self) -> None:
        self.lock.hide()

    def show_publication(self, text: str, tone: str = "info", can_amend: bool = False) -> None:
        """Where the story stands in publication, said over the text it is about (the status
        bar's message went after ten seconds, and a correction stays open for days)."""
        self.publication.set_tone(tone)
        self.correct_button.setVisible(can_amend)
        self.update_button.setVisible(can_amend)
        self.publication.show_text(text)

    def hide_publication(self) -> None:
        self.publication.hide()

    def clear(self) -> None:
        """The live rows (presence, saves elsewhere, soft lock); the publication row follows
        the story's status, which the window sets."""
        for row in (self.presence, self.saved, self.lock):
            row.hide()


def _join(names: list[str]) -> str:
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
