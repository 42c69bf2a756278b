"""First run: an empty store shows the welcome view; the samples load through the importer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.gui.panels.welcome import sample_paths
from app.gui.window_story_flow import WELCOME_PAGE, WORKSPACE_PAGE


def test_samples_are_shipped_with_quotes_and_credit_lines() -> None:
    paths = sample_paths()
    assert len(paths) == 3
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\nheadline:")
        assert text.count('"') >= 4 and "Reporting by" in text and "Editing by" in text


def test_empty_store_shows_welcome_and_samples_load(qtbot, window, desk) -> None:
    assert window.stack.currentIndex() == WELCOME_PAGE
    assert window.welcome.isVisible()
    qtbot.mouseClick(window.welcome.samples_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == WORKSPACE_PAGE
    assert window.story_list.model.rowCount() == 3
    stories = [desk.get_story(s.id) for s in desk.list_stories()]
    assert all(s.credits for s in stories), "credit lines become credits"
    assert all(s.quotes for s in stories), "quotes are found in each sample"
    assert window.editor.story() is not None  # the last one imported is open


def test_the_quotes_panel_on_the_welcome_page_says_how_to_get_a_story(qtbot, window, desk):
    """With no story in the store (no list showing) the quotes panel said "pick one in the
    list"; it names the keys that import one or start one, and they are the menu's keys."""
    from app.gui.models.quote_tree_model import ItemKind
    from tests.gui.conftest import add_story

    def said() -> list[str]:
        return [i.data() for i in window.sidebar.model.rows_of_kind(ItemKind.PLACEHOLDER)]

    assert window.stack.currentIndex() == WELCOME_PAGE
    assert said() == ["No stories yet: import wire copy with Ctrl+O, or start one with Ctrl+N"]
    assert window.actions.import_files.shortcut().toString() == "Ctrl+O"
    assert window.actions.new_story.shortcut().toString() == "Ctrl+N"
    add_story(desk)
    window.story_list.refresh(None)
    window._update_page()  # what an import does once the store holds a story
    assert window.stack.currentIndex() == WORKSPACE_PAGE
    assert said() == ["No story open: pick one in the list, or start one with Ctrl+N"]


def test_new_story_from_welcome(qtbot, window, desk) -> None:
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == WORKSPACE_PAGE
    assert desk.count_stories() == 1
    assert window.editor.metadata.headline.hasFocus()
    qtbot.keyClicks(window.editor.metadata.headline, "Fresh headline")
    window.actions.save.trigger()
    assert desk.list_stories()[0].headline == "Fresh headline"


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1024, 700)])
def test_welcome_subtitle_is_not_clipped(qtbot, window, size) -> None:
    window.resize(*size)
    qtbot.waitUntil(lambda: window.welcome.hint.width() > 0)
    QApplication.processEvents()
    hint = window.welcome.hint
    assert hint.text().startswith("No stories yet")
    needed = hint.fontMetrics().boundingRect(
        QRect(0, 0, hint.contentsRect().width(), 10_000),
        int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        hint.text(),
    )
    assert hint.contentsRect().height() >= needed.height(), "wrapped lines are cut off"
    assert hint.height() >= hint.heightForWidth(hint.width())
    assert needed.height() >= 2 * hint.fontMetrics().lineSpacing() - 2  # it does wrap
    # Nothing of the column overlaps: title above hint above the first button.
    welcome = window.welcome
    top = hint.mapTo(welcome, QPoint(0, 0)).y()
    assert top >= welcome.findChild(QLabel).mapTo(welcome, QPoint(0, 0)).y()
    assert welcome.new_button.mapTo(welcome, QPoint(0, 0)).y() >= top + hint.height()
