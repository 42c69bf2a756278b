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


def _window_before_a_crash(qtbot, desk, settings, monkeypatch):
    """A window with a fresh story open; the recovery offer of this start is declined."""
    from app.gui.main_window import MainWindow

    story = add_story(desk)
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: None))
    window = MainWindow(desk, settings=settings)
    qtbot.addWidget(window)
    window.show()
    _open(qtbot, window, story.id)
    return story, window


def test_typing_is_autosaved_and_recorded_as_a_revision(qtbot, window, desk, monkeypatch) -> None:
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


def test_crash_then_restore_offer_on_next_start(qtbot, desk, settings, monkeypatch) -> None:
    from app.gui.main_window import MainWindow

    story, first = _window_before_a_crash(qtbot, desk, settings, monkeypatch)
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
    journal.write(
        story_uid=story.uid,
        story_id=story.id,
        slug=story.slug,
        headline="H",
        body="Recovered body",
        base_version=story.version,
        database=desk.store.info.url,
    )
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: None))
    assert window.offer_recovery() == 0
    assert len(journal.entries()) == 1
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: []))
    window.offer_recovery()
    assert journal.entries() == []


def test_recovery_dialog_lists_entries(qtbot, desk) -> None:
    journal = RecoveryJournal()
    journal.write(
        story_uid="u1",
        story_id=None,
        slug="s",
        headline="Lost words",
        body="one two three",
        base_version=1,
        database="x",
    )
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


def _type_at_end(qtbot, window, text: str) -> None:
    editor = window.editor.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def _edit_metadata(qtbot, window) -> None:
    """Dek, dateline, desk, status and keywords, as a user changes them."""
    form = window.editor.metadata
    qtbot.keyClicks(form.dek, "A dek typed before the crash")
    qtbot.keyClicks(form.dateline, "LISBON, May 2 (Reuters)")
    qtbot.keyClicks(form.keywords, "budget, council")
    form.desk.setEditText("Metro")
    form.status.setCurrentIndex(form.status.findData("copy_desk"))
    form.status.activated.emit(form.status.currentIndex())


def _assert_metadata(story) -> None:
    from app.core.model import Dateline, StoryStatus

    assert story.dek == "A dek typed before the crash"
    assert story.dateline == Dateline("LISBON", "May 2", "Reuters")
    assert story.keywords == ("budget", "council")
    assert story.desk == "Metro"
    assert story.status is StoryStatus.COPY_DESK


def test_steady_typing_is_journalled_and_autosaved_without_a_pause(qtbot, window, desk) -> None:
    story = add_story(desk)
    _open(qtbot, window, story.id)
    saver = window.autosaver
    saver._timer.setInterval(10_000)  # a pause never comes
    saver._journal_timer.setInterval(10_000)
    saver._journal_max_timer.setInterval(300)
    saver._max_timer.setInterval(900)
    editor = window.editor.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    journalled = saved = False
    for _ in range(80):  # ~2.4 s of typing, a key every 30 ms
        qtbot.keyClicks(editor, "x")
        qtbot.wait(30)
        journalled = journalled or bool(window.journal.entries())
        saved = saved or "xxx" in desk.get_story(story.id).body
    assert journalled, "nothing journalled while typing went on"
    assert saved, "nothing autosaved while typing went on"


def test_the_journal_keeps_and_restores_the_whole_story(qtbot, desk, settings, monkeypatch) -> None:
    from app.gui.main_window import MainWindow

    story, first = _window_before_a_crash(qtbot, desk, settings, monkeypatch)
    first.autosaver._timer.setInterval(60_000)
    _edit_metadata(qtbot, first)
    _type_at_end(qtbot, first, " Typed just before the crash.")
    first.autosaver.write_journal()
    first.autosaver.stop_timers()  # the crash: nothing saved
    first.hide()
    first.deleteLater()
    assert desk.get_story(story.id).dek == ""

    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: entries))
    second = MainWindow(desk, settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert second.offer_recovery() == 1
    stored = desk.get_story(story.id)
    _assert_metadata(stored)
    assert "Typed just before the crash." in stored.body
    assert second.editor.metadata.dek.text() == "A dek typed before the crash"
    assert not second.editor.is_modified()


def test_restoring_after_someone_else_saved_keeps_their_metadata(
    qtbot, desk, sqlite_url, settings, monkeypatch
) -> None:
    """The journal keeps the base it was typed on: keeping mine merges against it."""
    from app.core.model import StoryStatus
    from app.core.services import Desk
    from app.gui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
    from app.gui.main_window import MainWindow

    story, first = _window_before_a_crash(qtbot, desk, settings, monkeypatch)
    qtbot.keyClicks(first.editor.metadata.keywords, "budget, council")
    _type_at_end(qtbot, first, " Typed just before the crash.")
    first.autosaver.write_journal()
    first.autosaver.stop_timers()
    first.hide()
    first.deleteLater()
    other = Desk.open(sqlite_url, user="colleague")
    try:
        bob = other.get_story(story.id)
        other.save_story(
            bob.with_changes(status=StoryStatus.COPY_DESK, dek="Held"),
            bob.version,
            reason="save",
            analyse=False,
        )
    finally:
        other.close()

    monkeypatch.setattr(
        ConflictDialog, "ask", classmethod(lambda *a, **k: ConflictChoice.KEEP_MINE)
    )
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, entries: entries))
    second = MainWindow(desk, settings=settings)
    qtbot.addWidget(second)
    second.show()
    assert second.offer_recovery() == 1
    stored = desk.get_story(story.id)
    assert "Typed just before the crash." in stored.body
    assert (stored.status, stored.dek) == (StoryStatus.COPY_DESK, "Held")  # theirs
    assert stored.keywords == ("budget", "council")  # mine, kept by the journal
    assert second.editor.metadata.status.currentData() == "copy_desk"


PG_URL = "postgresql+psycopg://alice:s3cret-pw@db.example:5432/copydesk"


def test_the_journal_never_stores_the_database_url_or_password(
    qtbot, window, desk, monkeypatch
) -> None:
    import dataclasses

    story = add_story(desk)
    _open(qtbot, window, story.id)
    monkeypatch.setattr(desk.store, "info", dataclasses.replace(desk.store.info, url=PG_URL))
    _type_at_end(qtbot, window, " Typed on the server.")
    window.autosaver.write_journal()
    files = list(window.journal.folder.glob("*.json"))
    assert len(files) == 1
    text = files[0].read_text(encoding="utf-8")
    assert "s3cret" not in text and "db.example" not in text and "alice" not in text
    assert [e.story_uid for e in window.journal.entries(window.autosaver.database)] == [story.uid]
    assert [e.story_uid for e in window.journal.entries(PG_URL)] == [story.uid]
    # The same database with another password is the same database; another one is not.
    assert window.journal.entries(PG_URL.replace("s3cret-pw", "rotated")) != []
    assert window.journal.entries(PG_URL.replace("/copydesk", "/other")) == []


def test_an_old_journal_file_is_read_and_loses_its_password(qtbot, desk) -> None:
    import json

    journal = RecoveryJournal()
    journal.folder.mkdir(parents=True)
    old = {
        "story_uid": "u-old",
        "story_id": 7,
        "slug": "s",
        "headline": "Old entry",
        "body": "Kept words",
        "base_version": 2,
        "database": PG_URL,
        "written_at": "2024-05-02T10:00:00+00:00",
    }
    path = journal.folder / "u-old.json"
    path.write_text(json.dumps(old), encoding="utf-8")
    entries = journal.entries(PG_URL)
    assert [(e.headline, e.body, e.metadata) for e in entries] == [
        ("Old entry", "Kept words", None)
    ]
    assert "s3cret" not in path.read_text(encoding="utf-8")
    assert journal.entries(PG_URL)[0].written_at == old["written_at"]


def test_a_locked_store_keeps_text_and_metadata_in_editor_and_journal(
    qtbot, window, desk, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from app.core.errors import StoreError

    story = add_story(desk)
    _open(qtbot, window, story.id)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))

    attempts: list[str] = []

    def refuse(*_a, **kw):
        attempts.append(kw.get("reason", ""))
        raise StoreError("The database is locked by another program. Wait and try again.")

    monkeypatch.setattr(desk, "save_story", refuse)
    saver = window.autosaver
    saver._timer.setInterval(150)
    saver._max_timer.setInterval(150)
    _edit_metadata(qtbot, window)
    for round_ in range(1, 5):  # autosave fails again and again while the user types on
        _type_at_end(qtbot, window, " more")
        qtbot.waitUntil(lambda n=round_: len(attempts) >= n, timeout=5000)
    assert set(attempts) == {"autosave"}
    assert len(warnings) == 1 and "locked" in warnings[0]  # said once, not at every autosave
    assert window.autosaver.save("save").value == "failed"
    assert len(warnings) == 2  # an explicit save always says so
    assert window.editor.is_modified()
    assert window.editor.text_edit.toPlainText().endswith("more more more more")
    entry = window.journal.entries(saver.database)[0]
    assert entry.body.rstrip().endswith("more more more more")
    _assert_metadata(entry.story(desk.get_story(story.id)))
    _assert_metadata(window.editor.current_story())


@pytest.fixture(autouse=True)
def _quiet_dialogs(monkeypatch) -> None:
    from app.gui.dialogs.conflict_dialog import ConflictDialog

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda *a, **k: None))
