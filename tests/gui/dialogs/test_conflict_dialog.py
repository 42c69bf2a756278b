"""A second workstation saves first: the conflict dialog decides, nothing is overwritten."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser

from app.core.services import Desk
from app.gui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from tests.gui.conftest import add_story


@pytest.fixture
def other_desk(sqlite_url: str):
    other = Desk.open(sqlite_url, user="colleague")
    yield other
    other.close()


def _edit_while_colleague_saves(qtbot, window, desk, other_desk):
    story = add_story(desk)
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    theirs = other_desk.get_story(story.id)
    other_desk.save_story(
        theirs.with_changes(body=theirs.body + "\nTheir paragraph.\n"),
        theirs.version,
        reason="save",
        analyse=False,
    )
    text = window.editor.text_edit
    text.setFocus()
    text.moveCursor(text.textCursor().MoveOperation.End)
    qtbot.keyClicks(text, " My sentence.")
    return story


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_conflict_dialog_is_offered_and_obeyed(
    qtbot, window, desk, other_desk, monkeypatch, choice
) -> None:
    seen: list = []

    def fake_ask(cls, parent, mine, theirs, error, merge=None):
        seen.append((mine.body, theirs.body, error.saved_by))
        return choice

    monkeypatch.setattr(ConflictDialog, "ask", classmethod(fake_ask))
    story = _edit_while_colleague_saves(qtbot, window, desk, other_desk)
    window.actions.save.trigger()
    assert seen, "the conflict dialog was not offered"
    mine, theirs, who = seen[0]
    assert "My sentence." in mine and "Their paragraph." in theirs and who == "colleague"
    stored = desk.get_story(story.id).body
    if choice is ConflictChoice.KEEP_MINE:
        assert "My sentence." in stored
        reasons = [r.reason for r in desk.revisions(story.id)]
        assert "conflict" in reasons and "save" in reasons  # theirs stays in the history
    else:
        assert "Their paragraph." in stored and "My sentence." not in stored
        assert "Their paragraph." in window.editor.text_edit.toPlainText()
    if choice is ConflictChoice.COPY_ASIDE:
        copies = [s for s in desk.list_stories() if s.headline.endswith("(my copy)")]
        assert len(copies) == 1
        assert "My sentence." in desk.get_story(copies[0].id).body


def test_deciding_later_keeps_my_text_and_stops_autosave(
    qtbot, window, desk, other_desk, monkeypatch
) -> None:
    calls: list = []
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda *a, **k: calls.append(a)))
    _edit_while_colleague_saves(qtbot, window, desk, other_desk)
    window.autosaver.save("autosave")
    window.autosaver.save("autosave")
    assert len(calls) == 1  # not asked again and again while the user thinks
    assert "My sentence." in window.editor.text_edit.toPlainText()
    assert window.editor.is_modified()


def test_conflict_dialog_shows_both_versions_and_a_diff(qtbot, desk, other_desk) -> None:
    from app.core.errors import ConflictError

    story = add_story(desk)
    mine = story.with_changes(body="The council voted 7-2 today.")
    theirs = story.with_changes(body="The council voted 6-3 on Tuesday.")
    error = ConflictError(story.slug, "colleague", None, 3, 2, mine.body)
    dialog = ConflictDialog(None, mine, theirs, error)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "colleague" in labels and "version 3" in labels
    views = {v.accessibleName(): v.toPlainText() for v in dialog.findChildren(QPlainTextEdit)}
    assert "7-2" in views["Your version"] and "6-3" in views["Their version"]
    diff = dialog.findChildren(QTextBrowser)[0]
    assert diff.toPlainText() == "The council voted 67-32 on Tuesdaytoday."
    assert "line-through" in diff.toHtml()
    dialog.copy_button.click()
    assert dialog.choice is ConflictChoice.COPY_ASIDE


# -- keeping mine merges against the version the editor loaded -------------------------------


def _type_at_end(qtbot, window, text: str) -> None:
    editor = window.editor.text_edit
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, text)


def _open(window, story) -> None:
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)


def _always_keep_mine(monkeypatch) -> None:
    monkeypatch.setattr(
        ConflictDialog, "ask", classmethod(lambda *a, **k: ConflictChoice.KEEP_MINE)
    )


def test_keep_mine_does_not_revert_their_status_and_dek(
    qtbot, window, desk, other_desk, monkeypatch
) -> None:
    """The review's repro: Bob moves the story on and adds a dek; Alice's body edit meets it.

    (It was a kill; a kill now needs a reason and is final, so another status stands in.)"""
    from app.core.model import StoryStatus

    _always_keep_mine(monkeypatch)
    story = add_story(desk)
    _open(window, story)
    bob = other_desk.get_story(story.id)
    other_desk.save_story(
        bob.with_changes(status=StoryStatus.COPY_DESK, dek="Legal asked us to hold it"),
        bob.version,
        reason="save",
        analyse=False,
    )
    _type_at_end(qtbot, window, " Alice's sentence.")
    assert window.autosaver.save("autosave").value == "saved"
    stored = desk.get_story(story.id)
    assert "Alice’s sentence." in stored.body  # typed with smart quotes on
    assert stored.status is StoryStatus.COPY_DESK
    assert stored.dek == "Legal asked us to hold it"
    # The editor shows what was stored, so her next save does not revert it either.
    assert window.editor.metadata.dek.text() == "Legal asked us to hold it"
    assert window.editor.metadata.status.currentData() == "copy_desk"
    _type_at_end(qtbot, window, " More.")
    assert window.autosaver.save("save").value == "saved"
    stored = desk.get_story(story.id)
    assert stored.status is StoryStatus.COPY_DESK and stored.dek == "Legal asked us to hold it"
    assert stored.body.rstrip().endswith("Alice’s sentence. More.")


def test_keep_mine_takes_their_text_when_i_changed_only_metadata(
    qtbot, window, desk, other_desk, monkeypatch
) -> None:
    _always_keep_mine(monkeypatch)
    story = add_story(desk)
    _open(window, story)
    bob = other_desk.get_story(story.id)
    other_desk.save_story(
        bob.with_changes(body=bob.body + "\nBob's paragraph.\n"),
        bob.version,
        reason="save",
        analyse=False,
    )
    qtbot.keyClicks(window.editor.metadata.keywords, "budget, council")
    assert window.autosaver.save("save").value == "saved"
    stored = desk.get_story(story.id)
    assert "Bob's paragraph." in stored.body
    assert stored.keywords == ("budget", "council")
    assert "Bob's paragraph." in window.editor.text_edit.toPlainText()
    assert not window.editor.is_modified()


def test_both_changed_metadata_is_shown_and_chosen_in_the_dialog(
    qtbot, window, desk, other_desk, monkeypatch
) -> None:
    from app.core.model import StoryStatus

    shown: dict[str, str] = {}

    def choose_theirs_for_the_dek(dialog) -> int:
        for label in dialog.findChildren(QLabel):
            if label.accessibleName():
                shown[label.accessibleName()] = label.text()
        assert set(dialog.field_choices) == {"dek"}  # the status only Bob changed
        combo = dialog.field_choices["dek"]
        assert combo.accessibleName() == "Keep which dek"
        combo.setCurrentIndex(combo.findData("theirs"))
        dialog.keep_button.click()
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", choose_theirs_for_the_dek)
    story = add_story(desk)
    _open(window, story)
    bob = other_desk.get_story(story.id)
    other_desk.save_story(
        bob.with_changes(status=StoryStatus.COPY_DESK, dek="Bob's dek"),
        bob.version,
        reason="save",
        analyse=False,
    )
    qtbot.keyClicks(window.editor.metadata.dek, "Alice's dek")
    _type_at_end(qtbot, window, " Alice's sentence.")
    assert window.autosaver.save("save").value == "saved"
    assert shown["Their status"] == "Copy desk" and shown["Your status"] == "Draft"
    assert shown["Kept status"] == "Theirs (you did not change it)"
    assert shown["Their dek"] == "Bob's dek" and shown["Your dek"] == "Alice's dek"
    stored = desk.get_story(story.id)
    assert stored.dek == "Bob's dek" and stored.status is StoryStatus.COPY_DESK
    assert "Alice’s sentence." in stored.body  # typed with smart quotes on
    assert window.editor.metadata.dek.text() == "Bob's dek"


def test_conflict_dialog_keeps_my_metadata_when_i_say_so(qtbot, desk) -> None:
    from app.core.errors import ConflictError
    from app.core.model import StoryStatus
    from app.gui.dialogs.conflict_dialog import ThreeWayMerge

    base = add_story(desk, dek="Old dek")
    mine = base.with_changes(dek="My dek", desk="Metro")
    theirs = base.with_changes(dek="Their dek", status=StoryStatus.READY, version=base.version + 1)
    error = ConflictError(base.slug, "colleague", None, 3, 2, mine.body)
    dialog = ConflictDialog(None, mine, theirs, error, ThreeWayMerge(mine, theirs, base))
    qtbot.addWidget(dialog)
    assert "You both changed the dek" in dialog.findChildren(QLabel)[0].text()
    dialog.keep_button.click()
    decision = dialog.decision()
    assert decision.choice is ConflictChoice.KEEP_MINE and decision.take_theirs == frozenset()
    merged = dialog.merge.merged(decision.take_theirs)
    assert (merged.dek, merged.desk, merged.status) == ("My dek", "Metro", StoryStatus.READY)
    assert merged.version == theirs.version
