"""Every icon named once: semantic name -> qtawesome spec, built lazily in the palette's colours."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QGuiApplication, QIcon, QPalette

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

ICONS: dict[str, str] = {
    "new": "mdi6.file-document-plus-outline",
    "import": "mdi6.file-import-outline",
    "paste_new": "mdi6.clipboard-text-outline",
    "save": "mdi6.content-save-outline",
    "delete": "mdi6.delete-outline",
    "restore": "mdi6.delete-restore",
    "purge": "mdi6.delete-forever-outline",
    "export": "mdi6.export-variant",
    "history": "mdi6.history",
    "check_quotes": "mdi6.text-search",  # not a quote mark: Block quote wears that
    "print": "mdi6.printer-outline",
    "print_preview": "mdi6.file-eye-outline",
    "guide": "mdi6.book-open-outline",
    "keyboard": "mdi6.keyboard-outline",
    "recent": "mdi6.history",
    "correct": "mdi6.file-document-edit-outline",
    "update": "mdi6.update",
    "kill": "mdi6.cancel",
    "audit": "mdi6.clipboard-text-search-outline",
    "provenance": "mdi6.file-compare",
    "find_originals": "mdi6.archive-search-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "bold": "mdi6.format-bold",
    "italic": "mdi6.format-italic",
    "subhead": "mdi6.format-header-2",
    "block_quote": "mdi6.format-quote-open",
    "bullets": "mdi6.format-list-bulleted",
    "numbers": "mdi6.format-list-numbered",
    "link": "mdi6.link-variant",
    "find": "mdi6.magnify",
    "replace": "mdi6.find-replace",
    "search": "mdi6.magnify",
    "samples": "mdi6.book-open-page-variant-outline",
    "quit": "mdi6.exit-to-app",
    "dark_mode": "mdi6.theme-light-dark",
    "about": "mdi6.information-outline",
    "list": "mdi6.format-list-text",
    "editor": "mdi6.text-box-edit-outline",
    "quotes": "mdi6.comment-quote-outline",
    "credits": "mdi6.account-group-outline",
    "trash": "mdi6.trash-can-outline",
    "warning": "mdi6.alert-outline",
    "suggest": "mdi6.file-document-edit-outline",
    "add_comment": "mdi6.comment-plus-outline",
    "accept": "mdi6.check",
    "reject": "mdi6.close",
    "accept_all": "mdi6.check-all",
    "reject_all": "mdi6.close-box-multiple-outline",
    "claim": "mdi6.lock-outline",
    "assign": "mdi6.account-arrow-right-outline",
    "review": "mdi6.comment-text-multiple-outline",
    "reply": "mdi6.reply-outline",
    "resolve": "mdi6.comment-check-outline",
    "reopen": "mdi6.comment-outline",
    "reload": "mdi6.reload",
    "compare": "mdi6.compare-horizontal",
    "locked": "mdi6.lock-alert-outline",
    "editing": "mdi6.pencil-outline",
    # ux.md: one icon per quote state, everywhere.
    "state.unverified": "mdi6.help-circle-outline",
    "state.verbatim": "mdi6.check-decagram",
    "state.minor": "mdi6.check-all",
    "state.altered": "mdi6.alert-octagon",
    "state.not_found": "mdi6.file-search-outline",
    "state.verified": "mdi6.account-check",
    "state.disputed": "mdi6.account-question",
    "confidential": "mdi6.incognito",
    "anonymous": "mdi6.account-multiple",
}


def icon(name: str) -> QIcon:
    """The named icon in the current palette's text colour (qtawesome imported on first use)."""
    return _build(name, _palette_key())


_deferred: list[tuple[QWidget, Callable[[], QIcon]]] | None = None


def defer() -> None:
    """From now until `load_deferred`, `set_icon` only notes what to set (start-up)."""
    global _deferred
    _deferred = []


def set_icon(widget: QWidget, make: Callable[[], QIcon]) -> None:
    """Give `widget` an icon now, or right after the first paint while start-up defers them."""
    if _deferred is None:
        widget.setIcon(make())  # type: ignore[attr-defined]
    else:
        _deferred.append((widget, make))


def load_deferred() -> None:
    global _deferred
    pending, _deferred = _deferred or [], None
    for widget, make in pending:
        if shiboken6.isValid(widget):
            widget.setIcon(make())  # type: ignore[attr-defined]


def reset() -> None:
    """Forget built icons: the palette changed, so their colours must follow."""
    _build.cache_clear()


def apply(widget_icons: dict[QWidget, str]) -> None:
    for widget, name in widget_icons.items():
        widget.setIcon(icon(name))  # type: ignore[attr-defined]


def _palette_key() -> tuple[str, str, str]:
    palette = QGuiApplication.palette()
    return (
        palette.color(QPalette.ColorRole.WindowText).name(),
        palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name(),
        palette.color(QPalette.ColorRole.HighlightedText).name(),
    )


@cache
def _build(name: str, colours: tuple[str, str, str]) -> QIcon:
    import qtawesome  # ~0.2 s to import: kept off the path to the first paint

    spec = ICONS.get(name, "mdi6.help-box")
    return qtawesome.icon(
        spec,
        color=colours[0],
        color_disabled=colours[1],
        color_active=colours[0],
        color_selected=colours[2],
    )
