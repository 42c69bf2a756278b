"""Safe delivery of thread-pool results to widgets that may have been closed meanwhile.

Every background task in the window hands its result to the GUI thread through a queued
signal. The rule that keeps a late result harmless: connect that signal to a *bound method of
the receiving QObject*, never to a lambda or a plain function. Qt then drops the connection when
the receiver is destroyed, and the result is discarded instead of raising "Signal source has
been deleted" inside the event loop. `deliverable()` is the second line of defence for handlers
that emit further signals.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThreadPool


def deliverable(receiver: QObject) -> bool:
    """True while the receiver's C++ object exists: a late result for a deleted one is dropped."""
    return shiboken6.isValid(receiver)


def wait_for_background_work(timeout_ms: int = 10_000) -> bool:
    """Wait for every pool task, then deliver their queued results (tests, benchmarks, exit)."""
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    if QCoreApplication.instance() is not None:
        QCoreApplication.processEvents()
    return done
