"""Help: a keyboard-shortcut reference written from actions.py, and a short guide."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from app.gui.actions import MENUS, SPECS
from app.gui.dialogs.guide_dialog import GuideDialog
from app.gui.dialogs.shortcuts_dialog import ShortcutsDialog, shortcut_rows


def test_the_reference_lists_every_shortcut_of_the_menus(qtbot, window) -> None:
    dialog = ShortcutsDialog()
    qtbot.addWidget(dialog)
    shown = dialog.view.toPlainText()
    in_menus = {name for names in MENUS.values() for name in names if name}
    listed = 0
    for spec in SPECS:
        action = getattr(window.actions, spec.name)
        if spec.name not in in_menus or action.shortcut().isEmpty():
            continue
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys in shown, f"{spec.name} ({keys}) is missing"
        assert spec.text.replace("&", "").rstrip("…") in shown
        listed += 1
    assert listed >= 20
    assert {"Story list", "Credits", "Editor"} <= {group for group, _k, _w in shortcut_rows()}
    assert "Alt+Up" in shown


def test_help_menu_opens_the_reference_and_the_guide(qtbot, window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(ShortcutsDialog, "ask", classmethod(lambda cls, p: opened.append("keys")))
    monkeypatch.setattr(GuideDialog, "ask", classmethod(lambda cls, p: opened.append("guide")))
    help_menu = [a.text().replace("&", "") for a in window.menus["Help"].actions()]
    assert help_menu[:2] == ["Quick guide", "Keyboard shortcuts"]
    window.actions.shortcuts.trigger()
    window.actions.guide.trigger()
    assert opened == ["keys", "guide"]


def test_the_guide_walks_a_story_through_the_desk(qtbot) -> None:
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    text = dialog.view.toPlainText()
    for words in (
        "Import",
        "Check them against the source",
        "History",
        "Export",
        "Print",
        "Open recent",
        "Trash",
        "Keyboard shortcuts",
    ):
        assert words in text, words
    assert "#" not in text.splitlines()[0], "Markdown is rendered, not shown"
