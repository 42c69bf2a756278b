"""Help → Keyboard shortcuts: written from app/gui/actions.py, so it never drifts from the menus."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from app.gui.actions import MENUS, OTHER_KEYS, SPECS, ActionSpec

_SPECS = {spec.name: spec for spec in SPECS}


def keys_text(spec: ActionSpec) -> str:
    """The shortcut as this platform writes it ("Ctrl+Shift+T"), or "" when there is none."""
    if spec.shortcut is None:
        return ""
    return QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(group, keys, what) for every action with a shortcut, menu by menu, then panel keys."""
    rows: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for menu, names in MENUS.items():
        for name in names:
            spec = _SPECS.get(name or "")
            if spec is None or name in seen or not keys_text(spec):
                continue
            seen.add(name)
            rows.append(
                (menu.replace("&", ""), keys_text(spec), spec.text.replace("&", "").rstrip("…"))
            )
    rows += [(group, keys, what) for group, keys, what in OTHER_KEYS]
    return rows


def shortcuts_html() -> str:
    parts = ["<h2>Keyboard shortcuts</h2>"]
    group = None
    for name, keys, what in shortcut_rows():
        if name != group:
            if group is not None:
                parts.append("</table>")
            parts.append(f"<h3>{escape(name)}</h3><table cellpadding='3'>")
            group = name
        parts.append(f"<tr><td width='190'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>")
    parts.append("</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.setAccessibleName("Keyboard shortcuts")
        self.view = QTextBrowser()
        self.view.setAccessibleName("Shortcut list")
        self.view.setHtml(shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)

    @classmethod
    def ask(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
