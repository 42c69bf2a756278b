"""Measure the window's layout as a user would judge it; also run alone, at a scale factor.

`python -m tests.gui.layout_probe WIDTH HEIGHT` (with QT_SCALE_FACTOR=1.5, offscreen) opens the
window on a fresh store with the project's wire fixture, sizes it to WIDTH×HEIGHT physical
pixels and prints the measurements as JSON: the 150 % test runs it in a subprocess, since the
scale factor is read once, when Qt starts.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from itertools import combinations
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget

FERRY = Path(__file__).resolve().parents[1] / "fixtures" / "wire" / "harbour-ferry.txt"


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, widget.rect().topLeft()), widget.size())


def settle(window) -> None:
    for _ in range(8):
        QApplication.processEvents()


def _evidence_of_a_quote(window) -> dict:
    """The evidence pane as a desk reviewing quotes sees it: with the first quote chosen (it
    is one line while nothing is), then let go again."""
    from app.gui.models.quote_tree_model import ItemKind, Role

    sidebar = window.sidebar
    rows = sidebar.model.rows_of_kind(ItemKind.QUOTE)
    if rows:
        sidebar.select_quote_at(rows[0].data(Role.QUOTE).start + 1)
        settle(window)
    details = sidebar.details
    seen = {
        "evidence_height": details.height(),
        "evidence_scrolls": details.verticalScrollBar().maximum() > 0,
        "evidence_shown": bool(details.toPlainText()),
    }
    if rows:
        sidebar.select_quote_at(-1)
        settle(window)
    return seen


def measure(window) -> dict:
    """What a user sees: scroll bars, who overlaps, how much room each part gets."""
    table = window.story_list.table
    form = window.editor.metadata
    parts = [w for w in form.findChildren(QWidget) if w.isVisible() and w.parentWidget() is form]
    overlaps = [
        f"{a.objectName() or a.metaObject().className()} / {b.objectName()}"
        for a, b in combinations(parts, 2)
        if _rect_in(a, form).intersects(_rect_in(b, form))
    ]
    cut_labels = [
        w.text()
        for w in parts
        if isinstance(w, QLabel) and w.buddy() is not None and w.width() < w.sizeHint().width()
    ]
    tabbed = window.credits_dock in window.tabifiedDockWidgets(window.quotes_dock)
    credits_scroll = window.credits.scroll.verticalScrollBar()
    if tabbed:  # the credits tab, as a user would raise it
        window.credits_dock.raise_()
        settle(window)
    credits_scrolls = credits_scroll.maximum() > 0
    if tabbed:
        window.quotes_dock.raise_()
        settle(window)
    evidence = _evidence_of_a_quote(window)
    central = window.centralWidget()
    bottom = central.mapTo(window, central.rect().bottomLeft()).y()
    docks_fit = all(
        d.mapTo(window, d.rect().bottomLeft()).y() <= bottom + 2
        for d in (window.quotes_dock, window.credits_dock)
        if d.isVisible()
    )
    return {
        "window": [window.width(), window.height()],
        "min_width": window.minimumSizeHint().width(),
        "list_hbar": table.horizontalScrollBar().isVisible(),
        "list_columns_width": sum(
            table.columnWidth(c)
            for c in range(table.model().columnCount())
            if not table.isColumnHidden(c)
        ),
        "list_viewport": table.viewport().width(),
        "editor_chars": window.editor.text_edit.chars_per_line(),
        "quotes_dock_height": window.quotes_dock.height(),
        **evidence,
        "tabbed": tabbed,
        "credits_scrolls": credits_scrolls,
        "docks_fit": docks_fit,
        "form_overlaps": overlaps,
        "cut_labels": cut_labels,
    }


def main(width: int, height: int) -> dict:
    folder = Path(tempfile.mkdtemp())
    os.environ["COPYDESK_DATA_DIR"] = str(folder / "data")
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    from PySide6.QtCore import QSettings

    from app.core.services import Desk
    from app.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    desk = Desk.open(f"sqlite:///{folder / 'store.db'}", user="probe")
    story = desk.import_file(FERRY).story
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
    window = MainWindow(desk, settings=QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
    window.resize(round(width / scale), round(height / scale))
    window.show()
    window.story_list.refresh(story.id)
    window.autosaver.switch_to(story.id)
    window.apply_default_layout()
    settle(window)
    result = measure(window)
    result["scale"] = scale
    window.autosaver.stop_timers()
    window.close()
    desk.close()
    app.processEvents()
    return result


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(main(int(sys.argv[1]), int(sys.argv[2]))))
