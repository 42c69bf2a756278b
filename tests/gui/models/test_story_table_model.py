"""The windowed story model, without a view: counts, fetches by page, sorts by re-querying."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.model import Story, StoryStatus
from app.gui.models.story_table_model import StoryColumn, StoryRole, StoryTableModel
from tests.filled_store import filled_store_fixtures


class CountingDesk:
    """The real Desk, with every list_stories call recorded."""

    def __init__(self, desk) -> None:
        self._desk = desk
        self.calls: list[dict] = []

    def list_stories(self, **kw):
        self.calls.append(kw)
        return self._desk.list_stories(**kw)

    def __getattr__(self, name: str):
        return getattr(self._desk, name)


def _fill(desk) -> None:
    statuses = [StoryStatus.DRAFT, StoryStatus.EDITING, StoryStatus.READY]
    for i in range(250):
        desk.create_story(
            Story(
                headline=f"Story {i:03d}",
                body=f"Body {i}",
                status=statuses[i % 3],
                desk="Metro" if i % 2 else "Sport",
            ),
            analyse=False,
        )


# 250 stories, stored once for the module; each test opens its own copy (tests/filled_store.py).
filled, sqlite_url = filled_store_fixtures(_fill, "story-model")


@pytest.fixture
def many(desk):
    return CountingDesk(desk)


def test_row_count_is_known_before_any_row_is_fetched(qapp, many) -> None:
    model = StoryTableModel(many)
    assert model.rowCount() == 250
    assert model.columnCount() == len(StoryColumn)
    assert many.calls == []


def test_rows_are_fetched_by_window_never_the_whole_table(qapp, many) -> None:
    model = StoryTableModel(many)
    first = model.index(0, StoryColumn.HEADLINE).data()
    assert first == "Story 249"  # newest first
    assert len(many.calls) == 1
    last = model.index(249, StoryColumn.HEADLINE).data()  # jump to the end
    assert last == "Story 000"
    assert [c["offset"] for c in many.calls] == [0, 200]
    assert all(c["limit"] <= model.PAGE_SIZE for c in many.calls)
    assert model.loaded_rows() <= 2 * model.PAGE_SIZE
    model.index(5, StoryColumn.SLUG).data()  # cached page: no new query
    assert len(many.calls) == 2


def test_cached_pages_are_bounded(qapp, many, monkeypatch) -> None:
    monkeypatch.setattr(StoryTableModel, "PAGE_SIZE", 10)
    monkeypatch.setattr(StoryTableModel, "MAX_PAGES", 3)
    model = StoryTableModel(many)
    for row in range(0, 250, 10):
        model.index(row, 0).data()
    assert model.loaded_rows() <= 30


def test_sorting_by_a_column_requeries_in_that_order(qapp, many) -> None:
    model = StoryTableModel(many)
    model.sort(StoryColumn.HEADLINE, Qt.SortOrder.AscendingOrder)
    assert model.index(0, StoryColumn.HEADLINE).data() == "Story 000"
    assert many.calls[-1]["sort"].value == "headline"
    assert many.calls[-1]["descending"] is False
    model.sort(StoryColumn.STATUS, Qt.SortOrder.DescendingOrder)
    assert model.index(0, StoryColumn.STATUS).data() == "Ready"


def test_filters_change_the_count(qapp, many) -> None:
    model = StoryTableModel(many)
    model.set_filter(StoryStatus.READY, None)
    assert model.rowCount() == 83
    model.set_filter(None, "Metro")
    assert model.rowCount() == 125
    assert {model.index(r, StoryColumn.DESK).data() for r in range(50)} == {"Metro"}


def test_trash_and_roles(qapp, many) -> None:
    model = StoryTableModel(many)
    story_id = model.index(0, 0).data(StoryRole.ID)
    many.delete_story(story_id)
    model.refresh()
    assert model.rowCount() == 249
    model.set_filter(trash=True)
    assert model.rowCount() == 1
    assert model.index(0, 0).data(StoryRole.ID) == story_id
    assert model.index(0, StoryColumn.WORDS).data(Qt.ItemDataRole.TextAlignmentRole)


def test_search_results_mode(qapp, many) -> None:
    model = StoryTableModel(many)
    hits = many.list_stories(offset=0, limit=3)
    calls = len(many.calls)
    model.set_search_results(hits)
    assert model.searching and model.rowCount() == 3
    assert model.row_of(hits[1].id) == 1
    model.sort(StoryColumn.HEADLINE, Qt.SortOrder.AscendingOrder)
    assert [model.index(r, 1).data() for r in range(3)] == sorted(h.headline for h in hits)
    assert len(many.calls) == calls  # sorting hits happens in memory
    model.clear_search()
    assert model.rowCount() == 250
