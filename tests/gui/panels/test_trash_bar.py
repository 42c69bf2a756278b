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
