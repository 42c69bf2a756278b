"""The story list's columns: widths that fit the list's width, so it never scrolls sideways.

The slug and the headline are what a desk reads, so they get the room: the slug as wide as the
slugs on screen (up to a cap), the headline whatever is left. When the list is too narrow for
every column, the least needed ones step aside (By, then Assignee, Desk, Words, Updated, Review,
Status) and come back when there is room; the columns the user hid stay hidden and are remembered
as such. The assignee is hidden until a desk that works by assignment shows it (header menu);
Review (suggestions and comments waiting) is narrow and kept with Status as long as slug and
headline keep their least widths.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHeaderView,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from app.gui.models.story_table_model import HEADERS, StoryColumn, StoryRole

HEADLINE_MIN_CHARS = 22
HEADLINE_COMFORT_CHARS = 40
"""A headline this wide is read at a glance: the extra columns come only after it."""
SLUG_MIN_CHARS = 10
SLUG_COMFORT_CHARS = 24
SLUG_MAX_CHARS = 60
"""The longest slug the store makes (app.core.store.stories.SLUG_MAX)."""
STEP_ASIDE = (
    StoryColumn.UPDATED_BY,
    StoryColumn.ASSIGNEE,
    StoryColumn.DESK,
    StoryColumn.WORDS,
    StoryColumn.UPDATED,
    StoryColumn.OPEN,
    StoryColumn.STATUS,
)
"""Columns that give way when the list is narrow, first to last."""
ESSENTIAL = frozenset({StoryColumn.OPEN, StoryColumn.STATUS})
"""These step aside only when even the least slug and headline would not fit beside them."""
HIDDEN_AT_FIRST = frozenset({StoryColumn.ASSIGNEE})
"""Hidden until the user shows them (a desk that works by assignment)."""
SAMPLE_ROWS = 60
"""How many loaded rows measure the slug column (a screenful and some)."""


def default_column_widths(metrics: QFontMetrics) -> dict[StoryColumn, int]:
    """Widths for what each column usually holds, from the font (HiDPI and large fonts scale)."""

    def fits(*samples: str) -> int:
        return max(metrics.horizontalAdvance(s) for s in samples) + 14

    return {
        StoryColumn.SLUG: fits("ukraine-atacms"),
        StoryColumn.HEADLINE: HEADLINE_MIN_CHARS * metrics.averageCharWidth(),
        StoryColumn.STATUS: fits("Copy desk", "Status"),
        StoryColumn.DESK: fits("Foreign", "Desk"),
        StoryColumn.WORDS: fits("20,000", "Words"),
        StoryColumn.UPDATED: fits("17 Nov 2024", "Updated"),
        StoryColumn.UPDATED_BY: fits("m.stone", "By"),
        StoryColumn.OPEN: fits(HEADERS[StoryColumn.OPEN], "99"),
        StoryColumn.ASSIGNEE: fits("m.stone", "Assignee"),
    }


class SlugDelegate(QStyledItemDelegate):
    """A long slug loses its middle, not its end: the "-2" of a second copy stays in view."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class StoryColumns(QObject):
    """Keeps a story table's columns fitted to its width; owns the show/hide choices."""

    changed = Signal()
    """The user showed, hid or resized a column (the window keeps the header in QSettings)."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self.user_hidden: set[StoryColumn] = set(HIDDEN_AT_FIRST)
        self.stepped_aside: set[StoryColumn] = set()
        self.user_widths: dict[StoryColumn, int] = {}
        self._fitting = False
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(self.metrics().horizontalAdvance("Words") + 14)
        for column, width in default_column_widths(self.metrics()).items():
            table.setColumnWidth(column, width)
        header.sectionResized.connect(self._section_resized)
        table.setItemDelegateForColumn(StoryColumn.SLUG, SlugDelegate(table))

    def metrics(self) -> QFontMetrics:
        return self.table.fontMetrics()

    # -- what the user decides ------------------------------------------------------------

    def is_shown(self, column: StoryColumn) -> bool:
        """Shown by the user's choice (it may be stepped aside for lack of room)."""
        return column not in self.user_hidden

    def set_visible(self, column: StoryColumn, visible: bool) -> None:
        if column == StoryColumn.HEADLINE:
            return
        if visible:
            self.user_hidden.discard(column)
        else:
            self.user_hidden.add(column)
        self.fit()
        self.changed.emit()

    def menu(self, parent: QObject | None = None) -> QMenu:
        """Show or hide any column but the headline (the header's context menu)."""
        menu = QMenu(parent)  # type: ignore[arg-type]
        menu.setObjectName("storyColumnsMenu")
        for column in StoryColumn:
            if column == StoryColumn.HEADLINE:
                continue
            action = menu.addAction(HEADERS[column])
            action.setCheckable(True)
            action.setChecked(self.is_shown(column))
            if column in self.stepped_aside:
                action.setToolTip("Shown again when the list is wider")
            action.toggled.connect(lambda on, c=column: self.set_visible(c, on))
        return menu

    # -- fitting --------------------------------------------------------------------------

    def natural_slug_width(self) -> int:
        """As wide as the longest slug loaded near the top (the list shows those first)."""
        model = self.table.model()
        metrics = self.metrics()
        widest = metrics.horizontalAdvance(HEADERS[StoryColumn.SLUG])
        first = max(0, self.table.rowAt(0))
        for row in range(first, min(model.rowCount(), first + SAMPLE_ROWS)):
            summary = model.index(row, StoryColumn.SLUG).data(StoryRole.SUMMARY)
            if summary is not None:
                widest = max(widest, metrics.horizontalAdvance(summary.slug))
        return min(widest + 16, SLUG_MAX_CHARS * metrics.averageCharWidth())

    def fit(self) -> None:
        """Every shown column within the viewport's width; slug then headline take the room."""
        if self._fitting:
            return  # a resize while restoring or fitting: the caller fits when it is done
        metrics = self.metrics()
        char = metrics.averageCharWidth()
        defaults = default_column_widths(metrics)
        room = self.table.viewport().width()
        wanted = [c for c in StoryColumn if c not in self.user_hidden]
        section_least = self.table.horizontalHeader().minimumSectionSize()
        # The header never draws a section narrower than its minimum (a short title like
        # "Review" would otherwise be counted narrower than it is drawn).
        fixed = {
            c: max(section_least, self.user_widths.get(c, defaults[c]))
            for c in wanted
            if c not in (StoryColumn.SLUG, StoryColumn.HEADLINE)
        }
        slug_least = self.user_widths.get(StoryColumn.SLUG, SLUG_MIN_CHARS * char)
        slug_most = self.user_widths.get(StoryColumn.SLUG, self.natural_slug_width())
        if StoryColumn.SLUG not in wanted:
            slug_least = slug_most = 0
        headline_least = HEADLINE_MIN_CHARS * char
        # Status and Review step aside only when even the least slug and headline would not fit;
        # the other extras as soon as they would squeeze slug and headline below a glance's width.
        comfort = min(slug_most, max(slug_least, SLUG_COMFORT_CHARS * char)) + (
            HEADLINE_COMFORT_CHARS * char
        )
        aside: set[StoryColumn] = set()
        for column in STEP_ASIDE:
            least = slug_least + headline_least if column in ESSENTIAL else comfort
            if least + sum(fixed.values()) <= room:
                break
            if column in fixed:
                aside.add(column)
                del fixed[column]
        left = room - sum(fixed.values())
        slug_comfort = SLUG_COMFORT_CHARS * char
        headline_comfort = HEADLINE_COMFORT_CHARS * char
        if left >= slug_comfort + headline_comfort:
            # Room for both: the slug takes half of what is beyond the headline's glance (a
            # long one elides in the middle, its tooltip whole), the headline the rest.
            slug = max(slug_comfort, (left - headline_comfort) // 2)
        else:  # a narrow list: the two share it as their comforts do
            slug = left * slug_comfort // (slug_comfort + headline_comfort)
        slug = max(slug_least, min(slug, slug_most)) if slug_most else 0
        headline = max(headline_least, left - slug)
        if slug and slug + headline > left:  # narrower than both least widths: slug gives
            least = self.table.horizontalHeader().minimumSectionSize()
            slug = max(least, left - headline)
        self._fitting = True
        try:
            for column in StoryColumn:
                hidden = column in self.user_hidden or column in aside
                self.table.setColumnHidden(column, hidden)
                if hidden:
                    continue
                width = {StoryColumn.SLUG: slug, StoryColumn.HEADLINE: headline}.get(
                    column, fixed.get(column)
                )
                if width and self.table.columnWidth(column) != width:
                    self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False
        self.stepped_aside = aside

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if self._fitting or new == 0:
            return
        if column != StoryColumn.HEADLINE:
            self.user_widths[StoryColumn(column)] = new  # the user's width wins from now on
        self.fit()
        self.changed.emit()

    # -- remembered between sessions ------------------------------------------------------

    def save_state(self) -> QByteArray:
        """The header as the user left it: stepped-aside columns are saved as shown."""
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column in self.stepped_aside:
                self.table.setColumnHidden(column, False)
            state = header.saveState()
            for column in self.stepped_aside:
                self.table.setColumnHidden(column, True)
        finally:
            self._fitting = False
        return state

    def restore_state(self, state: QByteArray) -> None:
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            header.restoreState(state)
        finally:
            self._fitting = False
        self.user_hidden = {c for c in StoryColumn if header.isSectionHidden(c)}
        self.user_hidden.discard(StoryColumn.HEADLINE)
        defaults = default_column_widths(self.metrics())
        for column, default in defaults.items():
            width = header.sectionSize(column)
            if (
                column not in (StoryColumn.SLUG, StoryColumn.HEADLINE)
                and width
                and (abs(width - default) > 2)
            ):
                self.user_widths[column] = width  # a width the user set last time
        self.fit()
