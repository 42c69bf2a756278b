"""The story list's filter bar: search as you type, status and desk filters, the trash view.

Searches run on the thread pool, newest wins (a generation count drops stale results). A mixin
of StoryListPanel, which owns the table and its model; kept apart so the panel module holds the
table glue and selection only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.core.errors import CopydeskError
from app.core.model import StoryStatus
from app.gui.background import deliverable
from app.gui.models.story_table_model import STATUS_LABELS
from app.gui.panels.story_search import SearchTask

SEARCH_DELAY_MS = 250
TRASH = "__trash__"
ATTENTION = "__attention__"


class StoryFiltersMixin:
    """The search box, the status and desk filters, and showing the trash."""

    def _build_filters(self) -> None:
        """The search box and the two filter boxes (the panel lays them out)."""
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
            self.select_open_story()
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
        self.select_open_story()  # the reset dropped the selection: the open story is still open
        # Hits show a second line: the words around the match.
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)

    def wait_for_search(self, timeout_ms: int = 5000) -> bool:
        """For tests and scripted use: wait for the running search to finish."""
        return self._pool.waitForDone(timeout_ms)
