"""The window's layout: a default in proportion to its size, and the user's own, per size.

A layout arranged on a 1280×800 laptop is wrong on a 1920×1080 monitor (the story list stayed
360 px wide there), so the docks, the list/editor split and the sidebar's split are remembered
per window size in the user's QSettings: a size met before gets its layout back, a new size
gets the default for that size. The default keeps the editor readable, gives the list room for
slug and headline, lets the credits fit without scrolling when the height allows (else the two
docks share the column as tabs), and leaves the evidence pane to fit what it shows. The
review dock (suggestions and comments) is a tab beside the quotes, which have the height a list
of comments wants and can spare its tab bar (the credits are sized to fit exactly), or a third
tab when all share the column.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle

if TYPE_CHECKING:
    from app.gui.main_window import MainWindow

SETTLE_MS = 250
"""A resize has settled (no new size for this long) before layouts are swapped."""
QUOTES_NEED = 330
"""Height the quotes dock needs beside the credits: buttons, a few quotes, the evidence."""
CREDITS_EXTRA_ROWS = 5
"""Credit rows added to the credits dock when the window is tall (1920×1080 and up)."""
LIST_MOST = 1200
"""The story list's widest default: a 60-character slug and a long headline beside every
column (at 2560 px the list stopped at 920 and the editor centred its text in 400 px of margin)."""
EDITOR_GUTTER = 16
"""Margin either side of the editor's full-measure column on a wide screen (the text does
not run up against the list's edge)."""
NARROW = 1100
"""Below this width (e.g. 1280×800 at 150 % is 853 px) docks and list take their minimum."""


def size_key(size: QSize) -> str:
    """Sizes within 20 px are the same place (a maximised window on the same screen)."""
    return f"layout/{size.width() // 20 * 20}x{size.height() // 20 * 20}"


def _clamp(value: float, low: int, high: int) -> int:
    return int(max(low, min(high, value)))


class WindowLayout(QObject):
    """Applies and remembers the layout of one main window."""

    def __init__(self, window: MainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._key: str | None = None
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.size_settled)
        window.installEventFilter(self)
        self._lent = 0
        """Pixels the quotes dock lent the credits for a warning or a message now showing."""
        window.credits.height_wanted.connect(self.grow_credits)
        window.credits.height_spared.connect(self.give_back)

    # -- per size ------------------------------------------------------------------------

    def save(self) -> None:
        """Keep the current arrangement for the current size."""
        w = self.window
        key = self._key or size_key(w.size())
        self.settings.setValue(f"{key}/state", w.saveState())
        self.settings.setValue(f"{key}/workspace", w.workspace.saveState())
        limit = w.sidebar.evidence.limit
        self.settings.setValue(f"{key}/evidence", -1 if limit is None else limit)

    def restore(self) -> bool:
        """The arrangement the user left at this size, if there is one."""
        w = self.window
        key = size_key(w.size())
        state = self.settings.value(f"{key}/state")
        workspace = self.settings.value(f"{key}/workspace")
        limit = int(self.settings.value(f"{key}/evidence", -1) or -1)
        if not (isinstance(state, QByteArray) and isinstance(workspace, QByteArray)):
            return False
        w.restoreState(state)
        w.workspace.restoreState(workspace)
        w.sidebar.evidence.limit = None if limit < 0 else limit  # what the user dragged it to
        w.sidebar.evidence.schedule()
        w.story_list.fit_columns()
        self._lent = 0
        return True

    def size_settled(self) -> None:
        """The window has a new size: save the old size's layout, bring this size's in."""
        key = size_key(self.window.size())
        if key == self._key:
            return
        if self._key is not None:
            self.save()
        self._key = key
        if not self.restore():
            self.apply_default()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._timer.start()
        return False

    # -- the default ---------------------------------------------------------------------

    def apply_default(self) -> None:
        """List, editor and docks in proportion to the window (853 to 2560 px wide)."""
        w = self.window
        self._key = size_key(w.size())
        self._lent = 0
        w.sidebar.evidence.limit = None  # the evidence fits what it shows, up to its share
        width = w.width()
        if width < NARROW:
            dock_width, list_width = 300, _clamp(220 + (width - 853) * 0.3, 200, 300)
        else:
            dock_width = _clamp(398 + (width - 1280) * 0.22, 340, 600)
            list_width = _clamp(372 + (width - 1280) * 0.48, 300, LIST_MOST)
        w.resizeDocks([w.quotes_dock], [dock_width], Qt.Orientation.Horizontal)
        central = max(1, width - dock_width)
        editor_least = w.editor.minimumSizeHint().width()
        if width >= NARROW:
            # The editor only centres its column past the full measure: on a wide screen the
            # list takes what the editor would leave as margin beyond a gutter (at 2560 px it
            # stopped at 920 and cut slugs and headlines beside 200 px of empty margin).
            separator = w.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
            edges = separator + w.workspace.handleWidth() + 2 * EDITOR_GUTTER
            spare = central - edges - w.editor.text_edit.measure_width()
            list_width = max(list_width, min(spare, LIST_MOST))
        list_width = max(200, min(list_width, central - editor_least))
        w.workspace.setSizes([list_width, max(1, central - list_width)])
        self.arrange_docks()
        w.story_list.fit_columns()

    def credits_need(self) -> int:
        """The credits dock's height with nothing scrolled away (title bar included, and the
        tab bar the review dock adds below them)."""
        w = self.window
        title = w.credits_dock.fontMetrics().height() + 10
        return w.credits.needed_height() + title

    def _review_docked(self) -> bool:
        """Is the review dock open and in the dock column (not floating, not closed)?"""
        dock = self.window.review_dock
        return not dock.isFloating() and dock.toggleViewAction().isChecked()

    def place_review(self) -> None:
        """The review dock as a tab beside the quotes (and the credits, when all three share
        the column), unless the user floated or closed it."""
        w = self.window
        if self._review_docked() and w.review_dock not in w.tabifiedDockWidgets(w.quotes_dock):
            w.tabifyDockWidget(w.quotes_dock, w.review_dock)

    def arrange_docks(self) -> None:
        """Quotes above credits when both fit, else tabs; the evidence gets its third."""
        w = self.window
        column = w.centralWidget().height()
        need = self.credits_need()
        tabbed = w.credits_dock in w.tabifiedDockWidgets(w.quotes_dock)
        if column >= need + QUOTES_NEED:
            if tabbed:
                w.splitDockWidget(w.quotes_dock, w.credits_dock, Qt.Orientation.Vertical)
            self.place_review()
            w.quotes_dock.raise_()
            # A tall column gives the credits table a few more rows, up to 38 % of it.
            row = w.credits.table.verticalHeader().defaultSectionSize()
            credits = max(need, min(need + CREDITS_EXTRA_ROWS * row, int(column * 0.38)))
            w.resizeDocks(
                [w.quotes_dock, w.credits_dock],
                [column - credits, credits],
                Qt.Orientation.Vertical,
            )
        else:
            if not tabbed:
                w.tabifyDockWidget(w.quotes_dock, w.credits_dock)
            self.place_review()
            w.quotes_dock.raise_()
        self.split_sidebar()
        # Once the docks have their new heights, split again on the real height.
        QTimer.singleShot(0, self, lambda: self.split_sidebar())

    def _credits_beside_quotes(self) -> bool:
        w = self.window
        return w.credits_dock.isVisible() and w.credits_dock not in w.tabifiedDockWidgets(
            w.quotes_dock
        )

    def _move_height(self, to_credits: int) -> None:
        """Credits `to_credits` px taller (or shorter), the quotes the other way."""
        w = self.window
        target = w.credits_dock.height() + to_credits
        self._size_credits(target, target)

    def _size_credits(self, target: int, asked: int, again: bool = True) -> None:
        """resizeDocks is a few pixels off while the quotes share their place with the review
        tab (its sizes are shared out over the tab bar too): ask, look, and correct once."""
        w = self.window
        w.resizeDocks(
            [w.quotes_dock, w.credits_dock],
            [w.centralWidget().height() - asked, asked],
            Qt.Orientation.Vertical,
        )

        def settled() -> None:
            off = target - w.credits_dock.height()
            if again and off:
                self._size_credits(target, asked + off, again=False)
            else:
                self.split_sidebar()

        QTimer.singleShot(0, self, settled)

    def grow_credits(self, extra: int) -> None:
        """The credits would scroll (a warning, a message, a long credit line): take the room
        from the quotes dock while it keeps what it needs; tabbed docks have the column."""
        if not self._credits_beside_quotes():
            return
        give = min(extra, max(0, self.window.quotes_dock.height() - QUOTES_NEED))
        if give > 0:
            self._lent += give
            self._move_height(give)

    def give_back(self, spare: int) -> None:
        """A warning or a message went: the quotes have back what they lent for it (no more:
        a height the user dragged the credits to stays theirs)."""
        back = min(spare, self._lent)
        if back > 0 and self._credits_beside_quotes():
            self._lent -= back
            self._move_height(-back)

    def split_sidebar(self) -> None:
        """The evidence pane under the quote tree: as tall as what it shows, at most a third
        of the panel or the height the user gave it (app.gui.panels.evidence_split)."""
        self.window.sidebar.evidence.fit()
