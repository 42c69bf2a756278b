"""The editor: toolbar formatting survives save and Markdown; offsets map; paste is clean."""

from __future__ import annotations

import markdown as python_markdown
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor, QTextDocument

from app.core.model import Story
from app.gui import markdown_bridge as mb
from app.gui.panels.editor import EditorPanel
from app.gui.panels.metadata_form import format_dateline, parse_dateline
from tests.gui.conftest import add_story
from tests.gui.structure import build_document, html_structure


def _type(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def _enter(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_every_toolbar_action_round_trips_through_save_and_markdown(
    qtbot, window, desk, monkeypatch
) -> None:
    from app.gui.dialogs.confirm import TextPrompt

    monkeypatch.setattr(TextPrompt, "ask", classmethod(lambda *a, **k: "https://example.org/a b"))
    a = window.actions
    a.new_story.trigger()
    text = window.editor.text_edit
    text.setFocus()
    _type(qtbot, text, "What happens next")
    a.subhead.trigger()
    _enter(qtbot, text)  # Qt starts a plain paragraph after a subhead
    _type(qtbot, text, "Plain then ")
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, text, "bold")
    qtbot.keyClick(text, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, text, " and ")
    qtbot.keyClick(text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, text, "italic *stars* text")
    qtbot.keyClick(text, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    _type(qtbot, text, " then a link.")
    # select the word "link" and make it a link
    cursor = text.textCursor()
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.MoveAnchor, 1)
    cursor.movePosition(cursor.MoveOperation.Left, cursor.MoveMode.KeepAnchor, 4)
    text.setTextCursor(cursor)
    a.link.trigger()
    cursor.movePosition(cursor.MoveOperation.End)
    text.setTextCursor(cursor)
    _enter(qtbot, text)
    a.block_quote.trigger()
    _type(qtbot, text, "A block quote line.")
    _enter(qtbot, text)
    a.block_quote.trigger()
    a.bullets.trigger()
    _type(qtbot, text, "first bullet")
    _enter(qtbot, text)
    _type(qtbot, text, "second bullet")
    _enter(qtbot, text)
    a.bullets.trigger()
    a.numbers.trigger()
    _type(qtbot, text, "step one")
    _enter(qtbot, text)
    _type(qtbot, text, "step two")
    _enter(qtbot, text)
    a.numbers.trigger()
    _type(qtbot, text, "12. is not a list, and # is not a heading")

    shown = mb.document_structure(text.document())
    kinds = [b[0] for b in shown]
    assert kinds == [
        "heading",
        "paragraph",
        "quote",
        "bullet",
        "bullet",
        "number",
        "number",
        "paragraph",
    ]
    a.undo.setEnabled(True)
    qtbot.keyClick(text, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = desk.get_story(window.editor.story().id)
    assert "*italic \\*stars\\* text*" in stored.body  # the known Qt escaping bug, mended
    assert "[link](https://example.org/a%20b)" in stored.body

    # Reopened in a fresh editor, the document has the same structure ...
    fresh = EditorPanel()
    qtbot.addWidget(fresh)
    fresh.set_story(stored)
    assert mb.document_structure(fresh.text_edit.document()) == shown
    # ... and the export's Markdown renderer sees the same structure too.
    rendered = html_structure(python_markdown.markdown(stored.body))
    assert [(k, lvl) for k, lvl, _ in rendered] == [(k, lvl) for k, lvl, _ in shown]
    assert [r for *_, r in rendered] == [r for *_, r in shown]


def test_toolbar_states_follow_the_cursor(qtbot, window) -> None:
    window.actions.new_story.trigger()
    text = window.editor.text_edit
    text.setFocus()
    window.actions.bold.trigger()
    _type(qtbot, text, "Bold")
    assert window.actions.bold.isChecked()
    window.actions.bullets.trigger()
    assert window.actions.bullets.isChecked() and not window.actions.numbers.isChecked()


def test_escaping_of_markdown_characters(qapp) -> None:
    doc = build_document(
        [
            (
                "paragraph",
                0,
                (
                    ("# not a heading ", False, False, ""),
                    ("italic *stars* text", False, True, ""),
                    (" [x](javascript:y) <b> & &amp; _u_ `c`", False, False, ""),
                ),
            ),
            ("paragraph", 0, (("1. not a list", False, False, ""),)),
            ("paragraph", 0, (("- nor this", False, False, ""),)),
        ]
    )
    md = mb.document_to_markdown(doc).text
    assert md.startswith("\\# not a heading *italic \\*stars\\* text*")
    assert "<b\\>" in md and "&amp;amp;" in md and "\\[x\\](javascript:y)" in md
    again = QTextDocument()
    mb.load_markdown(again, md)
    assert mb.document_structure(again) == mb.document_structure(doc)
    assert html_structure(python_markdown.markdown(md)) == mb.document_structure(doc)


def test_select_range_maps_markdown_offsets_to_the_document(qtbot) -> None:
    body = 'Some **bold** and *it \\*x\\** first.\n\n> Quoted: "We will rebuild," she said.\n'
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_story(Story(id=1, headline="H", body=body))
    md = editor.markdown()
    start = md.index('"We will rebuild,"')
    end = start + len('"We will rebuild,"')
    editor.select_range(start, end)
    assert editor.text_edit.textCursor().selectedText() == '"We will rebuild,"'
    start = md.index("bold")
    editor.select_range(start - 2, start + 6)  # including the ** markup: snaps to the text
    assert editor.text_edit.textCursor().selectedText() == "bold"
    editor.highlight_quotes([(md.index('"We'), end, "verified"), (0, 4, "finding")])
    selections = editor.text_edit.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ['"We will rebuild,"', "Some"]


def test_a_quote_picked_above_the_view_comes_into_view_whole(qtbot) -> None:
    """From the sidebar, a quote above what is showing: the editor scrolled only as far as the
    selection's end, so the quote's first lines stayed above the top edge."""
    filler = "The council met again on Tuesday to hear from residents about the plan. " * 3
    quote = (
        '"The harbour wall will be rebuilt stone by stone before the winter storms, and the '
        'ferries will run again when it is done," he said.'
    )
    body = "\n\n".join([filler] * 12 + [quote] + [filler] * 30) + "\n"
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.resize(420, 600)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_story(Story(id=1, headline="H", body=body))
    text = editor.text_edit
    bar = text.verticalScrollBar()
    bar.setValue(bar.maximum())  # the editor was reading the end of the story
    md = editor.markdown()
    start = md.index('"The harbour wall')
    editor.select_range(start, start + len(quote.split(" he said")[0]))
    cursor = text.textCursor()
    first, last = QTextCursor(cursor), QTextCursor(cursor)
    first.setPosition(cursor.selectionStart())
    last.setPosition(cursor.selectionEnd())
    assert text.cursorRect(first).top() < text.cursorRect(last).top(), "the quote wraps"
    assert text.cursorRect(first).top() >= 0, "the quote's first line is in view"
    assert text.cursorRect(last).bottom() <= text.viewport().height(), "and its last"


def test_paste_from_word_keeps_paragraphs_emphasis_and_links_only(qtbot) -> None:
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_story(Story(id=1, headline="H", body=""))
    html = (
        '<html><body><p style="font-family:Calibri;color:red;font-size:30pt">First '
        '<b>bold</b> and <i>italic</i> and <a href="https://x.org">a link</a>.</p>'
        '<table><tr><td>cell</td></tr></table><img src="x.png">'
        '<h1 style="color:blue">Big title</h1><p><span style="font-weight:700">Second</span>'
        "</p></body></html>"
    )
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText("fallback")
    editor.text_edit.insertFromMimeData(mime)
    structure = mb.document_structure(editor.text_edit.document())
    assert structure == [
        (
            "paragraph",
            0,
            (
                ("First ", False, False, ""),
                ("bold", True, False, ""),
                (" and ", False, False, ""),
                ("italic", False, True, ""),
                (" and ", False, False, ""),
                ("a link", False, False, "https://x.org"),
                (".", False, False, ""),
            ),
        ),
        ("paragraph", 0, (("cell", False, False, ""),)),
        ("paragraph", 0, (("Big title", False, False, ""),)),
        ("paragraph", 0, (("Second", True, False, ""),)),
    ]
    assert "red" not in editor.text_edit.toHtml() and "Calibri" not in editor.text_edit.toHtml()


def test_headline_counter_and_dateline(qtbot) -> None:
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_story(Story(id=1, headline="Short", body=""))
    assert editor.metadata.counter.text() == "5/110"
    qtbot.keyClicks(editor.metadata.headline, "x" * 110)
    assert editor.metadata.counter.text() == "115/110"
    assert editor.metadata.counter.property("over") is True
    assert editor.is_modified()
    dateline = parse_dateline("WASHINGTON, Nov 17 (Reuters) -")
    assert (dateline.place, dateline.date, dateline.agency) == ("WASHINGTON", "Nov 17", "Reuters")
    assert format_dateline(dateline) == "WASHINGTON, Nov 17 (Reuters)"


def test_a_long_headline_reads_from_its_start_once_the_editor_tabs_on(qtbot) -> None:
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.resize(520, 500)
    editor.show()
    qtbot.waitExposed(editor)
    editor.set_story(Story(id=1, headline="", body=""))
    meta = editor.metadata
    meta.headline.setFocus()
    qtbot.waitUntil(meta.headline.hasFocus)
    headline = "Harbourside ferry fares rise for the winter season as Orvel riders object"
    qtbot.keyClicks(meta.headline, headline)
    qtbot.keyClick(meta.headline, Qt.Key.Key_Return)  # Return keeps the cursor at the end
    qtbot.wait(20)
    assert meta.headline.cursorPosition() == len(headline)
    qtbot.keyClick(meta.headline, Qt.Key.Key_Tab)
    qtbot.waitUntil(meta.dek.hasFocus)
    # What the editor sees: the headline's first words, not "…season as Orvel riders object".
    qtbot.waitUntil(lambda: meta.headline.cursorPosition() == 0)
    assert meta.headline.cursorPosition() == 0
    assert meta.headline.cursorRect().left() < 10
    assert meta.headline.text() == headline


def test_find_and_replace_with_case_and_whole_words(qtbot) -> None:
    from app.gui.dialogs.find_replace_dialog import FindReplaceDialog

    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_story(Story(id=1, headline="H", body="Cat cat catalogue cat.\n"))
    dialog = FindReplaceDialog.ask(editor, editor.text_edit, replace=True)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.find_field, "cat")
    qtbot.keyClicks(dialog.replace_field, "dog")
    dialog.case.setChecked(True)
    dialog.whole.setChecked(True)
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert editor.text_edit.toPlainText() == "Cat dog catalogue dog."
    assert dialog.status.text() == "Replaced 2 occurrences"
    editor.text_edit.undo()  # one undo step for the whole replacement
    assert editor.text_edit.toPlainText() == "Cat cat catalogue cat."


# -- property: editor -> Markdown -> editor keeps the structure ---------------------------------

# Emphasised words start and end with a letter or digit: CommonMark will not open "**" on
# punctuation right after a letter ("a**.b**"), and Python-Markdown differs there (see report).
_ALNUM = st.sampled_from(list("abcXYZ019éß"))
_WORD = st.builds(
    lambda a, mid, b: a + mid + b,
    _ALNUM,
    st.text(alphabet=st.sampled_from(list("abc19*_`[]<>#\\!-+.()\"'“”")), max_size=6),
    _ALNUM,
)
_PLAIN = st.text(
    alphabet=st.sampled_from(list('ab1 .,*_`[]<>#\\-+=!"“”()')), min_size=1, max_size=12
)
_FORMATTED = st.tuples(
    st.lists(_WORD, min_size=1, max_size=3).map(" ".join),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["", "", "https://example.org/x", "http://a.b/c%20d"]),
)
_SEPARATOR = st.tuples(_PLAIN.map(lambda t: f" {t} "), st.just(False), st.just(False), st.just(""))
# Formatting changes at word boundaries (a plain run with spaces between formatted runs):
# emphasis changing mid-word ("*a***b**") is read differently by Qt and Python-Markdown.
_BLOCK = st.tuples(
    st.sampled_from(["paragraph", "paragraph", "heading", "quote", "bullet", "number"]),
    st.just(0),
    st.lists(st.tuples(_FORMATTED, _SEPARATOR), min_size=1, max_size=3).map(
        lambda pairs: [run for pair in pairs for run in pair]
    ),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_BLOCK, min_size=1, max_size=6))
def test_editor_markdown_editor_round_trip(qapp, blocks) -> None:
    doc = build_document(blocks)
    md = mb.document_to_markdown(doc).text
    again = QTextDocument()
    mb.load_markdown(again, md)
    assert mb.document_structure(again) == mb.document_structure(doc), md
    # A second pass is stable: saving what was loaded gives the same Markdown.
    assert mb.document_to_markdown(again).text == md
    # What the export's renderer (Python-Markdown) makes of it has the same structure.
    assert html_structure(python_markdown.markdown(md)) == mb.document_structure(doc), md


def test_add_story_helper_body_loads(qtbot, desk) -> None:
    story = add_story(desk)
    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_story(desk.get_story(story.id))
    assert not editor.is_modified()
    assert editor.counts()[0] > 10


def test_a_read_only_store_locks_every_field(qtbot) -> None:
    from app.gui.panels.editor import EditorPanel

    editor = EditorPanel()
    qtbot.addWidget(editor)
    editor.set_story(Story(headline="Open story", body="Text.", id=1))
    editor.set_read_only(True)
    meta = editor.metadata
    assert editor.text_edit.isReadOnly()
    assert all(
        f.isReadOnly() for f in (meta.headline, meta.dek, meta.slug, meta.dateline, meta.keywords)
    )
    assert not meta.desk.isEnabled() and not meta.status.isEnabled()
    editor.set_read_only(False)
    assert meta.desk.isEnabled() and meta.status.isEnabled()
