"""The window at 1280x800 and 1920x1080: nothing collides, the text keeps a readable measure."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from app.core.store.stories import SLUG_MAX, slugify
from app.gui.main_window import MainWindow

SIZES = [(1280, 800), (1920, 1080)]


@pytest.fixture
def opened(qtbot, window, desk, story) -> MainWindow:
    window._update_page()
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    return window


def _at(qtbot, window: MainWindow, size: tuple[int, int]) -> None:
    window.resize(*size)
    window.apply_default_layout()  # what the first show does at that size
    qtbot.waitUntil(lambda: window.width() == size[0])
    QApplication.processEvents()


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize("size", SIZES)
def test_metadata_labels_and_fields_never_collide(qtbot, opened, size) -> None:
    _at(qtbot, opened, size)
    form = opened.editor.metadata
    m = form
    parts = [w for w in form.findChildren(QWidget) if w.isVisible() and w.parentWidget() is form]
    assert {m.headline, m.dek, m.slug, m.dateline, m.desk, m.status, m.keywords} <= set(parts)
    for a, b in combinations(parts, 2):
        ra, rb = _rect_in(a, form), _rect_in(b, form)
        assert not ra.intersects(rb), f"{a.objectName() or a.text()} overlaps {b.objectName()}"
    for label in (w for w in parts if isinstance(w, QLabel) and w.buddy() is not None):
        assert label.width() >= label.sizeHint().width(), f"label {label.text()} is cut"
    # Side by side, the status ends before the Dateline label begins, with air between.
    dateline_label = next(w for w in parts if isinstance(w, QLabel) and w.buddy() is m.dateline)
    if not form.narrow:
        gap = _rect_in(dateline_label, form).left() - _rect_in(m.status, form).right()
        assert gap >= 8
    # Every field ends at the same right edge as the headline's row.
    right = _rect_in(m.dek, form).right()
    at_edge = (m.slug, m.dateline, m.keywords) + ((m.status,) if form.narrow else ())
    for field in at_edge:
        assert _rect_in(field, form).right() == right, field.accessibleName()
    # Each short field shows a useful amount of text.
    char = m.fontMetrics().averageCharWidth()
    for field in (m.slug, m.dateline, m.keywords):
        assert field.width() >= 12 * char


def test_editor_keeps_60_characters_at_1280(qtbot, opened) -> None:
    _at(qtbot, opened, (1280, 800))
    text = opened.editor.text_edit
    assert text.chars_per_line() >= 60
    assert text.column_margin() == 0  # narrow: the whole width is used


def test_editor_is_a_centred_readable_column_at_1920(qtbot, opened) -> None:
    _at(qtbot, opened, (1920, 1080))
    text = opened.editor.text_edit
    assert 70 <= text.chars_per_line() <= 80
    viewport = text.viewport().geometry()
    left = viewport.left()
    right = text.width() - viewport.right() - 1 - text.verticalScrollBar().sizeHint().width()
    assert left >= 12 and abs(left - right) <= 4, "the column is centred, off the list's edge"
    # The metadata sits over the same column, not across the whole panel.
    form = opened.editor.metadata
    assert _rect_in(form.headline, opened.editor).right() <= text.width() - right
    assert form.layout().contentsMargins().left() >= left


@pytest.mark.parametrize("size", [(1920, 1080), (2560, 1440)])
def test_on_a_wide_screen_the_list_takes_what_the_text_leaves_as_margin(qtbot, opened, size):
    """The list stopped at a fixed share (920 px at most) and cut slugs and headlines while the
    editor centred its text between wide empty margins; the text keeps its full measure."""
    from app.gui.models.story_table_model import StoryColumn
    from app.gui.panels.story_text_edit import MEASURE_CHARS
    from app.gui.window_layout import LIST_MOST

    _at(qtbot, opened, size)
    text = opened.editor.text_edit
    assert text.chars_per_line() >= MEASURE_CHARS
    listed = opened.story_list.width()
    assert text.column_margin() <= 24 or listed >= LIST_MOST - 4, f"{text.column_margin()} px"
    table = opened.story_list.table
    assert table.columnWidth(StoryColumn.HEADLINE) >= 40 * table.fontMetrics().averageCharWidth()


@pytest.mark.parametrize("size", SIZES)
def test_docks_list_and_editor_share_the_width(qtbot, opened, size) -> None:
    _at(qtbot, opened, size)
    for widget in (opened.story_list, opened.editor, opened.sidebar, opened.credits):
        assert widget.isVisible() and widget.width() >= 300
    metadata = opened.editor.metadata
    assert metadata.geometry().bottom() < opened.editor.text_edit.geometry().top()
    assert opened.editor.text_edit.height() >= 400  # the metadata does not eat the page


@pytest.mark.parametrize("size", [(1024, 640), *SIZES])
def test_a_typical_dateline_shows_whole(qtbot, opened, size) -> None:
    """An editor checks the dateline at a glance: "VEL, Dec 4 (Reuters)" hid the agency at 1280."""
    _at(qtbot, opened, size)
    field = opened.editor.metadata.dateline
    field.setText("CALDERPORT, Nov 17 (Reuters)")
    field.setCursorPosition(0)
    QApplication.processEvents()
    needed = field.fontMetrics().horizontalAdvance(field.text()) + 12  # frame and text margins
    assert field.width() >= needed, f"dateline {field.width()}px, its text needs {needed}px"


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_tab_walks_the_fields_in_reading_order(qtbot, opened, size) -> None:
    """Side by side, Tab used to jump from Slug down to Desk and back up to Dateline."""
    _at(qtbot, opened, size)
    m = opened.editor.metadata
    fields = {m.headline, m.dek, m.slug, m.dateline, m.desk, m.status, m.keywords}
    order, widget = [], m.headline
    while len(order) < len(fields):
        if widget in fields and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    # Reading order: row by row, left to right, as the fields stand on the screen.
    rows: list[list[QWidget]] = []
    for w in sorted(fields, key=lambda w: _rect_in(w, m).center().y()):
        same_row = rows and abs(_rect_in(rows[-1][0], m).center().y() - _rect_in(w, m).center().y())
        if rows and same_row < 10:
            rows[-1].append(w)
        else:
            rows.append([w])
    on_screen = [w for row in rows for w in sorted(row, key=lambda w: _rect_in(w, m).left())]
    names = [w.accessibleName() for w in order]
    assert names == [w.accessibleName() for w in on_screen]


@pytest.mark.parametrize("size", [*SIZES, (2560, 1440)])
def test_a_slug_of_the_longest_length_shows_whole(qtbot, opened, size) -> None:
    """At 1920x1080 the slug sat beside the dateline in 230 px and cut a long slug at about
    40 characters ("tidewater-town-weighs-new-sea-wall-a"); the store makes them up to 60."""
    _at(qtbot, opened, size)
    field = opened.editor.metadata.slug
    field.setText(slugify("Harbour authority suspends night ferries to Linnet Island, citing pier"))
    assert len(field.text()) >= SLUG_MAX - 3
    field.setCursorPosition(0)
    QApplication.processEvents()
    needed = field.fontMetrics().horizontalAdvance(field.text()) + 12  # frame and text margins
    assert field.width() >= needed, f"slug {field.width()}px, its text needs {needed}px"
