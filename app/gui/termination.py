"""A signal to stop (SIGTERM at logout or shutdown, `kill`, Ctrl+C in a terminal) closes the
window as its close button does: the open story is saved, its soft lock released, and other
workstations see this window leave at once instead of showing "Ana is editing" for the half
minute a silent window takes to drop out of presence.

Python runs a signal handler only between bytecodes, and Qt's event loop runs in C++, so a
timer hands the interpreter control four times a second; the handler only queues the close,
which runs in the event loop as a click would.
"""

from __future__ import annotations

import signal
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

_SIGNALS = (signal.SIGTERM, signal.SIGINT)
_WAKE_MS = 250


def close_on_stop_signals(window: QWidget) -> Callable[[], None]:
    """Install the handlers for `window`; the returned function puts the old ones back."""
    previous = {sig: signal.getsignal(sig) for sig in _SIGNALS}

    def stop(_signum: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    for sig in _SIGNALS:
        signal.signal(sig, stop)
    waker = QTimer(window)  # a child of the window: it lives and dies with it
    waker.setObjectName("stopSignalWaker")
    waker.timeout.connect(_nothing)
    waker.start(_WAKE_MS)

    def restore() -> None:
        waker.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def _nothing() -> None:
    """The timer's only job is to let Python look at pending signals."""
