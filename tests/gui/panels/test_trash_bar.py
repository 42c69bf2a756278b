"""View → Trash: deleted stories to restore or delete for ever, from the window."""

from __future__ import annotations

from app.gui.dialogs.confirm import ConfirmDialog
from app.gui.models.story_table_model import StoryColumn
from tests.gui.conftest import add_story, open_story


def _yes(monkeypatch) -> None:
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))


def _pick(panel, story) -> None:
    """A click on the story's row (the selection signals fire, as for a user)."""
    panel.table.selectRow(panel.model.row_of(story.id))


def _headlines(panel) -> list[str]:
    model = panel.model
    return [model.index(r, StoryColumn.HEADLINE).data() for r in range(model.rowCount())]


def test_trash_view_restores_and_purges(qtbot, window, desk, monkeypatch) -> None:
    _yes(monkeypatch)
    _keep, restore, purge = (add_story(desk, h) for h in ("Keep", "Bring back", "Gone for good"))
    open_story(window, restore)
    panel = window.story_list
    for story in (restore, purge):
        panel.select_story(story.id)
        assert panel.delete_current()
    assert window.editor.story() is None
    assert _headlines(panel) == ["Keep"]

    window.actions.show_trash.trigger()
    assert panel.in_trash() and panel.trash_bar.isVisible()
    assert "Trash: 2 stories" in panel.trash_bar.label.text()
    assert sorted(_headlines(panel)) == ["Bring back", "Gone for good"]
    assert "trash" in window.no_story.hint.text().lower()
    assert not panel.trash_bar.restore_button.isEnabled(), "nothing selected yet"

    _pick(panel, restore)
    assert panel.trash_bar.restore_button.isEnabled()
    panel.trash_bar.restore_button.click()
    assert _headlines(panel) == ["Gone for good"]
    assert desk.get_story(restore.id).deleted_at is None

    _pick(panel, purge)
    panel.trash_bar.purge_button.click()
    assert _headlines(panel) == [] and "empty" in panel.trash_bar.label.text()
    assert desk.count_stories(trash=True) == 0

    panel.trash_bar.leave_button.click()
    assert not panel.in_trash() and not window.actions.show_trash.isChecked()
    assert sorted(_headlines(panel)) == ["Bring back", "Keep"]


def test_empty_trash_asks_then_removes_everything(qtbot, window, desk, monkeypatch) -> None:
    for headline in ("One", "Two", "Three"):
        desk.delete_story(add_story(desk, headline).id)
    window.actions.show_trash.setChecked(True)
    panel = window.story_list
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: None))
    panel.trash_bar.empty_button.click()
    assert desk.count_stories(trash=True) == 3, "cancelled: nothing removed"
    _yes(monkeypatch)
    panel.trash_bar.empty_button.click()
    assert desk.count_stories(trash=True) == 0
    assert "Removed 3 stories" in window.status.currentMessage()


def _messages(panel) -> list[str]:
    """The sentences the list shows about itself (the trash bar's and the empty list's)."""
    labels = (panel.trash_bar.label, panel.empty_label)
    return [label.text() for label in labels if label.isVisible() and label.text()]


def _search(qtbot, panel, words: str) -> None:
    panel.search.setText(words)
    panel._start_search()  # what the debounce timer does
    assert panel.wait_for_search()
    qtbot.waitUntil(lambda: panel.model.searching)


def test_an_empty_trash_says_so_once_with_or_without_a_search(qtbot, window, desk) -> None:
    """Round 25: an empty trash with a search term said "The trash is empty." and "No story
    matches the search." One true sentence, also without a search."""
    add_story(desk, "Council budget")
    panel = window.story_list
    panel.refresh()
    window._update_page()
    window.actions.show_trash.trigger()
    assert _messages(panel) == ["The trash is empty."]
    _search(qtbot, panel, "budget")
    assert panel.model.rowCount() == 0
    assert _messages(panel) == ["The trash is empty."]


def test_a_search_that_finds_nothing_in_the_trash_says_what_is_there(qtbot, window, desk) -> None:
    desk.delete_story(add_story(desk, "Harbour ferry").id)
    add_story(desk, "Council budget")
    panel = window.story_list
    panel.refresh()
    window._update_page()
    window.actions.show_trash.trigger()
    _search(qtbot, panel, "budget")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    bar, empty = _messages(panel)
    assert bar.startswith("Trash: 1 story")
    assert "trash" in empty and "matches" in empty and "empty" not in empty


def test_trash_hints_name_keys_as_the_rest_of_the_app_does(window) -> None:
    """Round 25: "(Delete key or the Restore button)" read oddly: a key is pressed, a button
    clicked, as in the list's own "Press Ctrl+N for a new story"."""
    import re

    window.actions.show_trash.trigger()
    hint = window.no_story.hint.text()
    assert "trash" in hint.lower()
    for key in re.findall(r"\b(?:Ctrl\+\S+|Delete)\b(?! for ever)", hint):
        before = hint[: hint.index(key)].split()[-1].lower()
        assert before == "press", f"{key!r} in {hint!r}"
    assert "click Restore" in hint


def test_the_list_keeps_its_width_in_the_trash(qtbot, window, desk, monkeypatch) -> None:
    """The bar's four buttons in one row wanted ~440 px: showing the trash widened the list
    (from ~370 px at 1280×800) and squeezed the editor. It keeps its width both ways."""
    _yes(monkeypatch)
    doomed = add_story(desk, "Goes to the trash")
    open_story(window, add_story(desk, "Stays"))
    panel = window.story_list
    panel.select_story(doomed.id)
    assert panel.delete_current()
    qtbot.wait(300)
    width, editor = panel.width(), window.editor.width()
    window.actions.show_trash.trigger()
    qtbot.waitUntil(panel.trash_bar.isVisible)
    qtbot.wait(300)
    assert panel.width() == width
    assert window.editor.width() == editor
    for button in (
        panel.trash_bar.restore_button,
        panel.trash_bar.purge_button,
        panel.trash_bar.empty_button,
        panel.trash_bar.leave_button,
    ):  # every button whole inside the bar
        assert panel.trash_bar.rect().contains(button.geometry())
        assert button.width() >= button.sizeHint().width()
    window.actions.show_trash.trigger()
    qtbot.waitUntil(lambda: not panel.trash_bar.isVisible())
    qtbot.wait(300)
    assert panel.width() == width


def test_restoring_the_last_story_shows_it_open(qtbot, window, desk, monkeypatch) -> None:
    """Round 28: restoring the trash's last story left an empty trash view; the editor had to
    click "Back to stories" and look for it. The list now shows it, selected and open."""
    _yes(monkeypatch)
    add_story(desk, "Keep")
    back = add_story(desk, "Bring back")
    desk.delete_story(back.id)
    panel = window.story_list
    panel.refresh()
    window._update_page()
    window.actions.show_trash.trigger()
    _pick(panel, back)
    panel.trash_bar.restore_button.click()
    assert not panel.in_trash() and not window.actions.show_trash.isChecked()
    assert sorted(_headlines(panel)) == ["Bring back", "Keep"]
    assert panel.current_story_id() == back.id
    assert window.editor.story() is not None and window.editor.story().id == back.id
    assert "restored" in window.status.currentMessage()
