"""Spelling and style in the window: underlines as you type, hover, right-click fixes, the
newsroom dictionary, and the sidebar's count per kind."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat, QTextCursor

from app.core.model import Credit, CreditRole, Story
from app.core.proofing import service
from app.gui.background import wait_for_background_work
from app.gui.panels.editor import EditorPanel
from app.gui.proofing.controller import tooltip
from app.gui.proofing.highlighter import readable

BODY = ("Teh council met. In a startling twist, officials claimed victory.\n\n"
        "The mayor spoke in Vaskenburg about the smallsat launch.")  # fmt: skip


def _open(qtbot, desk) -> tuple[EditorPanel, Story]:
    credits = (Credit(CreditRole.BYLINE, "Ann Writer"),)
    story = desk.create_story(Story(headline="Council", body=BODY, slug="council", credits=credits))
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.proofing.set_desk(desk)
    editor.set_story(story)
    editor.proofing.set_story(story)
    qtbot.waitUntil(lambda: editor.proofing.reader() is not None, timeout=30_000)
    editor.proofing.highlighter.finish_now()
    return editor, story


def _issues(editor: EditorPanel, number: int) -> list[tuple[str, str]]:
    block = editor.text_edit.document().findBlockByNumber(number)
    data = block.userData()
    return [(i.code, i.word) for i in getattr(data, "issues", [])]


def _underlined(editor: EditorPanel, number: int) -> list[str]:
    block = editor.text_edit.document().findBlockByNumber(number)
    text = block.text()
    return [text[r.start : r.start + r.length] for r in block.layout().formats()
            if r.format.underlineStyle() != QTextCharFormat.UnderlineStyle.NoUnderline]  # fmt: skip


def _menu_for(editor: EditorPanel, word: str):
    doc = editor.text_edit.document()
    cursor = QTextCursor(doc)
    cursor.setPosition(doc.toPlainText().index(word) + 1)
    point = editor.text_edit.cursorRect(cursor).center()
    hit = editor.proofing.issue_under(point)
    assert hit is not None
    return hit, editor.proofing.context_menu(point, *hit)


def test_underlines_do_not_touch_the_story(qtbot, desk) -> None:
    editor, _story = _open(qtbot, desk)
    assert ("spelling", "Teh") in _issues(editor, 0)
    assert ("style", "In a startling twist") in _issues(editor, 0)
    assert ("style", "claimed") in _issues(editor, 0)
    assert ("unknown_name", "Vaskenburg") in _issues(editor, 1)
    assert {"Teh", "In a startling twist", "claimed"} <= set(_underlined(editor, 0))
    assert not editor.is_modified()
    assert editor.markdown().rstrip("\n") == BODY


def test_right_click_suggestion_and_one_click_fix(qtbot, desk) -> None:
    editor, _story = _open(qtbot, desk)
    (_pos, issue), menu = _menu_for(editor, "Teh")
    assert "Possible misspelling" in tooltip(issue)
    names = [a.objectName() for a in menu.actions()]
    assert names[:1] == ["proofingSuggestion"] and menu.actions()[0].text() == "The"
    assert {"proofingAddToDictionary", "proofingIgnore"} <= set(names)
    menu.actions()[0].trigger()
    assert editor.markdown().startswith("The council met.")
    assert editor.is_modified()
    _hit, menu = _menu_for(editor, "claimed")
    fix = next(a for a in menu.actions() if a.objectName() == "proofingFix")
    assert fix.text() == "Replace with “said”"
    fix.trigger()
    assert "officials said victory" in editor.markdown()
    editor.text_edit.undo()
    assert "officials claimed victory" in editor.markdown()


def test_add_to_newsroom_dictionary_is_stored_and_clears_the_underline(qtbot, desk) -> None:
    editor, _story = _open(qtbot, desk)
    assert ("spelling", "smallsat") in _issues(editor, 1)
    _hit, menu = _menu_for(editor, "smallsat")
    next(a for a in menu.actions() if a.objectName() == "proofingAddToDictionary").trigger()
    editor.proofing.highlighter.finish_now()
    assert service.dictionary_words(desk) == ["smallsat"]
    assert ("spelling", "smallsat") not in _issues(editor, 1)
    wait_for_background_work()


def test_a_typed_misspelling_is_underlined_at_once(qtbot, desk) -> None:
    editor, _story = _open(qtbot, desk)
    cursor = editor.text_edit.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.text_edit.setTextCursor(cursor)
    qtbot.keyClicks(editor.text_edit, " It was wierd")
    assert ("spelling", "wierd") in _issues(editor, 1)
    assert "wierd" in _underlined(editor, 1)
    wait_for_background_work()


def test_the_sidebar_counts_findings_per_kind(qtbot, window, desk) -> None:
    credits = (Credit(CreditRole.BYLINE, "Ann Writer"),)
    story = desk.create_story(Story(headline="Council", body=BODY, slug="council", credits=credits))
    window.story_list.refresh()
    window.autosaver.switch_to(story.id)
    qtbot.waitUntil(lambda: bool(window.sidebar.content.proofing), timeout=30_000)
    model = window.sidebar.model
    section = model.index_for_key("s:proofing")
    assert section.data() == f"Spelling and style ({len(window.sidebar.content.proofing)})"
    groups = [model.index(row, 0, section).data() for row in range(model.rowCount(section))]
    assert "Spelling (2)" in groups  # Teh, smallsat
    assert "Style: editorialising (1)" in groups
    assert "Names to check (1)" in groups  # Vaskenburg
    wait_for_background_work()


def test_a_typed_quote_is_checked_once_and_the_underlines_stay(qtbot, desk) -> None:
    """The straight mark the smart quotes replace at once is not checked on its own; the
    paragraph is checked after the conversion, or as it is when the mark stays straight."""
    editor, _story = _open(qtbot, desk)
    text = editor.text_edit
    checked: list[str] = []
    highlighter = editor.proofing.highlighter
    original = highlighter.issues_for
    highlighter.issues_for = lambda t: checked.append(t) or original(t)
    cursor = text.textCursor()
    cursor.setPosition(len("Teh council met."))
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, ' "Yes')
    assert "Teh council met. “Yes" in text.toPlainText()
    assert not any('"' in t for t in checked), "the straight state was never checked"
    assert "Teh" in _underlined(editor, 0)
    editor.smart_quotes.set_style(None)  # quotes kept straight: checked as typed
    qtbot.keyClicks(text, '"')
    assert any('Yes"' in t for t in checked)
    assert "Teh" in _underlined(editor, 0)


def test_underlines_after_random_typing_match_a_full_check(qtbot, desk) -> None:
    """Keys, Backspace, typing over a selection, a paste, a cut across two paragraphs and undo,
    in random order (fixed seed): after each, every paragraph's underlines are what a full
    check of its text finds, and a misspelling typed last offers its fix when right-clicked."""
    editor, _story = _open(qtbot, desk)
    text = editor.text_edit
    highlighter = editor.proofing.highlighter
    rng = random.Random(3)
    keys = "abcdefghijklmnopqrstuvwxyz   .,'\"TGM"
    pastes = ["Teh ", " Gov. Li", " on Mar. 3", " completely destroyed", "recieve ", ". Then "]
    compared = 0
    for _step in range(160):
        size = text.document().characterCount() - 1
        cursor = text.textCursor()
        cursor.setPosition(rng.randint(0, size))
        kind = rng.random()
        if kind < 0.15:  # a selection, maybe across paragraphs: typed over, or deleted
            end = min(size, cursor.position() + rng.randint(1, 40))
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            text.setTextCursor(cursor)
            if rng.random() < 0.5:
                qtbot.keyClick(text, Qt.Key.Key_Delete)
            else:
                qtbot.keyClicks(text, rng.choice(["x", "The "]))
        elif kind < 0.25:  # a paste lands as one edit
            text.setTextCursor(cursor)
            cursor.insertText(rng.choice(pastes))
        elif kind < 0.35:
            text.undo()
        elif kind < 0.45:
            text.setTextCursor(cursor)
            qtbot.keyClick(text, rng.choice([Qt.Key.Key_Backspace, Qt.Key.Key_Delete]))
        else:
            text.setTextCursor(cursor)
            qtbot.keyClicks(text, "".join(rng.choice(keys) for _ in range(rng.randint(1, 4))))
        reader = highlighter.reader()
        if highlighter.pending() or reader is None:
            continue  # the checker itself changed: a whole pass is queued
        block = text.document().firstBlock()
        while block.isValid():
            got = [reader.complete(i) for i in getattr(block.userData(), "issues", [])]
            full = reader.check_paragraph(readable(block.text())) if block.text().strip() else []
            assert got == full, block.text()
            block = block.next()
        compared += 1
    assert compared > 100
    cursor = text.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    text.setTextCursor(cursor)
    qtbot.keyClicks(text, " It was wierd")
    (_pos, issue), menu = _menu_for(editor, "wierd")
    assert "did you mean “weird”" in tooltip(issue)
    assert menu.actions()[0].text() == "weird"
    wait_for_background_work()


def test_the_headline_is_checked_and_fixed_like_the_text(qtbot, desk) -> None:
    """A misspelt headline ("Council to recieve budget report") had no underline and no fix
    while the same word in the body had both."""
    editor, _story = _open(qtbot, desk)
    headline = editor.metadata.headline
    headline.setText("Council to recieve budget")
    editor.proofing.headline_highlighter.finish_now()
    block = headline.document().firstBlock()
    assert [(i.code, i.word) for i in block.userData().issues] == [("spelling", "recieve")]
    assert [headline.toPlainText()[r.start : r.start + r.length]
            for r in block.layout().formats()] == ["recieve"]  # fmt: skip
    cursor = QTextCursor(headline.document())
    cursor.setPosition(headline.text().index("recieve") + 2)
    point = headline.cursorRect(cursor).center()
    hit = editor.proofing.issue_under(point, headline)
    assert hit is not None and "Possible misspelling" in tooltip(hit[1])
    menu = editor.proofing.context_menu(point, *hit, edit=headline)
    fix = menu.actions()[0]
    assert (fix.objectName(), fix.text()) == ("proofingSuggestion", "receive")
    fix.trigger()
    assert headline.text() == "Council to receive budget"
    assert editor.current_story().headline == "Council to receive budget"
    assert editor.is_modified()
    wait_for_background_work()


def test_the_headlines_findings_are_listed_and_lead_to_the_headline(qtbot, window, desk) -> None:
    """The headline's misspelling was underlined but missing from the sidebar's "Spelling and
    style" list (and its count), which held only the body's findings."""
    credits = (Credit(CreditRole.BYLINE, "Ann Writer"),)
    story = desk.create_story(Story(headline="Council to recieve budget", body=BODY,
                                    slug="council", credits=credits))  # fmt: skip
    window.story_list.refresh()
    window.autosaver.switch_to(story.id)
    sidebar, model = window.sidebar, window.sidebar.model
    qtbot.waitUntil(lambda: bool(sidebar.content.headline_proofing), timeout=30_000)
    qtbot.waitUntil(lambda: bool(sidebar.content.proofing), timeout=30_000)
    section = model.index_for_key("s:proofing")
    body = len(sidebar.content.proofing)
    assert section.data() == f"Spelling and style ({body + 1})"
    spelling = model.index_for_key("s:proofing:spelling")
    assert spelling.data() == "Spelling (3)"
    first = model.index(0, 0, spelling)
    assert first.data() == "Headline: Possible misspelling: “recieve” — Council to recieve budget"
    assert "select it in the headline" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert ("s:proofing", "Spelling", body + 1) in sidebar.sections.counts()

    body_cursor = window.editor.text_edit.textCursor().position()
    sidebar.tree.setCurrentIndex(first)
    sidebar.tree.clicked.emit(first)
    headline = window.editor.metadata.headline
    assert headline.textCursor().selectedText() == "recieve"
    assert "Headline: “Council to recieve budget”" in sidebar.details.toPlainText()
    assert window.editor.text_edit.textCursor().position() == body_cursor, "the text stays put"
    # a body finding still selects in the text
    sidebar.tree.clicked.emit(model.index(1, 0, spelling))
    assert window.editor.text_edit.textCursor().selectedText() in ("Teh", "smallsat")

    headline.setText("Council to receive budget")  # fixed: the row goes with the underline
    qtbot.waitUntil(lambda: not sidebar.content.headline_proofing, timeout=5_000)
    assert model.index_for_key("s:proofing:spelling").data() == "Spelling (2)"
    assert model.index_for_key("s:proofing").data() == f"Spelling and style ({body})"
    wait_for_background_work()
