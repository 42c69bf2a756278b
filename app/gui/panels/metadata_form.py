"""The story's metadata fields: headline (with its length counter), dek, slug, dateline, desk,
status and keywords, and how a dateline is written and read back."""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from app.core.model import HEADLINE_LIMIT, Dateline, Story, StoryStatus
from app.gui.models.story_table_model import STATUS_LABELS
from app.gui.panels.headline_edit import HeadlineEdit
from app.gui.panels.slug_follower import SlugFollower
from app.gui.panels.whole_text_tip import WholeTextTip

_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[^,(]*?)\s*(?:,\s*(?P<date>[^(]*?))?\s*"
    r"(?:\((?P<agency>[^)]*)\))?\s*[-–—]?\s*$"
)

TYPICAL_DATELINE = "WASHINGTON, Nov 17 (Reuters)"
"""The longest usual dateline; the dateline field is at least this wide."""


def format_dateline(dateline: Dateline | None) -> str:
    if dateline is None or dateline.is_empty():
        return ""
    text = dateline.place or ""
    if dateline.date:
        text = f"{text}, {dateline.date}" if text else dateline.date
    if dateline.agency:
        text = f"{text} ({dateline.agency})".strip()
    return text


def parse_dateline(text: str) -> Dateline | None:
    """ "WASHINGTON, Nov 17 (Reuters)" -> its parts; what a desk types, read back the same way."""
    match = _DATELINE_RE.match(text or "")
    if not text.strip():
        return None
    if not match:
        return Dateline(place=text.strip())
    parts = {k: (v.strip() or None) if v else None for k, v in match.groupdict().items()}
    dateline = Dateline(**parts)
    return None if dateline.is_empty() else dateline


class MetadataForm(QWidget):
    """Headline (with a length counter), dek, slug, dateline, desk, status, keywords."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A headline wraps onto up to three lines: the editor sees all of it while writing.
        self.headline = HeadlineEdit()
        self.headline.setAccessibleName("Headline")
        self.headline.setPlaceholderText("What the story says, in a line")
        self.headline.setObjectName("headlineField")
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.headline.setFont(font)
        self.counter = QLabel(f"0/{HEADLINE_LIMIT}")
        self.counter.setObjectName("headlineCounter")
        self.counter.setAccessibleName("Headline length")
        self.counter.setMinimumWidth(self.counter.fontMetrics().horizontalAdvance("000/000") + 6)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.dek = self._line("Dek", "A sentence under the headline")
        self.slug = self._line("Slug", "made-from-the-headline")
        self.dateline = self._line("Dateline", "PLACE, Date (Agency)")
        self.desk = QComboBox()
        self.desk.setEditable(True)
        self.desk.setAccessibleName("Desk")
        self.desk.setMinimumContentsLength(6)
        self.desk.lineEdit().setPlaceholderText("Desk")
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for status in StoryStatus:
            self.status.addItem(STATUS_LABELS[status], str(status))
        # A kill needs its reason: Story → Kill… (the list still shows a killed story's status).
        killed = self.status.model().item(self.status.findData(str(StoryStatus.KILLED)))
        killed.setEnabled(False)
        killed.setToolTip("Kill a story with Story → Kill… (a kill needs a reason)")
        self.keywords = self._line("Keywords", "comma, separated")

        # A grid, so the fields of the short rows line up and every inline label keeps its
        # own room: at 1280x800 the slug used to run into "Dateline" in a packed row.
        headline_row = QHBoxLayout()
        headline_row.setSpacing(8)
        headline_row.addWidget(self.headline, 1)
        headline_row.addWidget(self.counter, 0, Qt.AlignmentFlag.AlignTop)
        self.desk_status = desk_status = QHBoxLayout()
        desk_status.setSpacing(8)
        desk_status.addWidget(self.desk, 1)
        desk_status.addSpacing(4)
        desk_status.addWidget(_label("Status", self.status))
        desk_status.addWidget(self.status, 1)
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(10, 8, 10, 6)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(5)
        # By the headline's first line, however many it wraps to.
        headline_label = _label("Headline", self.headline)
        headline_label.setMinimumHeight(self.headline.height_for_lines(1))
        grid.addWidget(headline_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(headline_row, 0, 1, 1, 3)
        grid.addWidget(_label("Dek", self.dek), 1, 0)
        grid.addWidget(self.dek, 1, 1, 1, 3)
        grid.addWidget(_label("Slug", self.slug), 2, 0)
        grid.addWidget(self.slug, 2, 1)
        grid.addWidget(_label("Desk", self.desk), 3, 0)
        grid.addLayout(desk_status, 3, 1)
        self.dateline_label = _label("Dateline", self.dateline, gap=True)
        self.keywords_label = _label("Keywords", self.keywords)
        # A slug, dateline or keyword list wider than its field shows whole in the tooltip.
        self.slug_tip = WholeTextTip(self.slug)
        WholeTextTip(self.dateline, f"Place, date and agency, e.g. {TYPICAL_DATELINE}")
        WholeTextTip(self.keywords, "Keywords, separated by commas")
        for field in (self.slug, self.dateline, self.keywords):
            field.setMinimumWidth(self.fontMetrics().averageCharWidth() * 12)
        # A dateline is checked at a glance, agency included: it shows whole or moves to a
        # row of its own (the narrow arrangement), never "VEL, Dec 4 (Reuters)".
        self.dateline.setMinimumWidth(self.fontMetrics().horizontalAdvance(TYPICAL_DATELINE) + 16)
        self.narrow: bool | None = None
        self._arrange(narrow=False)
        self._wide_least = grid.minimumSize().width()
        self._narrow_least = 0

        for field in (self.headline, self.dek, self.slug, self.dateline, self.keywords):
            field.textEdited.connect(self.edited)
            field.installEventFilter(self)
        self.desk.editTextChanged.connect(self._desk_edited)
        self.status.activated.connect(lambda _i: self.edited.emit())
        self.headline.textChanged.connect(lambda: self._update_counter(self.headline.text()))
        self.slug_follower = SlugFollower(self.headline, self.slug, self.status)
        self._loading = False

    # -- two arrangements: side by side when wide, one field a row when narrow ------------

    def _arrange(self, narrow: bool) -> None:
        """The slug and keywords always have a row of their own, across the form: a slug runs
        to 60 characters, a keyword list longer, and beside the dateline the slug had 230 px
        at 1920x1080 (the form sits over the text column there), which cut a long slug at
        about 40 characters. Wide, the dateline sits beside desk and status; narrow (e.g.
        1280x800) it has a row of its own too, so no field is squeezed under its minimum."""
        if narrow == self.narrow:
            return
        grid = self.grid
        moving = (self.dateline_label, self.dateline, self.keywords_label, self.keywords)
        for widget in moving:
            grid.removeWidget(widget)
        self.keywords_label.setContentsMargins(0, 0, 0, 0)  # it starts its row either way
        grid.setColumnStretch(3, 0)
        if narrow:
            self.dateline_label.setContentsMargins(0, 0, 0, 0)
            places = ((4, 0), (4, 1, 1, 3), (5, 0), (5, 1, 1, 3))
        else:
            self.dateline_label.setContentsMargins(8, 0, 0, 0)
            places = ((3, 2), (3, 3), (4, 0), (4, 1, 1, 3))
            # (the dateline keeps the width of a typical one; desk and status take the rest)
        for widget, place in zip(moving, places, strict=True):
            grid.addWidget(widget, *place)
        grid.removeWidget(self.slug)
        grid.addWidget(self.slug, 2, 1, 1, 3)
        # Narrow, desk and status run to the right edge like every other row.
        grid.removeItem(self.desk_status)
        grid.addLayout(self.desk_status, 3, 1, 1, 3 if narrow else 1)
        grid.setColumnStretch(1, 1)
        # Tab follows the rows as they stand: Slug, Desk, Status, Dateline, Keywords.
        order = (self.slug, self.desk, self.status, self.dateline, self.keywords)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.narrow = narrow

    def _side_margins(self) -> int:
        margins = self.grid.contentsMargins()
        return margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:
        """The narrow arrangement's width: the form re-arranges rather than hold the editor."""
        hint = super().minimumSizeHint()
        if not self._narrow_least:
            was = self.narrow
            self._arrange(narrow=True)
            self.grid.invalidate()
            self._narrow_least = self.grid.minimumSize().width() - self._side_margins()
            self._arrange(narrow=bool(was))
        return QSize(self._narrow_least + 20, hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        inner = self.width() - self._side_margins()
        wide_inner = self._wide_least - 20
        self._arrange(narrow=inner < wide_inner)
        super().resizeEvent(event)

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setAccessibleName(name)
        field.setPlaceholderText(placeholder)
        field.setObjectName(f"{name.lower()}Field")
        return field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A long headline typed in stayed scrolled to its end ("ourside ferry fares…") after
        the editor tabbed on; a field left reads from its start, as when a story opens.
        (A context menu or completer popup takes the focus without leaving the field.)"""
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(watched, (QLineEdit, HeadlineEdit))
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            watched.setCursorPosition(0)
        return super().eventFilter(watched, event)

    def _desk_edited(self, _text: str) -> None:
        if not self._loading:
            self.edited.emit()

    def _update_counter(self, text: str) -> None:
        n = len(text)
        self.counter.setText(f"{n}/{HEADLINE_LIMIT}")
        over = n > HEADLINE_LIMIT
        self.counter.setProperty("over", over)
        self.counter.setStyleSheet("color: #c62828; font-weight: bold;" if over else "")
        self.counter.setToolTip("The headline is longer than the house limit" if over else "")

    def load(self, story: Story | None, desks: list[str]) -> None:
        self._loading = True
        try:
            story = story or Story()
            self.headline.setText(story.headline)
            self.dek.setText(story.dek)
            self.slug.setText(story.slug)
            self.dateline.setText(format_dateline(story.dateline))
            self.desk.clear()
            self.desk.addItems(sorted(set(desks) | ({story.desk} if story.desk else set())))
            self.desk.setEditText(story.desk)
            self.status.setCurrentIndex(max(0, self.status.findData(str(story.status))))
            self.keywords.setText(", ".join(story.keywords))
            for field in (self.headline, self.dek, self.slug, self.dateline, self.keywords):
                field.setCursorPosition(0)  # show the start of long headlines, not the end
        finally:
            self._loading = False

    def apply(self, story: Story) -> Story:
        keywords = tuple(k.strip() for k in self.keywords.text().split(",") if k.strip())
        return story.with_changes(
            headline=self.headline.text().strip(),
            dek=self.dek.text().strip(),
            slug=self.slug.text().strip() or story.slug,
            dateline=parse_dateline(self.dateline.text()),
            desk=self.desk.currentText().strip(),
            status=StoryStatus(self.status.currentData()),
            keywords=keywords,
        )


def _label(text: str, buddy: QWidget, gap: bool = False) -> QLabel:
    """A field's label; `gap` puts air before a label that follows another field in its row."""
    label = QLabel(f"&{text}")
    label.setBuddy(buddy)
    label.setObjectName(f"{text.lower()}Label")
    if gap:
        label.setIndent(0)
        label.setContentsMargins(8, 0, 0, 0)
    return label
