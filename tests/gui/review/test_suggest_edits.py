"""Suggest edits in the window: two authors suggest, a third accepts some and rejects others;
the body, the quotes and the revision history come out right, and editor -> store -> editor
is exact."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument

from app.core.model import Story
from app.core.review import critic
from app.gui.review import marks
from tests.gui.conftest import add_story
from tests.gui.review.editing import caret_after, open_by_id, select

BODY = (
    'The council voted 7-2 on Tuesday. "We have no choice," said Mayor Ana Ruiz.\n\n'
    "Residents packed the hall for the *late* vote.\n"
)


def test_two_authors_suggest_then_some_are_accepted_and_others_rejected(
    qtbot, window, desk
) -> None:
    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)

    desk.user = "ana"
    select(window, "7-2")
    qtbot.keyClicks(text, "8-1")  # typed over: one replacement
    caret_after(window, "The ")
    qtbot.keyClicks(text, "city ")
    window.actions.save.trigger()

    desk.user = "ben"
    caret_after(window, "packed")
    for _ in range(len(" packed")):
        qtbot.keyClick(text, Qt.Key.Key_Backspace)  # struck through, not removed
    assert "Residents packed the hall" in text.toPlainText()
    caret_after(window, "Tuesday")
    qtbot.keyClicks(text, " night")
    window.actions.save.trigger()

    stored = desk.get_story(story.id)
    found = critic.suggestions(stored.markup)
    assert [(s.author, s.kind, s.old, s.new) for s in found] == [
        ("ana", "insert", "", "city "),
        ("ana", "replace", "7-2", "8-1"),
        ("ben", "insert", "", " night"),
        ("ben", "delete", " packed", ""),
    ]
    assert stored.body.startswith("The city council voted 8-1 on Tuesday night.")
    assert "Residents the hall" in stored.body
    for q in stored.quotes:
        assert stored.body[q.start : q.end] == q.text
    # the panel lists them, each in its author's colour
    assert window.review.open_counts() == (4, 0)

    desk.user = "chief"
    window.review.select_item("suggestion", found[1].id)  # 7-2 -> 8-1
    assert text.textCursor().selectedText() == "7-28-1"  # clicking selects it in the editor
    window.review.accept_button.click()
    assert window.status.currentMessage() == "Accepted 1 suggestion."  # not "suggestion(s)"
    window.review.author.setCurrentIndex(window.review.author.findData("ben"))
    window.review.reject_all.click()  # all of ben's
    assert window.status.currentMessage() == "Rejected 2 suggestions."
    window.review.select_item("suggestion", found[0].id)
    window.review.reject_button.click()

    final = desk.get_story(story.id)
    assert final.body == (
        'The council voted 8-1 on Tuesday. "We have no choice," said Mayor Ana Ruiz.\n\n'
        "Residents packed the hall for the *late* vote.\n"
    )
    assert final.body_markup is None and window.review.open_counts() == (0, 0)
    assert window.editor.markup() == final.markup  # the editor shows the stored result
    assert [q.text for q in final.quotes] == ["We have no choice,"]
    assert final.body[final.quotes[0].start : final.quotes[0].end] == "We have no choice,"
    history = [(r.author, r.reason) for r in desk.revisions(story.id)]
    assert history[:5] == [
        ("chief", "reject"),
        ("chief", "reject"),
        ("chief", "accept"),
        ("ben", "save"),
        ("ana", "save"),
    ]
    # the history keeps each author's suggestions: ben's revision holds all four
    bens = desk.revisions(story.id)[3]
    assert len(critic.suggestions(bens.body)) == 4


def test_typing_next_to_a_suggestion_with_the_mode_off_is_plain_text(qtbot, window, desk) -> None:
    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    desk.user = "ana"
    window.actions.suggest_edits.setChecked(True)
    caret_after(window, "The ")
    qtbot.keyClicks(text, "city")
    window.actions.suggest_edits.setChecked(False)
    qtbot.keyClicks(text, " hall ")  # a direct edit, right after ana's insertion
    markup = window.editor.markup()
    assert "{++city++}" in markup and "{>>#1 ana " in markup
    assert markup.index(" hall council") > markup.index("<<}")
    assert window.editor.markdown().startswith("The city hall council voted")


def test_the_word_count_and_the_sidebar_read_the_accepted_text(qtbot, window, desk) -> None:
    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    window.actions.suggest_edits.setChecked(True)
    words_before = window.editor.counts()[0]
    select(window, "for the *late* vote".replace("*", ""))
    qtbot.keyClick(window.editor.text_edit, Qt.Key.Key_Delete)
    assert window.editor.counts()[0] == words_before - 4
    assert "for the" not in window.editor.markdown()


_WORDS = st.text(alphabet="abcdefg", min_size=1, max_size=6)


@st.composite
def _documents(draw):
    """Paragraphs of runs: words with emphasis, some inserted or deleted by two authors."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 3))):
        runs = []
        for _ in range(draw(st.integers(1, 5))):
            words = " ".join(draw(st.lists(_WORDS, min_size=1, max_size=3)))
            style = draw(st.sampled_from(["", "", "b", "i"]))
            mark = draw(st.sampled_from([None, None, ("ins", "ana"), ("del", "ben")]))
            runs.append((words, style, mark))
        paragraphs.append(runs)
    return paragraphs


def _build(paragraphs) -> QTextDocument:
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    number = 0
    for p_index, runs in enumerate(paragraphs):
        if p_index:
            cursor.insertBlock()
        for r_index, (words, style, mark) in enumerate(runs):
            fmt = QTextCharFormat()
            if r_index:
                cursor.insertText(" ", fmt)
            if style == "b":
                fmt.setFontWeight(QFont.Weight.Bold)
            if style == "i":
                fmt.setFontItalic(True)
            if mark is not None:
                number += 1
                fmt.merge(marks.mark_format(mark[0], number, mark[1], "2026-05-01T10:00:00+00:00"))
                marks.note_marks(doc)
            cursor.insertText(words, fmt)
    return doc


def _marked_text(doc: QTextDocument) -> list[tuple[str, str, int, str]]:
    plain = doc.toPlainText()
    return [(plain[m.start : m.end], m.kind, m.id, m.author) for m in marks.collect_marks(doc)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(_documents())
def test_editor_to_store_to_editor_is_exact(qapp, paragraphs) -> None:
    doc = _build(paragraphs)
    stored = marks.document_to_markup(doc).text
    again = QTextDocument()
    marks.load_markup(again, stored)
    assert marks.document_to_markup(again).text == stored
    assert again.toPlainText() == doc.toPlainText()
    assert _marked_text(again) == _marked_text(doc)
    # the accepted text is the store's: no markup, and what a reader would get
    accepted = critic.accepted_text(stored)
    assert "{" not in accepted.replace("\\{", "")
    reader = marks.reader_text(doc).replace("\n", " ")
    assert " ".join(reader.split()) == " ".join(
        critic.accepted_text(stored).replace("**", "").replace("*", "").split()
    )


def test_imported_suggestions_open_and_save_back_with_their_ids(qtbot, window, desk) -> None:
    imported = desk.import_text(
        "---\nheadline: Imported\n---\nThe {++city ++}council voted {~~7-2~>8-1~~} on "
        "**{--late--}** Tuesday.\n",
        "x.md",
    ).story
    stored = desk.get_story(imported.id)
    open_by_id(qtbot, window, imported.id)

    def summary(markup: str) -> list[tuple]:
        return [(s.id, s.kind, s.author, s.new) for s in critic.suggestions(markup)]

    assert summary(window.editor.markup()) == summary(stored.markup)
    # The import kept the author's "**{--late--}**"; the editor writes "{--**late**--}", so
    # accepting no longer leaves an empty "****" behind.
    assert "****" in stored.body
    assert window.editor.markdown().strip() == stored.body.replace("****", "").strip()
    assert {m.kind for m in marks.collect_marks(window.editor.text_edit.document())} == {
        "ins",
        "del",
    }
    window.autosaver.save("save")
    assert desk.get_story(imported.id).version == imported.version  # untouched: not saved
    caret_after(window, "Tuesday")
    qtbot.keyClicks(window.editor.text_edit, " evening")
    window.autosaver.save("save")
    saved = desk.get_story(imported.id)
    assert summary(saved.markup) == summary(stored.markup)
    assert "****" not in saved.body and "Tuesday evening" in saved.body
    assert isinstance(imported, Story)


def test_suggestions_are_reviewed_from_the_keyboard(qtbot, window, desk) -> None:
    """F8 selects the next suggestion, Ctrl+Alt+Y accepts it and Ctrl+Alt+N rejects it, with
    the caret in the text (the only way was Ctrl+4, arrows, Tab to the button and Space)."""
    story = add_story(desk, "Council vote", BODY)
    open_by_id(qtbot, window, story.id)
    text = window.editor.text_edit
    window.actions.suggest_edits.setChecked(True)
    select(window, "7-2")
    qtbot.keyClicks(text, "8-1")
    caret_after(window, "for the ")
    qtbot.keyClicks(text, "very ")
    window.actions.suggest_edits.setChecked(False)
    window.actions.save.trigger()
    text.setFocus()
    caret_after(window, "The ")
    assert [a.shortcut().toString() for a in (window.actions.next_change,
            window.actions.accept_here, window.actions.reject_here)] == [
        "F8", "Ctrl+Alt+Y", "Ctrl+Alt+N"]  # fmt: skip

    qtbot.keyClick(text, Qt.Key.Key_F8)
    assert text.textCursor().selectedText() == "7-28-1"
    qtbot.keyClick(text, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)  # fmt: skip
    assert window.status.currentMessage() == "Accepted 1 suggestion."
    qtbot.keyClick(text, Qt.Key.Key_F8)
    assert text.textCursor().selectedText() == "very "
    qtbot.keyClick(text, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.AltModifier)  # fmt: skip
    assert desk.get_story(story.id).body == BODY.replace("7-2", "8-1")
    qtbot.keyClick(text, Qt.Key.Key_F8)
    assert window.status.currentMessage() == "No open suggestion in this story."
