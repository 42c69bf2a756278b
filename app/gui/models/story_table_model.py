"""The story list as a windowed table model: knows the row count, fetches pages on demand.

With 100,000 stories the view asks only for the rows it paints; each page is one indexed
query through `Desk.list_stories`, and only a few pages are kept. Search results (at most a
few hundred summaries) are held whole and sorted in memory.
"""

from __future__ import annotations

import enum
from collections import OrderedDict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.core.model import SortKey, StoryStatus, StorySummary

if TYPE_CHECKING:
    from app.core.services import Desk

Index = QModelIndex | QPersistentModelIndex


class StoryColumn(enum.IntEnum):
    SLUG = 0
    HEADLINE = 1
    STATUS = 2
    DESK = 3
    WORDS = 4
    UPDATED = 5
    UPDATED_BY = 6
    OPEN = 7
    ASSIGNEE = 8


HEADERS = {
    StoryColumn.SLUG: "Slug",
    StoryColumn.HEADLINE: "Headline",
    StoryColumn.STATUS: "Status",
    StoryColumn.DESK: "Desk",
    StoryColumn.WORDS: "Words",
    StoryColumn.UPDATED: "Updated",
    StoryColumn.UPDATED_BY: "By",
    # Not "Open": beside a story list that reads as "the open story" (round 25 walk-through).
    StoryColumn.OPEN: "Review",
    StoryColumn.ASSIGNEE: "Assignee",
}
HEADER_TIPS = {
    StoryColumn.SLUG: "The story's slug",
    StoryColumn.HEADLINE: "Headline",
    StoryColumn.STATUS: "Where the story is in the workflow",
    StoryColumn.DESK: "Desk (section)",
    StoryColumn.WORDS: "Words in the body",
    StoryColumn.UPDATED: "When it was last saved",
    StoryColumn.UPDATED_BY: "Who saved it last",
    StoryColumn.OPEN: "Suggestions and comments waiting for review (the Review panel)",
    StoryColumn.ASSIGNEE: "Who the story is assigned to",
}
SORT_KEYS = {
    StoryColumn.SLUG: SortKey.SLUG,
    StoryColumn.HEADLINE: SortKey.HEADLINE,
    StoryColumn.STATUS: SortKey.STATUS,
    StoryColumn.DESK: SortKey.DESK,
    StoryColumn.WORDS: SortKey.WORDS,
    StoryColumn.UPDATED: SortKey.UPDATED,
    StoryColumn.UPDATED_BY: SortKey.UPDATED_BY,
    StoryColumn.OPEN: SortKey.OPEN_ITEMS,
    StoryColumn.ASSIGNEE: SortKey.ASSIGNEE,
}
STATUS_LABELS = {
    StoryStatus.DRAFT: "Draft",
    StoryStatus.EDITING: "Editing",
    StoryStatus.COPY_DESK: "Copy desk",
    StoryStatus.READY: "Ready",
    StoryStatus.PUBLISHED: "Published",
    StoryStatus.KILLED: "Killed",
}


class StoryRole(enum.IntEnum):
    ID = Qt.ItemDataRole.UserRole + 1
    SUMMARY = Qt.ItemDataRole.UserRole + 2
    EDITING = Qt.ItemDataRole.UserRole + 3
    """"Ana is editing" (others with the story open now), or ""."""


def editing_text(users: list[str]) -> str:
    if not users:
        return ""
    names = users[0] if len(users) == 1 else ", ".join(users[:-1]) + " and " + users[-1]
    return f"{names} {'is' if len(users) == 1 else 'are'} editing"


def format_updated(when: datetime, now: datetime | None = None) -> str:
    """Today as a time, this year as a day and month, older with the year: what a desk scans."""
    local = when.astimezone() if when.tzinfo else when.replace(tzinfo=UTC).astimezone()
    now = (now or datetime.now(UTC)).astimezone()
    if local.date() == now.date():
        return local.strftime("%H:%M")
    if local.year == now.year:
        return local.strftime("%d %b")
    return local.strftime("%d %b %Y")


class StoryTableModel(QAbstractTableModel):
    """Rows are StorySummary objects; the body is never read for the list."""

    PAGE_SIZE = 100
    MAX_PAGES = 12

    def __init__(self, desk: Desk, parent: Any = None) -> None:
        super().__init__(parent)
        self._desk = desk
        self._status: StoryStatus | None = None
        self._desk_filter: str | None = None
        self._trash = False
        self._attention = False
        self._presence: dict[int, list[str]] = {}
        self._sort = StoryColumn.UPDATED
        self._descending = True
        self._pages: OrderedDict[int, list[StorySummary]] = OrderedDict()
        self._search: list[StorySummary] | None = None
        self._count = self._desk.count_stories(None, None, False)

    # -- what the owner sets ---------------------------------------------------------------

    @property
    def trash(self) -> bool:
        return self._trash

    @property
    def searching(self) -> bool:
        return self._search is not None

    @property
    def attention(self) -> bool:
        return self._attention

    def set_filter(
        self,
        status: StoryStatus | None = None,
        desk: str | None = None,
        trash: bool = False,
        attention: bool = False,
    ) -> None:
        """`attention`: only stories with open suggestions or comments ("Needs attention")."""
        self._status, self._desk_filter, self._trash = status, desk or None, trash
        self._attention = attention
        self.refresh()

    def set_presence(self, presence: dict[int, list[str]]) -> None:
        """Who has which story open elsewhere: a pencil and "Ana is editing" on its headline."""
        if presence == self._presence:
            return
        self._presence = dict(presence)
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, StoryColumn.HEADLINE),
                                  self.index(rows - 1, StoryColumn.HEADLINE))  # fmt: skip

    def editing(self, story_id: int) -> list[str]:
        return self._presence.get(story_id, [])

    def set_search_results(self, results: list[StorySummary]) -> None:
        """Show search hits instead of the paged list (filters still apply)."""
        self.beginResetModel()
        self._search = [r for r in results if self._matches(r)]  # in rank order until sorted
        self.endResetModel()

    def clear_search(self) -> None:
        if self._search is None:
            return
        self._search = None
        self.refresh()

    def refresh(self) -> None:
        """Re-count and drop cached pages (after a save, import, delete, or a filter change)."""
        self.beginResetModel()
        self._pages.clear()
        if self._search is None:
            self._count = self._desk.count_stories(
                self._status, self._desk_filter, self._trash, self._attention
            )
        self.endResetModel()

    def summary(self, row: int) -> StorySummary | None:
        if self._search is not None:
            return self._search[row] if 0 <= row < len(self._search) else None
        if not 0 <= row < self._count:
            return None
        page = self._page(row // self.PAGE_SIZE)
        offset = row % self.PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def row_of(self, story_id: int) -> int | None:
        """The row of a story if it is loaded (search results or a cached page); never queries."""
        if self._search is not None:
            rows = self._search
            return next((i for i, s in enumerate(rows) if s.id == story_id), None)
        for number, page in self._pages.items():
            for i, summary in enumerate(page):
                if summary.id == story_id:
                    return number * self.PAGE_SIZE + i
        return None

    def loaded_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # -- Qt overrides ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._search) if self._search is not None else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(StoryColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(StoryColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[StoryColumn(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS[StoryColumn(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        summary = self.summary(index.row())
        if summary is None:
            return None
        column = StoryColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(summary, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{summary.headline}\n{summary.slug} · {summary.words:,} words"
            if summary.open_items:
                tip += f" · {summary.open_items} to review"
            if summary.assignee:
                tip += f" · assigned to {summary.assignee}"
            editing = self.editing(summary.id)
            if editing:
                tip += f"\n{editing_text(editing)}"
            if summary.snippet is not None and summary.snippet.text():
                tip += f"\n\n{summary.snippet.text()}"
            return tip
        if role == Qt.ItemDataRole.DecorationRole and column == StoryColumn.HEADLINE:
            if self.editing(summary.id):
                from app.gui import icons

                return icons.icon("editing")
            return None
        if role == StoryRole.EDITING:
            return editing_text(self.editing(summary.id))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            StoryColumn.WORDS,
            StoryColumn.OPEN,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == StoryRole.ID:
            return summary.id
        if role == StoryRole.SUMMARY:
            return summary
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in the new order (the store has an index per sortable column)."""
        self._sort = StoryColumn(column)
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._search is not None:
            self.layoutAboutToBeChanged.emit()
            self._sort_search()
            self.layoutChanged.emit()
        else:
            self.refresh()

    # -- internals ---------------------------------------------------------------------------

    def _display(self, summary: StorySummary, column: StoryColumn) -> str:
        if column == StoryColumn.SLUG:
            return summary.slug
        if column == StoryColumn.HEADLINE:
            return summary.headline
        if column == StoryColumn.STATUS:
            return STATUS_LABELS.get(summary.status, str(summary.status))
        if column == StoryColumn.DESK:
            return summary.desk
        if column == StoryColumn.WORDS:
            return f"{summary.words:,}"
        if column == StoryColumn.UPDATED:
            return format_updated(summary.updated_at)
        if column == StoryColumn.OPEN:
            return str(summary.open_items) if summary.open_items else ""
        if column == StoryColumn.ASSIGNEE:
            return summary.assignee or ""
        return summary.updated_by or ""

    def _page(self, number: int) -> list[StorySummary]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        page = self._desk.list_stories(
            status=self._status,
            desk=self._desk_filter,
            sort=SORT_KEYS[self._sort],
            descending=self._descending,
            offset=number * self.PAGE_SIZE,
            limit=self.PAGE_SIZE,
            trash=self._trash,
            attention=self._attention,
        )
        self._pages[number] = page
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _matches(self, summary: StorySummary) -> bool:
        if self._status is not None and summary.status != self._status:
            return False
        if self._attention and not summary.open_items:
            return False
        return not (self._desk_filter and summary.desk != self._desk_filter)

    def _sort_search(self) -> None:
        if self._search is None:
            return
        key = SORT_KEYS[self._sort].value

        def order(summary: StorySummary) -> tuple[bool, Any, int]:
            # NULL first when ascending, as SQL sorts it; the id breaks ties as the store does.
            value = getattr(summary, key)
            return (value is not None, value if value is not None else "", summary.id)

        self._search.sort(key=order, reverse=self._descending)
