"""Suggest edits beside the typing aids of the window: smart quotes convert a quote typed as a
suggestion and keep it that suggestion; spelling underlines read the accepted text (a struck
word is never flagged, a suggested one is)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from app.core.review import critic
from app.gui.review import marks
from tests.gui.conftest import add_story
from tests.gui.review.editing import caret_after, open_by_id

BODY = "The council voted on Tuesday. Residents packed the hall.\n"


def test_a_quote_typed_while_suggesting_is_curly_and_stays_a_suggestion(
    qtbot, window, desk
) -> None:
    story = add_story(desk, "Council", BODY)
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)
    desk.user = "ana"
    caret_after(window, "Tuesday. ")  # right after plain text: the mark's neighbour is plain
    qtbot.keyClicks(text, '"It\'s late," one said. ')
    block = text.document().firstBlock().text()
    assert "“It’s late,” one said. Residents" in block
    # Every typed character, the curly marks included, is ana's one insertion.
    [mark] = marks.collect_marks(text.document())
    assert (mark.kind, mark.author) == (marks.INS, "ana")
    assert text.toPlainText()[mark.start : mark.end] == "“It’s late,” one said. "
    window.actions.save.trigger()
    stored = desk.get_story(story.id)
    [suggestion] = critic.suggestions(stored.markup)
    assert (suggestion.kind, suggestion.new) == ("insert", "“It’s late,” one said. ")
    assert critic.rejected(stored.markup).text == BODY, "nothing typed went in untracked"
    assert "{++" not in stored.body and "“It’s late,” one said. Residents" in stored.body


def test_ctrl_z_after_a_suggested_quote_gives_the_straight_mark_back_as_the_suggestion(
    qtbot, window, desk
) -> None:
    story = add_story(desk, "Council", BODY)
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)
    desk.user = "ana"
    caret_after(window, "voted")
    qtbot.keyClicks(text, ' "unanimously')
    qtbot.keyClicks(text, '"')
    assert "“unanimously”" in text.toPlainText()
    qtbot.keyClick(text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert '“unanimously" on' in text.toPlainText()
    [mark] = marks.collect_marks(text.document())
    assert text.toPlainText()[mark.start : mark.end] == ' “unanimously"'
    window.actions.save.trigger()
    assert critic.rejected(desk.get_story(story.id).markup).text == BODY


def test_a_quote_after_a_struck_word_is_chosen_by_what_a_reader_sees(qtbot, window, desk) -> None:
    story = add_story(desk, "Council", "He called it a fiasco today.\n")
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)
    caret_after(window, "it a ")
    for _ in range(len("fiasco")):
        qtbot.keyClick(text, Qt.Key.Key_Delete)  # struck, still in the text; caret after it
    # The character just before the caret is the struck "o"; a reader sees "a " there, so
    # the quote opens.
    qtbot.keyClicks(text, '"mess"')
    assert "a fiasco“mess” today" in text.toPlainText()
    window.actions.save.trigger()
    stored = desk.get_story(story.id)
    assert stored.body == "He called it a “mess” today.\n"
    [replacement] = critic.suggestions(stored.markup)
    assert (replacement.kind, replacement.old, replacement.new) == ("replace", "fiasco", "“mess”")


def _underlined_words(window, number: int = 0) -> list[str]:
    block = window.editor.text_edit.document().findBlockByNumber(number)
    data = block.userData()
    return [block.text()[i.start : i.end] for i in getattr(data, "issues", [])
            if i.code == "spelling"]  # fmt: skip


def _squiggles(window, number: int = 0) -> list[str]:
    block = window.editor.text_edit.document().findBlockByNumber(number)
    text = block.text()
    return [
        text[r.start : r.start + r.length]
        for r in block.layout().formats()
        if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]


def test_spelling_underlines_read_the_accepted_text(qtbot, window, desk) -> None:
    marked = ("{--Teh--}{>>#1 ana 2026-05-01T10:00:00Z<<}{++The++}{>>#2 ana<<} council "
              "recieved the report on {++Tusday++}{>>#3 bo<<}.\n")  # fmt: skip
    story = desk.import_text("---\nheadline: Council\n---\n" + marked, "council.md").story
    open_by_id(qtbot, window, story.id)
    proofing = window.editor.proofing
    qtbot.waitUntil(lambda: proofing.reader() is not None, timeout=30_000)
    proofing.highlighter.finish_now()
    assert "TehThe" in window.editor.text_edit.document().firstBlock().text()
    assert _underlined_words(window) == ["recieved", "Tusday"], "the struck Teh is not flagged"
    assert _squiggles(window) == ["recieved", "Tusday"]

    # Typing over a misspelt word in Suggest edits strikes it: its underline goes.
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)
    caret_after(window, "recieved")
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, 8)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, "received")  # a replacement: "recieved" struck, "received" in
    proofing.highlighter.finish_now()
    assert "recievedreceived" in text.toPlainText(), "struck through, still shown"
    assert _underlined_words(window) == ["Tusday"]
