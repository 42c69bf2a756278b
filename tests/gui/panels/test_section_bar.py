"""Named sources and Findings reachable at a glance below forty quotes (round 27, second
pass): the sidebar's jump bar (app/gui/panels/section_bar.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.conftest import open_story
from tests.gui.layout_probe import settle
from tests.gui.test_window_layout import _forty_quotes_story


def _in_view(tree, index) -> bool:
    return tree.viewport().rect().contains(tree.visualRect(index))


def _open_forty(qtbot, window, desk):
    story = _forty_quotes_story(desk)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.apply_default_layout()
    open_story(window, story)
    qtbot.waitUntil(lambda: window.sidebar.content.live, timeout=10_000)
    settle(window)
    return window.sidebar


def test_the_counts_show_and_a_click_brings_named_sources_into_view(qtbot, window, desk) -> None:
    sidebar = _open_forty(qtbot, window, desk)
    tree, model = sidebar.tree, sidebar.model
    sources = model.index_for_key("s:sources")
    assert sources.isValid() and not _in_view(tree, sources), "forty quotes hide the sources"
    bar = sidebar.sections
    assert bar.isVisible() and not bar.visibleRegion().isEmpty()
    plain = bar.text().replace("&nbsp;", " ")
    assert "Quotes</a> 40" in plain and "Sources</a> 10" in plain, plain
    assert bar.height() <= 3 * bar.fontMetrics().lineSpacing() + 6, "two lines at most"
    bar.linkActivated.emit("s:sources")  # what a click on "Sources" does
    settle(window)
    assert _in_view(tree, sources), "the Named sources header is in view"
    assert _in_view(tree, model.index(0, 0, sources)), "and its first source"
    assert tree.hasFocus() and tree.currentIndex() == sources
    qtbot.keyClick(tree, Qt.Key.Key_Down)  # the keyboard carries on from there
    assert tree.currentIndex() == model.index(0, 0, sources)
    bar.linkActivated.emit("s:quotes")
    settle(window)
    assert tree.verticalScrollBar().value() == 0, "back to the top"


def test_a_collapsed_section_opens_when_jumped_to_and_empty_parts_are_left_out(
    qtbot, window, desk
) -> None:
    sidebar = _open_forty(qtbot, window, desk)
    tree, model = sidebar.tree, sidebar.model
    sources = model.index_for_key("s:sources")
    tree.collapse(sources)
    sidebar.sections.jump("s:sources")
    settle(window)
    assert tree.isExpanded(sources) and _in_view(tree, model.index(0, 0, sources))
    counts = dict((key, n) for key, _name, n in sidebar.sections.counts())
    assert counts["s:quotes"] == 40 and counts["s:sources"] == 10
    assert all(n > 0 for n in counts.values())
    assert "s:anonymous" not in counts and "Anonymous" not in sidebar.sections.text()
