"""The story list's columns: eight shown (the assignee on request), sized for 1280 and 1920,
hideable, sortable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.model import Story, StoryStatus
from app.gui.main_window import MainWindow
from app.gui.models.story_table_model import HEADERS, SORT_KEYS, StoryColumn, StoryRole
from tests.filled_store import filled_store_fixtures

ALL = list(StoryColumn)
SHOWN = [c for c in ALL if c != StoryColumn.ASSIGNEE]


def _fill(desk) -> None:
    """230 stories with varied slugs, words, statuses and desks."""
    statuses = list(StoryStatus)
    desks = ["Metro", "Sport", "Foreign", ""]
    for i in range(230):
        status = statuses[i % len(statuses)]
        story = desk.create_story(
            Story(
                headline=f"{'ABCDEFGH'[i % 8]} story {i:03d}",
                slug=f"s-{(i * 37) % 230:03d}",
                body="word " * ((i * 53) % 400 + 1),
                status=StoryStatus.DRAFT if status is StoryStatus.KILLED else status,
                desk=desks[i % 4],
            ),
            analyse=False,
        )
        if status is StoryStatus.KILLED:  # a kill needs its reason
            desk.kill(story.id, "Withdrawn for the test")


# 230 stories, stored once for the module; each test opens its own copy (tests/filled_store.py).
filled, sqlite_url = filled_store_fixtures(_fill, "story-list")


@pytest.fixture
def stories(desk, window) -> int:
    """The 230 stories of `filled`, listed in the window."""
    window.story_list.refresh()
    window._update_page()
    return 230


def _visible(window: MainWindow) -> list[StoryColumn]:
    table = window.story_list.table
    return [c for c in ALL if not table.isColumnHidden(c)]


def _at(qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.apply_default_layout()
    qtbot.wait(50)


def test_eight_columns_are_shown_with_their_names(qtbot, window, stories) -> None:
    """Every column but the assignee (shown on request, from the header menu) at 2560."""
    _at(qtbot, window, (2560, 1440))
    assert _visible(window) == SHOWN
    model = window.story_list.model
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in ALL]
    assert names == [
        "Slug",
        "Headline",
        "Status",
        "Desk",
        "Words",
        "Updated",
        "By",
        "Review",
        "Assignee",
    ]
    assert (
        model.headerData(
            StoryColumn.UPDATED_BY, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
        )
        == "Who saved it last"
    )
    first = [model.index(0, c).data() for c in ALL]
    assert all(v not in (None, "") for v in first[:3])


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (2560, 1440)])
def test_columns_fit_the_list_without_sideways_scrolling(qtbot, window, stories, size) -> None:
    """Issue 15, item 9: no horizontal scroll bar; slug, headline and status always there."""
    _at(qtbot, window, size)
    table = window.story_list.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    shown = _visible(window)
    assert shown[:3] == [StoryColumn.SLUG, StoryColumn.HEADLINE, StoryColumn.STATUS]
    assert sum(header.sectionSize(c) for c in shown) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()
    assert header.sectionSize(StoryColumn.HEADLINE) >= 20 * metrics.averageCharWidth()
    for column, sample in (
        (StoryColumn.STATUS, "Copy desk"),
        (StoryColumn.WORDS, "20,000"),
        (StoryColumn.UPDATED, "17 Nov 2024"),
        (StoryColumn.SLUG, "s-123"),
    ):
        if column in shown:
            assert header.sectionSize(column) >= metrics.horizontalAdvance(sample) + 8
    if size[0] >= 1920:  # room for when and how long, beside a headline read at a glance
        assert {StoryColumn.UPDATED, StoryColumn.WORDS} <= set(shown)
        assert header.sectionSize(StoryColumn.HEADLINE) >= 28 * metrics.averageCharWidth()
    # Narrower again: the extra columns step aside, and come back with the room.
    _at(qtbot, window, (1280, 800))
    assert not table.horizontalScrollBar().isVisible()
    _at(qtbot, window, size)
    assert _visible(window) == shown


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (2560, 1440)])
def test_open_count_assignee_and_presence_fit_without_sideways_scrolling(
    qtbot, window, stories, desk, size
) -> None:
    """Issue 17's Open and Assignee columns, the pencil of presence and the Needs attention
    filter within issue 15's fitted columns: Open is kept with Status at 1280, the assignee
    (shown from the header menu) steps aside before them, nothing scrolls sideways."""
    panel = window.story_list
    model = panel.model
    first = model.summary(0)
    desk.assign(first.id, "copy.chief")
    desk.comment_on(first.id, "word", "Check the figure")
    panel.refresh()
    panel.columns.set_visible(StoryColumn.ASSIGNEE, True)
    _at(qtbot, window, size)
    model.set_presence({first.id: ["maria"]})  # as another window's heartbeat reports it
    table = panel.table
    shown = _visible(window)
    assert StoryColumn.OPEN in shown, "the count of open items is kept as long as Status"
    assert not table.horizontalScrollBar().isVisible()
    assert sum(table.horizontalHeader().sectionSize(c) for c in shown) <= table.viewport().width()
    if size[0] >= 2560:  # narrower, it steps aside (its menu entry says it comes back)
        assert StoryColumn.ASSIGNEE in shown
    row = model.row_of(first.id)
    assert model.index(row, StoryColumn.OPEN).data() == "1"
    assert model.index(row, StoryColumn.HEADLINE).data(StoryRole.EDITING) == "maria is editing"
    # Needs attention: only the story with something open; still no sideways scrolling.
    panel.status_filter.setCurrentIndex(panel.status_filter.findData("__attention__"))
    panel.apply_filters()
    assert model.rowCount() == 1 and model.summary(0).id == first.id
    assert not table.horizontalScrollBar().isVisible()


def test_columns_hide_from_the_header_menu_and_stay_hidden(
    qtbot, window, stories, desk, settings, no_recovery_prompt
) -> None:
    panel = window.story_list
    menu = panel.column_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert set(actions) == {HEADERS[c] for c in ALL if c != StoryColumn.HEADLINE}
    actions["Desk"].trigger()
    actions["By"].trigger()
    assert panel.table.isColumnHidden(StoryColumn.DESK)
    assert panel.table.isColumnHidden(StoryColumn.UPDATED_BY)
    assert settings.value("window/storyColumns") is not None  # stored at once, not at exit
    window.close()

    again = MainWindow(desk, settings=settings)
    qtbot.addWidget(again)
    again.show()
    _at(qtbot, again, (2560, 1440))  # room for every column the user kept
    assert _visible(again) == [
        c for c in SHOWN if c not in (StoryColumn.DESK, StoryColumn.UPDATED_BY)
    ]
    menu = again.story_list.column_menu()
    desk_action = next(a for a in menu.actions() if a.text() == "Desk")
    assert not desk_action.isChecked()
    desk_action.trigger()
    assert not again.story_list.table.isColumnHidden(StoryColumn.DESK)
    assert again.story_list.table.columnWidth(StoryColumn.DESK) > 20
    again.autosaver._timer.stop()


@pytest.mark.parametrize("column", ALL)
def test_sorting_by_each_column_through_the_header(window, desk, stories, column) -> None:
    panel = window.story_list
    model = panel.model
    key = SORT_KEYS[column].value
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        panel.table.sortByColumn(column, order)
        assert panel.table.horizontalHeader().sortIndicatorSection() == column
        rows = [model.index(r, column).data(StoryRole.SUMMARY) for r in range(60)]
        values = [getattr(s, key) for s in rows]
        expected = sorted(
            values,
            key=lambda v: (v is not None, v if v is not None else ""),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )  # NULL first, as SQL
        assert values == expected, f"{HEADERS[column]} {order.name}"
        # The windowed model jumps to the end without loading the table.
        last = model.index(stories - 1, column).data(StoryRole.SUMMARY)
        assert last is not None
        assert model.loaded_rows() <= 2 * model.PAGE_SIZE
    assert model.rowCount() == stories


def test_sorting_search_results_by_words_and_by(qtbot, window, desk, stories) -> None:
    """Search hits are sorted in memory: numbers and missing names must not break it."""
    panel = window.story_list
    desk.create_story(Story(headline="Empty so far"), analyse=False)  # 0 words: falsy, not None
    hits = desk.list_stories(offset=0, limit=40)
    assert any(h.words == 0 for h in hits)
    panel.model.set_search_results(hits)
    for column in (StoryColumn.WORDS, StoryColumn.UPDATED_BY, StoryColumn.DESK):
        panel.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        key = SORT_KEYS[column].value
        values = [getattr(panel.model.summary(r), key) for r in range(panel.model.rowCount())]
        assert values == sorted(values, key=lambda v: (v is not None, v if v is not None else ""))


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_header_reads_whole_and_the_count_is_named_for_the_review_panel(
    qtbot, window, stories, size
) -> None:
    """Round 25's walk-through: "Open" beside a list of stories read as "the open story" until
    hovered. The count of suggestions and comments is headed with the name of the panel that
    lists them, its tooltip says what it counts, and every shown title is whole at both sizes."""
    _at(qtbot, window, size)
    table = window.story_list.table
    header = table.horizontalHeader()
    model = window.story_list.model
    shown = _visible(window)
    assert StoryColumn.OPEN in shown
    horizontal = Qt.Orientation.Horizontal
    title = model.headerData(StoryColumn.OPEN, horizontal)
    assert title == window.review_dock.windowTitle()
    tip = model.headerData(StoryColumn.OPEN, horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "suggestions" in tip.lower() and "comments" in tip.lower()
    metrics = header.fontMetrics()
    for column in shown:
        words = model.headerData(column, horizontal)
        # The sorted column also draws its arrow.
        arrow = 14 if header.sortIndicatorSection() == column else 0
        assert header.sectionSize(column) >= metrics.horizontalAdvance(words) + 8 + arrow, words


def _current_headline(panel) -> str | None:
    index = panel.table.currentIndex()
    if not index.isValid() or not panel.table.selectionModel().isRowSelected(index.row()):
        return None
    return panel.model.index(index.row(), StoryColumn.HEADLINE).data()


def test_the_open_story_stays_highlighted_through_a_search_and_its_clearing(
    qtbot, window, stories, desk
) -> None:
    """Round 25: after a search the open story's row was not highlighted. It is when the
    story is among the results, and again (on a later page of the list) once the search is
    cleared; a search that does not find it highlights nothing and opens nothing else."""
    panel = window.story_list
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "C story 010")
    assert row >= model.PAGE_SIZE, "a later page of the list"
    panel.table.selectRow(row)  # a click on the row opens the story
    qtbot.waitUntil(lambda: window.editor.story() is not None)
    story = window.editor.story()
    assert story.headline == "C story 010" and _current_headline(panel) == story.headline

    panel.search.setText("story 010")
    panel._start_search()  # what the debounce timer does
    assert panel.wait_for_search()
    qtbot.waitUntil(lambda: panel.model.searching and panel.model.rowCount() > 0)
    assert _current_headline(panel) == "C story 010"

    panel.search.setText("nothing-like-this")
    panel._start_search()
    assert panel.wait_for_search()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    assert window.editor.story().id == story.id

    panel.search.clear()
    panel._start_search()
    qtbot.waitUntil(lambda: not panel.model.searching)
    assert _current_headline(panel) == "C story 010"
    assert window.editor.story().id == story.id


def test_home_and_end_go_to_the_first_and_last_story(qtbot, window, desk) -> None:
    """Home and End moved between the columns of the same row (the list selects rows), so
    the keyboard had no quick way to the top or the bottom of the list."""
    from tests.gui.conftest import add_story

    for headline in ("First filed", "Second filed", "Third filed"):
        add_story(desk, headline)
    window._update_page()
    lst = window.story_list
    lst.refresh()
    lst.table.setFocus()
    lst.table.selectRow(1)
    ids = [lst.model.index(r, 0).data(StoryRole.ID) for r in range(lst.model.rowCount())]
    qtbot.keyClick(lst.table, Qt.Key.Key_End)
    assert lst.current_story_id() == ids[-1]
    assert window.editor.story().id == ids[-1], "the story at the end opens, as arrows do"
    qtbot.keyClick(lst.table, Qt.Key.Key_Home)
    assert lst.current_story_id() == ids[0]
