"""The story list: search as you type, status/desk/trash filters, new, import, paste, delete."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core.errors import CopydeskError
from app.core.model import StoryStatus
from app.gui.background import deliverable
from app.gui.dialogs.confirm import ConfirmDialog
from app.gui.models.story_table_model import (
    HEADERS,
    STATUS_LABELS,
    StoryColumn,
    StoryRole,
    StoryTableModel,
)

if TYPE_CHECKING:
    from app.core.services import Desk

SEARCH_DELAY_MS = 250
HEADLINE_MIN_CHARS = 24
TRASH = "__trash__"
ATTENTION = "__attention__"
IMPORT_FILTER = "Stories (*.txt *.md *.markdown *.html *.htm *.docx *.json);;All files (*)"


class _SearchSignals(QObject):
    finished = Signal(int, object)  # generation, list[StorySummary] | CopydeskError


class _SearchTask(QRunnable):
    """Runs a full-text search in the thread pool; the store opens its own session there.

    `signals.finished` is connected to a bound method of the panel, so Qt drops the result
    if the panel was closed before the search ended (app/gui/background.py).
    """

    def __init__(self, desk: Desk, query: str, generation: int) -> None:
        super().__init__()
        self.desk, self.query, self.generation = desk, query, generation
        self.signals = _SearchSignals()

    def run(self) -> None:
        try:
            result: object = self.desk.search(self.query)
        except CopydeskError as exc:
            result = exc
        except Exception as exc:  # never raised in a pool thread: reported like a store error
            result = CopydeskError(f"Search failed: {exc}")
        with contextlib.suppress(RuntimeError):  # the carrier went away with the panel
            self.signals.finished.emit(self.generation, result)


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
        StoryColumn.OPEN: fits("Open", "99"),
        StoryColumn.ASSIGNEE: fits("m.stone", "Assignee"),
    }


class FileDropFilter(QObject):
    """Installed on the main window: files dropped anywhere become imported stories."""

    files_dropped = Signal(list)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if event.mimeData().hasUrls():  # type: ignore[attr-defined]
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        elif kind == QEvent.Type.Drop and event.mimeData().hasUrls():  # type: ignore[attr-defined]
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]
            if paths:
                self.files_dropped.emit(paths)
            return True
        return False


class _StoryTable(QTableView):
    """The list's table: Delete and Paste are requests to the panel, not cell edits."""

    delete_pressed = Signal()
    paste_pressed = Signal()
    resized = Signal()

    def viewportEvent(self, event: QEvent) -> bool:
        handled = super().viewportEvent(event)
        if event.type() == QEvent.Type.Resize:
            self.resized.emit()  # also when a scroll bar comes or goes
        return handled

    def event(self, event: QEvent) -> bool:
        # Claim Delete and Paste before window-wide shortcuts of other panels can take them.
        if event.type() == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Delete)  # type: ignore[attr-defined]
            or event.matches(QKeySequence.StandardKey.Paste)  # type: ignore[attr-defined]
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete):
            self.delete_pressed.emit()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_pressed.emit()
        else:
            super().keyPressEvent(event)


class StoryListPanel(QWidget):
    """Left of the window. Selecting a row asks for that story to be opened."""

    open_requested = Signal(object)
    """A story id (int) to open, or None when nothing is selected."""
    stories_changed = Signal()
    """Stories were added, deleted or restored (the welcome view may come or go)."""
    message_posted = Signal(str)
    columns_changed = Signal()
    """The user showed, hid or resized a column (the window keeps the header in QSettings)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("storyListPanel")
        self.setAccessibleName("Story list")
        self.desk = desk
        self.model = StoryTableModel(desk, self)
        self._generation = 0
        self._pool = QThreadPool.globalInstance()
        self._tasks: set[_SearchTask] = set()
        self._fitting = False

        title = QLabel("STORIES")
        title.setObjectName("panelTitle")
        self.search = QLineEdit()
        self.search.setObjectName("storySearch")
        self.search.setPlaceholderText("Search stories…")
        self.search.setAccessibleName("Search stories")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName("Show stories with status")
        self.status_filter.addItem("All statuses", None)
        for status in StoryStatus:
            self.status_filter.addItem(STATUS_LABELS[status], str(status))
        self.status_filter.insertSeparator(self.status_filter.count())
        self.status_filter.addItem("Needs attention", ATTENTION)
        self.status_filter.setItemData(
            self.status_filter.count() - 1,
            "Stories with open suggestions or unresolved comments",
            Qt.ItemDataRole.ToolTipRole,
        )
        self.status_filter.addItem("Trash", TRASH)
        self.desk_filter = QComboBox()
        self.desk_filter.setAccessibleName("Show stories of desk")
        self.reload_desks()

        self.table = _StoryTable()
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
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSortIndicator(
            StoryColumn.UPDATED, Qt.SortOrder.DescendingOrder
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setHighlightSections(False)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("Words") + 14)
        # Every column the issue lists is shown; the headline takes what the others leave and
        # keeps a readable minimum (the list scrolls sideways rather than squeezing it).
        for column, width in default_column_widths(self.fontMetrics()).items():
            self.table.setColumnWidth(column, width)
        # The assignee is a column to show when a desk works by assignment (header menu).
        self.table.setColumnHidden(StoryColumn.ASSIGNEE, True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.resized.connect(self.fit_headline)
        header.sectionResized.connect(self._section_resized)
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
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._start_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.status_filter.activated.connect(lambda _i: self.apply_filters())
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


    # -- filters and search ------------------------------------------------------------------

    def reload_desks(self) -> None:
        current = self.desk_filter.currentData()
        self.desk_filter.clear()
        self.desk_filter.addItem("All desks", None)
        try:
            desks = self.desk.desks()
        except CopydeskError:
            desks = []
        for name in desks:
            self.desk_filter.addItem(name, name)
        self.desk_filter.setCurrentIndex(max(0, self.desk_filter.findData(current)))

    def in_trash(self) -> bool:
        return self.status_filter.currentData() == TRASH

    def apply_filters(self) -> None:
        data = self.status_filter.currentData()
        status = None if data in (None, TRASH, ATTENTION) else StoryStatus(data)
        self.model.set_filter(status, self.desk_filter.currentData(), trash=data == TRASH,
                              attention=data == ATTENTION)  # fmt: skip
        if self.search.text().strip():
            self._start_search()

    def _start_search(self) -> None:
        query = self.search.text().strip()
        self._generation += 1
        if not query:
            self.model.clear_search()
            return
        task = _SearchTask(self.desk, query, self._generation)
        task.setAutoDelete(False)
        task.signals.finished.connect(self._search_finished)
        self._tasks.add(task)
        self._pool.start(task)

    def _search_finished(self, generation: int, result: object) -> None:
        if not deliverable(self):
            return
        self._tasks = {t for t in self._tasks if t.generation > generation}
        if generation != self._generation:
            return  # the user typed on; a newer search is on its way
        if isinstance(result, CopydeskError):
            self.message_posted.emit(str(result))
            return
        self.model.set_search_results(list(result))  # type: ignore[arg-type]

    def wait_for_search(self, timeout_ms: int = 5000) -> bool:
        """For tests and scripted use: wait for the running search to finish."""
        return self._pool.waitForDone(timeout_ms)

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

    def select_story(self, story_id: int) -> None:
        row = self.model.row_of(story_id)
        if row is None:
            # A new story sorts to the top of the default order; look at the first page.
            self.model.summary(0)
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
        if self.model.searching:
            text = "No story matches the search."
        elif self.in_trash():
            text = "The trash is empty."
        else:
            text = "No stories here. Press Ctrl+N for a new story, or drop wire copy here."
        self.empty_label.setText(text)
        self.empty_label.show()

    # -- new, import, paste, delete, restore ----------------------------------------------------

    def new_story(self) -> int | None:
        from app.core.model import Story

        try:
            story = self.desk.create_story(Story(headline="Untitled story"), analyse=False)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot create a story", str(exc))
            return None
        self._after_change(story.id)
        return story.id

    def choose_and_import(self) -> list[int]:
        paths, _ = QFileDialog.getOpenFileNames(self, "Import stories", "", IMPORT_FILTER)
        return self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> list[int]:
        """Import each file as a new story; problems are listed once, at the end."""
        imported: list[int] = []
        problems: list[str] = []
        notes: list[str] = []
        for path in paths:
            try:
                outcome = self.desk.import_file(path)
            except CopydeskError as exc:
                problems.append(f"{path.name}: {exc}")
                continue
            imported.append(outcome.story.id)
            if outcome.identical_to:
                notes.append(
                    f"{path.name}: identical text is already stored as "
                    f"{', '.join(outcome.identical_to)}; imported as {outcome.story.slug}."
                )
        if problems:
            QMessageBox.warning(self, "Some files were not imported", "\n".join(problems))
        if imported:
            self._after_change(imported[-1])
            self.message_posted.emit(
                " ".join(notes) or f"Imported {len(imported)} "
                f"stor{'ies' if len(imported) != 1 else 'y'}."
            )
        return imported

    def paste_as_new(self) -> int | None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            self.message_posted.emit("The clipboard holds no text to make a story from.")
            return None
        try:
            outcome = self.desk.import_text(text)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot make a story from the clipboard", str(exc))
            return None
        self._after_change(outcome.story.id)
        self.message_posted.emit(f"New story “{outcome.story.headline}” from the clipboard.")
        return outcome.story.id

    def delete_current(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid():
            return False
        summary = index.data(StoryRole.SUMMARY)
        if self.in_trash():
            return self.restore_current()
        if not ConfirmDialog.ask(
            self, "Delete story", f"Move “{summary.headline or summary.slug}” to the trash?",
            confirm="Move to trash",
            informative="It can be restored from the Trash filter.",
        ):
            return False
        self.open_requested.emit(None)  # save and close it first: deleting moves its version
        try:
            self.desk.delete_story(summary.id)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot delete", str(exc))
            return False
        self._after_change(None)
        self.message_posted.emit(f"“{summary.headline}” moved to the trash.")
        return True

    def restore_current(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid() or not self.in_trash():
            return False
        summary = index.data(StoryRole.SUMMARY)
        try:
            self.desk.restore_story(summary.id)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot restore", str(exc))
            return False
        self._after_change(None)
        self.message_posted.emit(f"“{summary.headline}” restored from the trash.")
        return True

    def purge_current(self) -> bool:
        index = self.table.currentIndex()
        if not index.isValid() or not self.in_trash():
            return False
        summary = index.data(StoryRole.SUMMARY)
        if not ConfirmDialog.ask(
            self, "Delete for ever", f"Remove “{summary.headline}” and its history for good?",
            confirm="Delete for ever", informative="This cannot be undone.",
        ):
            return False
        try:
            self.desk.purge_stories([summary.id])
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot delete", str(exc))
            return False
        self._after_change(None)
        return True

    def _after_change(self, select_id: int | None) -> None:
        self.reload_desks()
        if select_id is not None and self.in_trash():
            self.status_filter.setCurrentIndex(0)
            self.model.set_filter(None, self.desk_filter.currentData(), trash=False)
        self.refresh(select_id)
        self.stories_changed.emit()
        if select_id is not None:
            self.open_requested.emit(select_id)

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
        menu = QMenu(self)
        menu.setObjectName("storyColumnsMenu")
        for column in StoryColumn:
            if column == StoryColumn.HEADLINE:
                continue
            action = menu.addAction(HEADERS[column])
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_column_visible(c, on))
        return menu

    def set_column_visible(self, column: StoryColumn, visible: bool) -> None:
        if column == StoryColumn.HEADLINE:
            return
        if visible and self.table.columnWidth(column) == 0:
            self.table.setColumnWidth(column, default_column_widths(self.fontMetrics())[column])
        self.table.setColumnHidden(column, not visible)
        self.fit_headline()
        self.columns_changed.emit()

    def fit_headline(self) -> None:
        """The headline column fills the room the other visible columns leave."""
        header = self.table.horizontalHeader()
        others = sum(
            header.sectionSize(c) for c in StoryColumn
            if c != StoryColumn.HEADLINE and not header.isSectionHidden(c)
        )
        least = HEADLINE_MIN_CHARS * self.fontMetrics().averageCharWidth()
        width = max(least, self.table.viewport().width() - others)
        if header.sectionSize(StoryColumn.HEADLINE) != width:
            self._fitting = True
            try:
                header.resizeSection(StoryColumn.HEADLINE, width)
            finally:
                self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if getattr(self, "_fitting", False):
            return
        if column != StoryColumn.HEADLINE:
            self.fit_headline()  # a narrower slug column gives the headline the room
        self.columns_changed.emit()

    def _column_menu(self, pos) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))
