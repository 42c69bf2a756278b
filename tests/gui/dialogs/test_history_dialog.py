"""History: the selected revision against the text as it is now, and the story's exports
(issue 15, items 5 and 8)."""

from __future__ import annotations

from app.core.exporting import service
from app.gui.dialogs.history_dialog import CURRENT, HistoryDialog
from tests.gui.conftest import add_story


def _dialog(qtbot, desk, story_id: int) -> HistoryDialog:
    dialog = HistoryDialog(None, desk, story_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_one_revision_is_compared_with_the_current_text_not_itself(qtbot, desk) -> None:
    story = add_story(desk)
    dialog = _dialog(qtbot, desk, story.id)
    assert dialog.old_box.currentText().startswith("#1 ")
    assert dialog.new_box.currentData() == CURRENT
    assert dialog.new_box.currentText() == "Current text"
    assert dialog.summary.text() == "no differences"
    assert "same as the current text" in dialog.diff.toPlainText()


def test_a_revisions_size_reads_in_words_a_user_knows(qtbot, desk) -> None:
    """ "298 ch" left an editor guessing; the column says characters, whole and unclipped."""
    story = add_story(desk, body="The Orvel pier reopened on Friday.\n")
    dialog = _dialog(qtbot, desk, story.id)
    dialog.resize(1040, 600)
    cell = dialog.table.item(0, 4)
    assert cell.text().endswith(" chars")
    needed = dialog.table.fontMetrics().horizontalAdvance(cell.text())
    assert dialog.table.columnWidth(4) >= needed
    assert dialog.table.horizontalHeaderItem(4).toolTip().startswith("Characters in this revision")


def test_selecting_a_revision_compares_it_with_the_current_text(qtbot, desk) -> None:
    story = add_story(desk, body="The council voted on Tuesday.\n")
    saved = desk.save_story(
        story.with_changes(body="The council voted 7-2 on Tuesday night.\n"),
        story.version,
        analyse=False,
    ).story
    desk.save_story(
        saved.with_changes(body="The council voted 7-2 late on Tuesday night.\n"),
        saved.version,
        reason="autosave",
        analyse=False,
    )
    dialog = _dialog(qtbot, desk, story.id)
    oldest = dialog.table.rowCount() - 1
    dialog.table.selectRow(oldest)
    assert dialog.old_box.currentText().startswith("#1 ")
    assert dialog.new_box.currentData() == CURRENT
    assert dialog.summary.text().startswith("+")
    shown = dialog.diff.toPlainText()
    assert "7-2" in shown and "late" in shown  # up to what the story holds now
    assert dialog.restore_button.isEnabled()


def test_exports_are_listed_with_their_reason(qtbot, desk, ferry, tmp_path) -> None:
    service.export_story(
        desk,
        ferry.id,
        "html",
        tmp_path / "ferry.html",
        override_reason="Proof for the night editor",
    )
    service.export_story(
        desk, ferry.id, "ninjs", tmp_path / "ferry.json", override_reason="Feed test"
    )
    dialog = _dialog(qtbot, desk, ferry.id)
    assert dialog.tabs.tabText(1) == "Exports (2)"
    table = dialog.exports_table
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert rows[0][2:] == ["ninjs", str(tmp_path / "ferry.json"), "Feed test"]  # newest first
    assert rows[1][2:] == ["HTML page", str(tmp_path / "ferry.html"), "Proof for the night editor"]
    assert rows[1][1] == desk.user


def test_restoring_asks_first_and_says_what_will_be_replaced(qtbot, desk, monkeypatch) -> None:
    """Round 28: restoring "#1 created, 0 chars" emptied the story in one click and Ctrl+Z
    could not bring it back. It asks first, with both sizes; cancelling changes nothing."""
    from app.core.model import Story
    from app.gui.dialogs.confirm import ConfirmDialog

    empty = desk.create_story(Story(headline="", body=""), analyse=False)
    desk.save_story(
        empty.with_changes(headline="Pier reopens", body="The pier reopened on Friday.\n"),
        empty.version,
        analyse=False,
    )
    asked: list[str] = []
    answer: list[bool | None] = [None]

    def ask(cls, parent, title, text, confirm="OK", informative=""):
        asked.append(f"{text} {informative} [{confirm}]")
        return answer[0]

    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(ask))
    dialog = _dialog(qtbot, desk, empty.id)
    dialog.table.selectRow(dialog.table.rowCount() - 1)  # #1, the empty text
    dialog.restore_button.click()
    assert asked == [
        "Replace the current text (5 words) with revision #1 (0 words)? "
        "The current text stays in History: restore it from there. [Restore #1]"
    ]
    assert dialog.restored is None and dialog.isVisible()
    assert desk.get_story(empty.id).body == "The pier reopened on Friday.\n"

    answer[0] = True
    dialog.restore_button.click()
    assert dialog.restored is not None and dialog.restored.body == ""
    assert desk.get_story(empty.id).body == ""


def test_restore_acts_on_the_revision_picked_to_compare(qtbot, desk) -> None:
    """Picking #1 in Compare (with #2) left #3 selected in the list: "Restore selected
    revision" was greyed (#3 is the current text) though #1 was the text on screen."""
    story = add_story(desk, body="The council voted on Tuesday.\n")
    saved = desk.save_story(story.with_changes(body="The council voted 7-2 on Tuesday.\n"),
                            story.version, analyse=False).story  # fmt: skip
    desk.save_story(saved.with_changes(body="The council voted 7-2 late on Tuesday.\n"),
                    saved.version, analyse=False)  # fmt: skip
    dialog = _dialog(qtbot, desk, story.id)
    assert not dialog.restore_button.isEnabled(), "#3, the newest, is the current text"
    dialog.new_box.setCurrentIndex(dialog.new_box.findData(2))
    dialog.old_box.setCurrentIndex(dialog.old_box.findData(1))
    assert dialog.table.item(dialog.table.currentRow(), 0).text() == "1"
    assert dialog.new_box.currentData() == 2, "the other side stays as chosen"
    assert dialog.summary.text().startswith("+") and "7-2" in dialog.diff.toPlainText()
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_button.text() == "Restore revision #1"


MARKED = (
    "## Ferry **strike** ends\n\n"
    "Crews return on *Monday*, said [the union](https://example.org/union) - at last.\n\n"
    "- first sailing at 06:00\n"
    "- second at 07:30\n\n"
    "1. Orvel pier\n"
    "2. Tarn quay\n\n"
    "> We are glad, said one.\n"
)


def test_restore_counts_words_as_the_status_bar_does(qtbot, window, desk, monkeypatch) -> None:
    """History counted with split(): "##", "**", "-", "1." and ">" were words, so restoring
    said the text had more words than the status bar under it showed."""
    from app.gui.dialogs.confirm import ConfirmDialog
    from tests.gui.conftest import open_story

    story = add_story(desk, headline="Ferry", body="Short.\n")
    desk.save_story(story.with_changes(body=MARKED), story.version, analyse=False)
    open_story(window, desk.get_story(story.id))
    words = window.editor.counts()[0]
    said = window.status.counts.text()
    assert said.startswith(f"{words} words")
    asked: list[str] = []
    ask = classmethod(lambda cls, parent, title, text, **k: asked.append(text))
    monkeypatch.setattr(ConfirmDialog, "ask", ask)
    dialog = _dialog(qtbot, desk, story.id)
    dialog.table.selectRow(dialog.table.rowCount() - 1)  # #1, "Short."
    dialog.restore_button.click()
    assert asked == [f"Replace the current text ({words} words) with revision #1 (1 word)?"]


def test_a_revisions_size_is_the_status_bars_character_count(qtbot, window, desk, ferry) -> None:
    """Size counted the stored Markdown ("**", "##", list markers, blank lines): the column
    said more characters than the status bar under it for the same text."""
    from tests.gui.conftest import open_story

    for story in (add_story(desk, headline="Ferry", body=MARKED), ferry):
        open_story(window, desk.get_story(story.id))
        characters = window.editor.counts()[1]
        assert window.status.counts.text().endswith(f"{characters:,} characters")
        dialog = _dialog(qtbot, desk, story.id)
        assert dialog.table.item(0, 4).text() == f"{characters:,} chars"
        dialog.close()
