"""First paint: start-up work deferred until the window is on screen, and its measurement.

`after_first_paint` runs deferred start-up work once the window has painted. The measurement
reports when the story list first paints rows, then quits.

Only active with COPYDESK_BENCH_FIRST_PAINT=1 (benchmarks/cold_start.py sets it); the process
prints `first-paint` on stdout at that moment, so the benchmark times launch to first paint.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget

ENV = "COPYDESK_BENCH_FIRST_PAINT"
SCROLL_ENV = "COPYDESK_BENCH_SCROLL_END"


def wanted() -> bool:
    return os.environ.get(ENV) == "1"


class _FirstPaint(QObject):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.view.model().rowCount() > 0:
            # Report right after this paint has been delivered.
            QTimer.singleShot(0, self._report)
            watched.removeEventFilter(self)
        return False

    def _report(self) -> None:
        sys.stdout.write("first-paint\n")
        sys.stdout.flush()
        if os.environ.get(SCROLL_ENV) == "1":
            self.view.scrollToBottom()
            QTimer.singleShot(200, self._report_memory)
        else:
            os._exit(0)

    def _report_memory(self) -> None:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rows = self.view.model().rowCount()
        sys.stdout.write(f"scrolled-to-end rows={rows} peak-rss-mb={peak:.0f}\n")
        sys.stdout.flush()
        os._exit(0)


def watch(view: QAbstractItemView) -> None:
    view.viewport().installEventFilter(_FirstPaint(view))


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, action: Callable[[], None]) -> None:
        super().__init__(widget)
        self.action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Two turns of the event loop: the rest of this paint pass (the children's
            # paints and what they queue) goes first, then the deferred work.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self.action))
        return False


def after_first_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Run `action` once the widget has painted for the first time."""
    widget.installEventFilter(_AfterPaint(widget, action))
