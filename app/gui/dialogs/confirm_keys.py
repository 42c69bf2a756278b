"""Ctrl+Return confirms a dialog whose text box takes Return for a new line.

In a multi-line box Return makes a new line, so Ctrl+Return (Ctrl+Enter on the keypad) presses
the dialog's confirming button, as mail and chat clients do, and Tab leaves the box for the
buttons instead of typing a tab. The comment, reason and amend dialogs each wrote this out;
the quote-note and source dialogs had neither, so their note box held the keyboard.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QPlainTextEdit, QWidget

CONFIRM_KEYS = ("Ctrl+Return", "Ctrl+Enter")


def confirm_with_ctrl_return(
    dialog: QWidget, button: QAbstractButton, *boxes: QPlainTextEdit
) -> None:
    """Ctrl+Return anywhere in `dialog` clicks `button` while it is enabled (nothing is sent
    before it may be); each of `boxes` hands Tab on to the next control."""

    def press() -> None:
        if button.isEnabled():
            button.click()

    for keys in CONFIRM_KEYS:
        QShortcut(QKeySequence(keys), dialog, press)
    tip = button.toolTip()
    button.setToolTip(f"{tip} (Ctrl+Return)" if tip else "Ctrl+Return")
    for box in boxes:
        box.setTabChangesFocus(True)
