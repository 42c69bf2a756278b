"""The provenance view: the story beside one of its sources, aligned sentences tinted by relation.

Click a sentence on either side and the other side shows the sentence it is aligned with; the
rewrite's findings for the chosen source are listed below, and choosing one selects both of its
passages. Non-modal, so the editor stays usable beside it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.gui.theme import is_dark

if TYPE_CHECKING:  # the model and numpy load with the first report, not with the window
    from app.core.provenance.derive import Link
    from app.core.provenance.report import ProvenanceReport

# (light, dark) backgrounds; a stronger shade marks the pair the desk clicked
TINTS = {
    "copied": ("#f3d38a", "#7a5b12"),
    "paraphrased": ("#bcd7f2", "#27496b"),
    "new": (None, None),
}
CURRENT = ("#f08c5a", "#b3542a")
CREDIT = {True: "credited", False: "not credited", None: "names no agency or author"}


def relation_of(link: Link) -> str:
    return "new" if not link.derived else str(link.relation)


class ProvenanceDialog(QDialog):
    """The story (left) and the chosen source (right), with the findings for that source."""

    def __init__(self, report: ProvenanceReport, body: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("provenanceDialog")
        self.setWindowTitle(f"Provenance — {report.story}")
        self.setAccessibleName("Provenance")
        self.report = report
        self.body = body
        self.picker = QComboBox()
        self.picker.setAccessibleName("Source")
        for material, share, credited in zip(
            report.materials, report.shares, report.credited, strict=True
        ):
            self.picker.addItem(
                f"{material.document} — {share * 100:.0f}% of the story ({CREDIT[credited]})"
            )
        self.summary = QLabel()
        self.summary.setAccessibleName("Derivation summary")
        self.story_view = self._text_view("Story", body)
        self.source_view = self._text_view("Source", "")
        split = QSplitter(Qt.Orientation.Horizontal)
        split.setObjectName("provenanceSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self._titled("Story", self.story_view))
        split.addWidget(self._titled("Source", self.source_view))
        self.findings = QListWidget()
        self.findings.setAccessibleName("Rewrite findings")
        self.findings.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel("&Source:", buddy=self.picker))
        top.addWidget(self.picker, 1)
        legend = QHBoxLayout()
        for name in ("copied", "paraphrased", "new"):
            chip = QLabel(f" {name} ")
            chip.setObjectName(f"legend_{name}")
            colour = self._tint(name)
            if colour:
                chip.setStyleSheet(f"background: {colour.name()}; border-radius: 3px;")
            legend.addWidget(chip)
        legend.addStretch(1)
        legend.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(split, 3)
        layout.addWidget(QLabel("Findings for this source:"))
        layout.addWidget(self.findings, 1)
        layout.addWidget(buttons)
        self.resize(1180, 720)
        self.picker.currentIndexChanged.connect(self.show_source)
        self.story_view.cursorPositionChanged.connect(self._story_clicked)
        self.source_view.cursorPositionChanged.connect(self._source_clicked)
        self.findings.currentRowChanged.connect(self._finding_chosen)
        self._syncing = False
        best = max(range(len(report.materials)), key=lambda m: report.shares[m], default=0)
        self.picker.setCurrentIndex(best)
        self.show_source(best)

    @classmethod
    def ask(cls, parent: QWidget | None, report: ProvenanceReport, body: str) -> ProvenanceDialog:
        """Open the view beside the window (non-modal) and return it."""
        dialog = cls(report, body, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    # -- building ---------------------------------------------------------------------------

    @staticmethod
    def _text_view(name: str, text: str) -> QPlainTextEdit:
        view = QPlainTextEdit()
        view.setObjectName(f"provenance{name}View")
        view.setAccessibleName(f"{name} text")
        view.setReadOnly(True)
        flags = Qt.TextInteractionFlag
        view.setTextInteractionFlags(flags.TextSelectableByMouse | flags.TextSelectableByKeyboard)
        view.setPlainText(text)
        return view

    @staticmethod
    def _titled(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(widget)
        return box

    def _tint(self, relation: str, current: bool = False) -> QColor | None:
        light, dark = CURRENT if current else TINTS[relation]
        colour = dark if is_dark() else light
        return QColor(colour) if colour else None

    # -- showing -----------------------------------------------------------------------------

    @property
    def material(self) -> int:
        return max(0, self.picker.currentIndex())

    def show_source(self, index: int) -> None:
        if not self.report.materials:
            return
        material = self.report.materials[index]
        self.source_view.setPlainText(material.source.text)
        links = [link for link in self.report.links if link.material == index and link.derived]
        self.summary.setText(
            f"{len(links)} of {len(self.report.links)} story sentences come from this source"
        )
        self.findings.clear()
        for finding in self.report.findings:
            if finding.source is not None and finding.source.document != material.document:
                continue
            item = QListWidgetItem(f"{finding.code.replace('_', ' ')}: {finding.message}")
            item.setData(Qt.ItemDataRole.UserRole, finding)
            self.findings.addItem(item)
        self._paint()

    def _paint(self, story_pick: Link | None = None) -> None:
        """Tint every aligned pair for the chosen source; the clicked pair stronger."""
        story_marks, source_marks = [], []
        for link in self.report.links:
            relation = relation_of(link)
            mine = link.material == self.material and link.derived
            current = story_pick is not None and link is story_pick
            colour = self._tint(relation, current) if (mine or current) else None
            if colour is None:
                continue
            story_marks.append(
                self._mark(self.story_view, link.sentence.start, link.sentence.end, colour)
            )
            if mine and link.source is not None:
                source_marks.append(
                    self._mark(self.source_view, link.source.start, link.source.end, colour)
                )
        self.story_view.setExtraSelections(story_marks)
        self.source_view.setExtraSelections(source_marks)

    @staticmethod
    def _mark(view: QPlainTextEdit, start: int, end: int, colour: QColor):
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(view.document())
        cursor.setPosition(min(start, view.document().characterCount() - 1))
        cursor.setPosition(
            min(end, view.document().characterCount() - 1), QTextCursor.MoveMode.KeepAnchor
        )
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        selection.format = fmt
        return selection

    # -- following clicks ---------------------------------------------------------------------

    def link_at_story(self, position: int) -> Link | None:
        for link in self.report.links:
            if link.sentence.start <= position <= link.sentence.end:
                return link
        return None

    def link_at_source(self, position: int) -> Link | None:
        for link in self.report.links:
            if (
                link.derived
                and link.material == self.material
                and link.source is not None
                and link.source.start <= position <= link.source.end
            ):
                return link
        return None

    def _story_clicked(self) -> None:
        if self._syncing:
            return
        link = self.link_at_story(self.story_view.textCursor().position())
        if link is None or not link.derived or link.source is None:
            return
        if link.material != self.material and link.material is not None:
            self._syncing = True
            try:
                self.picker.setCurrentIndex(link.material)
            finally:
                self._syncing = False
        self._show_pair(link, move_story=False)

    def _source_clicked(self) -> None:
        if self._syncing:
            return
        link = self.link_at_source(self.source_view.textCursor().position())
        if link is not None:
            self._show_pair(link, move_source=False)

    def _show_pair(self, link: Link, move_story: bool = True, move_source: bool = True) -> None:
        """Scroll both sides to the pair and tint it as the current one."""
        self._syncing = True
        try:
            if move_story:
                self._reveal(self.story_view, link.sentence.start)
            if move_source and link.source is not None:
                self._reveal(self.source_view, link.source.start)
            self._paint(link)
        finally:
            self._syncing = False

    @staticmethod
    def _reveal(view: QPlainTextEdit, position: int) -> None:
        cursor = view.textCursor()
        cursor.setPosition(min(position, view.document().characterCount() - 1))
        view.setTextCursor(cursor)
        view.centerCursor()

    def _finding_chosen(self, row: int) -> None:
        item = self.findings.item(row)
        if item is None:
            return
        finding = item.data(Qt.ItemDataRole.UserRole)
        self._syncing = True
        try:
            self._select(self.story_view, finding.story.start, finding.story.end)
            if finding.source is not None:
                self._select(self.source_view, finding.source.start, finding.source.end)
        finally:
            self._syncing = False

    @staticmethod
    def _select(view: QPlainTextEdit, start: int, end: int) -> None:
        last = view.document().characterCount() - 1
        cursor = view.textCursor()
        cursor.setPosition(min(start, last))
        cursor.setPosition(min(end, last), QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        view.centerCursor()
