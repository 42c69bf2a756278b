"""The story list: search as you type, status/desk/trash filters, new, import, paste, delete."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
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
    STATUS_LABELS,
    StoryColumn,
    StoryRole,
    StoryTableModel,
)
from app.gui.panels.snippet_delegate import SnippetDelegate
from app.gui.panels.story_columns import StoryColumns
from app.gui.panels.story_search import SearchTask
from app.gui.panels.trash_bar import TrashBar

if TYPE_CHECKING:
    from app.core.services import Desk

SEARCH_DELAY_MS = 250
TRASH = "__trash__"
ATTENTION = "__attention__"
IMPORT_FILTER = "Stories (*.txt *.md *.markdown *.html *.htm *.docx *.json);;All files (*)"


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
        trash = data == TRASH
        if trash != self.model.trash:
            self.open_requested.emit(None)  # a story in the trash is not edited: close it
        self.model.set_filter(status, self.desk_filter.currentData(), trash=trash,
                              attention=data == ATTENTION)  # fmt: skip
        if self.search.text().strip():
            self._start_search()
        self._update_trash_bar()
        self.trash_shown.emit(trash)

    def show_trash(self, shown: bool) -> None:
        """View → Trash: the deleted stories, to restore or delete for ever (or back again)."""
        if shown == self.in_trash():
            self.trash_shown.emit(shown)
            return
        self.status_filter.setCurrentIndex(self.status_filter.findData(TRASH) if shown else 0)
        self.apply_filters()

    def _update_trash_bar(self) -> None:
        shown = self.in_trash()
        self.trash_bar.setVisible(shown)
        if shown:
            count = self.desk.count_stories(trash=True)
            self.trash_bar.show_count(count, self.table.currentIndex().isValid())

    def _start_search(self) -> None:
        query = self.search.text().strip()
        self._generation += 1
        if not query:
            self.model.clear_search()
            self.table.verticalHeader().setDefaultSectionSize(self._row_height)
            return
        task = SearchTask(self.desk, query, self._generation, trash=self.in_trash())
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
        # Hits show a second line: the words around the match.
        self.table.verticalHeader().setDefaultSectionSize(
            2 * self.fontMetrics().lineSpacing() + 8
        )

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
        removed = 0
        for path in paths:
            try:
                outcome = self.desk.import_file(path)
            except CopydeskError as exc:
                problems.append(f"{path.name}: {exc}")
                continue
            imported.append(outcome.story.id)
            removed += len(outcome.removed)
            if outcome.identical_to:
                notes.append(
                    f"{path.name}: identical text is already stored as "
                    f"{', '.join(outcome.identical_to)}; imported as {outcome.story.slug}."
                )
        if problems:
            QMessageBox.warning(self, "Some files were not imported", "\n".join(problems))
        if imported:
            self._after_change(imported[-1])
            done = f"Imported {len(imported)} stor{'ies' if len(imported) != 1 else 'y'}"
            if removed:  # said whole elsewhere (`copydesk import`); here, that it happened
                done += f"; removed {removed} passage{'s' if removed != 1 else ''} of boilerplate"
            self.message_posted.emit(" ".join(notes) or f"{done}.")
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

    def empty_trash(self) -> int:
        """Remove every story in the trash for good (asking first); how many went."""
        count = self.desk.count_stories(trash=True)
        if not count or not ConfirmDialog.ask(
            self, "Empty trash", f"Remove all {count} stor{'y' if count == 1 else 'ies'} in the "
            "trash and their history for good?", confirm="Empty trash",
            informative="This cannot be undone.",
        ):
            return 0
        try:
            ids = [s.id for s in self.desk.list_stories(trash=True, limit=count)]
            purged = self.desk.purge_stories(ids)
        except CopydeskError as exc:
            QMessageBox.warning(self, "Cannot empty the trash", str(exc))
            return 0
        self._after_change(None)
        self.message_posted.emit(f"Removed {purged} stor{'y' if purged == 1 else 'ies'} for good.")
        return purged

    def _after_change(self, select_id: int | None) -> None:
        self.reload_desks()
        if select_id is not None and self.in_trash():
            self.show_trash(False)  # a new or imported story is not in the trash
        self.refresh(select_id)
        self._update_trash_bar()
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
        return self.columns.menu(self)

    def set_column_visible(self, column: StoryColumn, visible: bool) -> None:
        self.columns.set_visible(column, visible)

    def fit_columns(self) -> None:
        self.columns.fit()

    def _column_menu(self, pos) -> None:
        self.column_menu().exec(self.table.horizontalHeader().mapToGlobal(pos))
