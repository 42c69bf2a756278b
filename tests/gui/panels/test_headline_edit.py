"""The headline shows whole while it is written (round 27, second pass): at 1280×800 a
92-character headline read "Tidewater Town Weighs New Sea Wall as Sto" in its one-line field."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.core.model import Story
from tests.gui.conftest import open_story

LONG = "Harbour board weighs a new sea wall for Orvel as the storm season nears and families count"
"""Invented, 90 characters: the length of a long wire headline."""


def _shows_whole(field) -> bool:
    """Every character of the headline is inside the field's visible area."""
    text = field.text()
    if isinstance(field, QLineEdit):  # one line: the text's width against the field's
        return field.fontMetrics().horizontalAdvance(text) <= field.contentsRect().width() - 4
    layout = field.document().firstBlock().layout()
    viewport = field.viewport().rect()
    if field.verticalScrollBar().maximum() > 0 or layout.lineCount() == 0:
        return False
    offset = field.contentOffset()
    return all(
        viewport.contains(layout.lineAt(i).naturalTextRect().translated(offset).toRect())
        for i in range(layout.lineCount())
    )


def test_a_long_headline_shows_whole_at_1280(qtbot, window, desk) -> None:
    story = desk.create_story(Story(headline=LONG, body="The board met."), analyse=False)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    window.apply_default_layout()
    open_story(window, story)
    QApplication.processEvents()
    form = window.editor.metadata
    assert form.headline.text() == LONG
    qtbot.waitUntil(lambda: _shows_whole(form.headline))
    assert form.counter.text() == f"{len(LONG)}/110" and form.counter.isVisible()
    # The field grew (two or three lines), the dek below it is not covered.
    qtbot.waitUntil(lambda: form.headline.geometry().bottom() < form.dek.geometry().top())
    assert form.headline.height() > form.dek.height() + 10


def test_the_field_grows_as_the_headline_is_typed_and_shrinks_back(qtbot, window, desk) -> None:
    story = desk.create_story(Story(headline="Short", body="The board met."), analyse=False)
    open_story(window, story)
    form = window.editor.metadata
    field = form.headline
    one_line = field.height()
    assert one_line <= form.dek.height() + 12, "a short headline takes one line"
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, LONG + " tonight and tomorrow")  # 111 characters: over the limit
    qtbot.waitUntil(lambda: _shows_whole(field))
    assert field.height() > one_line
    assert form.counter.text() == "111/110" and form.counter.property("over") is True
    assert window.editor.is_modified()
    field.selectAll()
    qtbot.keyClicks(field, "Short again")
    qtbot.waitUntil(lambda: field.height() == one_line)


def test_a_headline_stays_one_paragraph(qtbot, window, desk) -> None:
    """Return makes no second line of text, and a two-line head pasted from a wire joins."""
    story = desk.create_story(Story(headline="Ferries halt", body="The board met."), analyse=False)
    open_story(window, story)
    field = window.editor.metadata.headline
    field.setFocus()
    field.end(False)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClicks(field, " tonight")
    assert field.text() == "Ferries halt tonight"
    data = QMimeData()
    data.setText("\nafter hull\ncracks")
    field.insertFromMimeData(data)
    assert field.text() == "Ferries halt tonight after hull cracks"
    assert window.editor.current_story().headline == "Ferries halt tonight after hull cracks"


def test_home_and_end_go_to_the_whole_headline_s_ends(qtbot) -> None:
    """A wrapped headline: Home and End went to the ends of the visual line the cursor was on;
    an editor expects the one-line field's start and end of the whole headline."""
    from app.gui.panels.headline_edit import HeadlineEdit

    field = HeadlineEdit()
    qtbot.addWidget(field)
    field.resize(260, 40)
    field.show()
    qtbot.waitExposed(field)
    field.setText(LONG)
    assert field.line_count() >= 2, "the headline wraps at this width"
    middle = LONG.index("families")  # on the last line
    field.setCursorPosition(middle)
    qtbot.keyClick(field, Qt.Key.Key_Home)
    assert field.cursorPosition() == 0
    qtbot.keyClick(field, Qt.Key.Key_End)
    assert field.cursorPosition() == len(LONG)
    field.setCursorPosition(LONG.index("sea wall"))  # on the first line
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    assert field.textCursor().selectedText() == LONG[LONG.index("sea wall") :]
    qtbot.keyClick(field, Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier)
    assert field.textCursor().selectedText() == LONG[: LONG.index("sea wall")]
