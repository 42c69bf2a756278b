"""Hovering over a tint or an underline in the editor says what it is (issue 15, item 7)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from tests.gui.conftest import open_story


def _hover(qtbot, window, words: str) -> str:
    """Send the tooltip event a resting mouse sends over the middle of WORDS."""
    edit = window.editor.text_edit
    at = edit.toPlainText().index(words) + 1
    cursor = QTextCursor(edit.document())
    cursor.setPosition(at)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()
    left = edit.cursorRect(cursor)
    cursor.setPosition(at + 1)
    right = edit.cursorRect(cursor)
    assert left.top() == right.top(), "both edges of the character on one line"
    point = QPoint((left.center().x() + right.center().x()) // 2, left.center().y())
    QToolTip.hideText()
    event = QHelpEvent(QEvent.Type.ToolTip, point, edit.viewport().mapToGlobal(point))
    QApplication.sendEvent(edit.viewport(), event)
    return QToolTip.text() if event.isAccepted() and QToolTip.isVisible() else ""


def test_quotes_findings_and_anonymous_sourcing_explain_themselves(qtbot, window, ferry) -> None:
    open_story(window, ferry)
    # The live analysis (not only the stored quotes shown at once) has reached the editor.
    qtbot.waitUntil(lambda: bool(window.sidebar.model.content.anonymous), timeout=10_000)
    quote = _hover(qtbot, window, "these hulls would not last")
    assert quote.startswith("Quote by Marta Okafor")
    assert "Unverified: nobody has checked it" in quote
    sourcing = _hover(qtbot, window, "three port employees")
    assert sourcing.startswith("Anonymous sourcing: “three port employees and a contractor")
    assert "Note: Anonymous sourcing without a stated reason" in sourcing  # the finding too
    assert _hover(qtbot, window, "The suspension comes just days") == "", "plain text: no tip"
