"""Recent stories, and a window that opens where the desk left off (issue 15, item 10)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.gui.main_window import MainWindow
from tests.gui.conftest import add_story, open_story


def _titles(window: MainWindow) -> list[str]:
    window.recent_menu.rebuild()
    return [
        a.text().split(" ", 1)[-1] for a in window.recent_menu.actions() if a.data() is not None
    ]


def test_opened_stories_are_listed_newest_first(qtbot, window, desk) -> None:
    first, second = add_story(desk, "First story"), add_story(desk, "Second story")
    open_story(window, first)
    open_story(window, second)
    open_story(window, first)
    assert _titles(window) == ["First story", "Second story"]
    file_menu = [a.text() for a in window.menus["File"].actions()]
    assert "Open &recent" in file_menu


def test_open_recent_opens_it_and_a_deleted_one_is_said_and_forgotten(qtbot, window, desk):
    kept, gone = add_story(desk, "Kept story"), add_story(desk, "Gone story")
    open_story(window, gone)
    open_story(window, kept)
    desk.delete_story(gone.id)
    entry = next(a for a in window.recent_menu.actions() if a.text().endswith("Gone story"))
    entry.trigger()
    assert window.editor.story().id == kept.id, "nothing else is opened instead"
    assert "no longer here" in window.status.currentMessage()
    assert _titles(window) == ["Kept story"]
    next(a for a in window.recent_menu.actions() if a.text().endswith("Kept story")).trigger()
    assert window.editor.story().id == kept.id


def test_a_later_launch_opens_the_last_story(qtbot, window, desk, settings) -> None:
    story = add_story(desk, "Where I left off")
    open_story(window, story)
    window.close()
    again = MainWindow(desk, settings=settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.editor.story() is not None, timeout=5000)
    assert again.editor.story().id == story.id
    assert again.editor_stack.currentWidget() is again.editor
    again.autosaver.stop_timers()


def test_no_story_open_says_what_to_do(qtbot, window, desk, settings) -> None:
    story = add_story(desk, "Where I left off")
    window._update_page()
    assert window.editor_stack.currentWidget() is window.no_story
    hint = window.no_story.hint.text()
    assert "Ctrl+N" in hint and "list" in hint
    assert not window.no_story.reopen_button.isVisible()
    open_story(window, story)
    window.autosaver.switch_to(None)  # closed, e.g. moved to the trash
    QApplication.processEvents()
    assert window.editor_stack.currentWidget() is window.no_story
    assert window.no_story.reopen_button.isVisible()
    assert "Where I left off" in window.no_story.reopen_button.text()
    window.no_story.reopen_button.click()
    assert window.editor.story().id == story.id
