"""The story list panel: the table of stories, its model and selection, and the layout.

Selecting a row asks for that story to be opened. The filter bar (search, status/desk/trash
filters) is in story_filters, the changes (new, import, paste, delete, restore) in
story_list_changes, the table's key handling in story_table.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.gui.models.story_table_model import (
    StoryColumn,
    StoryRole,
    StoryTableModel,
)
from app.gui.panels.snippet_delegate import SnippetDelegate
from app.gui.panels.story_columns import StoryColumns
from app.gui.panels.story_filters import SEARCH_DELAY_MS, StoryFiltersMixin
from app.gui.panels.story_list_changes import StoryChangesMixin
from app.gui.panels.story_search import SearchTask
from app.gui.panels.story_table import StoryTable
from app.gui.panels.trash_bar import TrashBar

if TYPE_CHECKING:
    from app.core.services import Desk


class StoryListPanel(StoryFiltersMixin, StoryChangesMixin, QWidget):
    """Left of the window. Selecting a row asks for that story to be opened."""

    open_requested = Signal(object)
    """A story id (int) to open, or None when nothing is selected."""
    stories_changed = Signal()
    """Stories were added, deleted or restored (the welcome view may come or go)."""
    message_posted = Signal(str)
    columns_changed = Signal()
    """The user showed, hid or resized a column (the window keeps the header in QSettings)."""
    trash_shown = Signal(bool)
    """The list now shows the trash (True) or the live stories (False)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyListPanel")
        self.setAccessibleName("Story list")
        self.desk = desk
        self.model = StoryTableModel(desk, self)
        self._generation = 0
        self._pool = QThreadPool.globalInstance()
        self._tasks: set[SearchTask] = set()
        self.open_story_id: int | None = None
        """The story the editor shows (the window keeps it): its row is highlighted whenever
        the list shows it, also after a search or its clearing reloads the rows."""

        title = QLabel("STORIES")
        title.setObjectName("panelTitle")
        self._build_filters()

        self.table = StoryTable()
        self.table.setObjectName("storyTable")
        self.table.setAccessibleName("Stories")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self._row_height = self.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(self._row_height)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSortIndicator(
            StoryColumn.UPDATED, Qt.SortOrder.DescendingOrder
        )
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setHighlightSections(False)
        # Every column fits the list's width (no sideways scrolling): see story_columns.
        self.columns = StoryColumns(self.table)
        self.columns.changed.connect(self.columns_changed)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.resized.connect(self.fit_columns)
        self.model.modelReset.connect(self.fit_columns)
        self.table.setItemDelegateForColumn(StoryColumn.HEADLINE, SnippetDelegate(self.table))
        self.trash_bar = TrashBar()
        self.trash_bar.setVisible(False)
        self.trash_bar.restore_requested.connect(self.restore_current)
        self.trash_bar.purge_requested.connect(self.purge_current)
        self.trash_bar.empty_requested.connect(self.empty_trash)
        self.trash_bar.leave_requested.connect(lambda: self.show_trash(False))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("emptyHint")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        filters = QHBoxLayout()
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.desk_filter, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 0)
        layout.setSpacing(5)
        layout.addWidget(title)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.trash_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._start_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.activated.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_trash_bar())
        self.desk_filter.activated.connect(lambda _i: self.apply_filters())
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._update_empty_hint)
        # Paste on the list makes a new story; Delete moves one to the trash (asking first).
        self.table.delete_pressed.connect(self.delete_current)
        self.table.paste_pressed.connect(self.paste_as_new)
        for button in self.search.findChildren(QToolButton):
            button.setAccessibleName("Clear search")
        for button in self.table.findChildren(QAbstractButton):
            button.setAccessibleName("Select all stories")
        self._update_empty_hint()

    # -- selection ---------------------------------------------------------------------------

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.in_trash():
            return  # stories in the trash are restored, not edited
        story_id = current.data(StoryRole.ID) if current.isValid() else None
        if story_id is not None:
            self.open_requested.emit(story_id)

    def current_story_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(StoryRole.ID) if index.isValid() else None

    def refresh(self, select_id: int | None = None) -> None:
        """Reload rows (after saves and imports) and keep or move the selection quietly."""
        select_id = select_id if select_id is not None else self.current_story_id()
        if self.model.searching and self.search.text().strip():
            self._start_search()
        else:
            self.model.refresh()
        if select_id is not None:
            self.select_story(select_id)

    def follow_changes(self) -> None:
        """Another window changed stories: reload rows and desks, keep the selection."""
        self.reload_desks()
        self.refresh()
        self.stories_changed.emit()

    def select_open_story(self) -> None:
        """Highlight the open story's row, when the list shows it (rows were reloaded)."""
        if self.open_story_id is not None and not self.in_trash():
            self.select_story(self.open_story_id, pages=self.model.MAX_PAGES)

    def select_story(self, story_id: int, pages: int = 1) -> None:
        """Make the story's row current without opening it again; look through up to `pages`
        pages of the list for it (a new story sorts to the top of the default order)."""
        row = self.model.row_of(story_id)
        for page in range(pages):
            if row is not None or page * self.model.PAGE_SIZE >= self.model.rowCount():
                break
            self.model.summary(page * self.model.PAGE_SIZE)
            row = self.model.row_of(story_id)
        if row is None:
            return
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            index = self.model.index(row, StoryColumn.HEADLINE)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()

    def _update_empty_hint(self) -> None:
        rows = self.model.rowCount()
        if rows:
            self.empty_label.hide()
            return
        if self.in_trash():
            if not self.desk.count_stories(trash=True):
                # The trash bar says "The trash is empty.": a second sentence (a search's
                # "no match", or the same words again) would only repeat or mislead.
                self.empty_label.hide()
                return
            what = "search" if self.model.searching else "desk filter"
            text = f"No story in the trash matches the {what}."
        elif self.model.searching:
            text = "No story matches the search."
        else:
            text = "No stories here. Press Ctrl+N for a new story, or drop wire copy here."
        self.empty_label.setText(text)
        self.empty_label.show()

    # -- menus -------------------------------------------------------------------------------------

    def _row_menu(self, pos) -> None:
        if not self.table.indexAt(pos).isValid():
            return
        menu = QMenu(self)
        if self.in_trash():
            menu.addAction("Restore", self.restore_current)
            menu.addAction("Delete for ever…", self.purge_current)
        else:
            menu.addAction("Move to trash…", self.delete_current)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def column_menu(self) -> QMenu:
        """Show or hide any column but the headline (the header's context menu)."""
        return self.columns.menu(self)

    def set_column_visible(self, column: StoryColumn, visible: bool) -> None:
        self.columns.set_visible(column, visible)

    def fit_columns(self) -> None:
        self.columns.fit()

    def _column_menu(self, pos) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))
