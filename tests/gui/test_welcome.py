"""First run: an empty store shows the welcome view; the samples load through the importer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.gui.main_window import WELCOME_PAGE, WORKSPACE_PAGE
from app.gui.panels.welcome import sample_paths


def test_samples_are_shipped_with_quotes_and_credit_lines() -> None:
    paths = sample_paths()
    assert len(paths) == 3
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("---\nheadline:")
        assert text.count("\"") >= 4 and "Reporting by" in text and "Editing by" in text


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


def test_new_story_from_welcome(qtbot, window, desk) -> None:
    qtbot.mouseClick(window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == WORKSPACE_PAGE
    assert desk.count_stories() == 1
    assert window.editor.metadata.headline.hasFocus()
    qtbot.keyClicks(window.editor.metadata.headline, "Fresh headline")
    window.actions.save.trigger()
    assert desk.list_stories()[0].headline == "Fresh headline"
