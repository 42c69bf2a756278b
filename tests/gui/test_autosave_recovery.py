"""Never lose typing: autosave after a pause, revisions, and the journal after a crash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.core.store import revisions as revision_store
from app.gui.dialogs.recovery_dialog import RecoveryDialog
from app.gui.recovery import RecoveryJournal
from tests.gui.conftest import add_story


def _open(qtbot, window, story_id: int) -> None:
    window.story_list.refresh(story_id)
    window.autosaver.switch_to(story_id)
    qtbot.waitUntil(lambda: window.editor.story() is not None)


def test_typing_is_autosaved_and_recorded_as_a_revision(
    qtbot, window, desk, monkeypatch
) -> None:
    monkeypatch.setattr(revision_store, "COALESCE_SECONDS", 0)  # no 10-minute coalescing here
    story = add_story(desk)
    _open(qtbot, window, story.id)
    window.autosaver._timer.setInterval(300)
    before = len(desk.revisions(story.id))
    text = window.editor.text_edit
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " Added at the desk.")
    assert "unsaved" in window.status.saved.text()
    qtbot.waitUntil(lambda: "Added at the desk." in desk.get_story(story.id).body, timeout=5000)
    assert len(desk.revisions(story.id)) == before + 1
    assert not window.editor.is_modified()
    assert window.status.saved.text().startswith("saved ")


def test_switching_stories_saves_the_one_left(qtbot, window, desk) -> None:
    first, second = add_story(desk, "First story"), add_story(desk, "Second story")
    _open(qtbot, window, first.id)
    qtbot.keyClick(window.editor.metadata.headline, Qt.Key.Key_End)
    qtbot.keyClicks(window.editor.metadata.headline, " (updated)")
    window.autosaver.switch_to(second.id)
    assert desk.get_story(first.id).headline == "First story (updated)"
    assert desk.revisions(first.id)[0].reason in ("close", "save")
    assert window.editor.story().id == second.id


def test_crash_then_restore_offer_on_next_start(
    qtbot, desk, settings, monkeypatch
) -> None:
    from app.gui.main_window import MainWindow

    story = add_story(desk)
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: None))
    first = MainWindow(desk, settings=settings)
    qtbot.addWidget(first)
    first.show()
    _open(qtbot, first, story.id)
    first.autosaver._timer.setInterval(60_000)  # the crash comes before any autosave
    first.autosaver._journal_timer.setInterval(100)
    text = first.editor.text_edit
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " Typed just before the crash.")
    journal = RecoveryJournal()
    qtbot.waitUntil(lambda: bool(journal.entries()), timeout=3000)
    # Simulated crash: the window goes away without closeEvent, nothing saved.
    first.autosaver._timer.stop()
    first.hide()
    first.deleteLater()
    assert "Typed just before the crash." not in desk.get_story(story.id).body

    offered: list = []

    def accept_all(cls, parent, entries):
        offered.extend(entries)
        return entries

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(accept_all))
    second = MainWindow(desk, settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert second.offer_recovery() == 1
    assert [e.story_uid for e in offered] == [story.uid]
    assert "Typed just before the crash." in desk.get_story(story.id).body
    assert "Typed just before the crash." in second.editor.text_edit.toPlainText()
    assert journal.entries() == []
    assert desk.revisions(story.id)[0].reason == "save"


def test_declined_recovery_is_kept_for_later(qtbot, window, desk, monkeypatch) -> None:
    story = add_story(desk)
    journal = window.journal
    journal.write(story_uid=story.uid, story_id=story.id, slug=story.slug, headline="H",
                  body="Recovered body", base_version=story.version,
                  database=desk.store.info.url)
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: None))
    assert window.offer_recovery() == 0
    assert len(journal.entries()) == 1
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: []))
    window.offer_recovery()
    assert journal.entries() == []


def test_recovery_dialog_lists_entries(qtbot, desk) -> None:
    journal = RecoveryJournal()
    journal.write(story_uid="u1", story_id=None, slug="s", headline="Lost words",
                  body="one two three", base_version=1, database="x")
    dialog = RecoveryDialog(None, journal.entries())
    qtbot.addWidget(dialog)
    assert "Lost words" in dialog.list.item(0).text()
    assert dialog.list.item(0).checkState() == Qt.CheckState.Checked


def test_a_refused_save_keeps_the_text(qtbot, window, desk, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.core.errors import StoreError
    from app.gui.panels import story_text_edit  # noqa: F401

    story = add_story(desk)
    _open(qtbot, window, story.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))

    def refuse(*_a, **_k):
        raise StoreError("The database is locked by another program. Wait and try again.")

    monkeypatch.setattr(desk, "save_story", refuse)
    qtbot.keyClicks(window.editor.text_edit, "Still here ")
    result = window.autosaver.save("save")
    assert result.value == "failed"
    assert "Still here" in window.editor.text_edit.toPlainText()
    assert window.editor.is_modified()
    assert window.journal.entries()[0].body.startswith("Still here")
    assert warnings and "locked" in warnings[0]


@pytest.fixture(autouse=True)
def _quiet_dialogs(monkeypatch) -> None:
    from app.gui.dialogs.conflict_dialog import ConflictDialog

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda *a, **k: None))
