"""Background work for the quote sidebar: debounced analysis and the cancellable quote check.

Both run on a QThreadPool so typing never waits; results come back as queued signals. Only one
analysis runs at a time because the AnalysisCache is not shared between threads: a newer text
waits for the run in flight and stale results are dropped by generation number.

A result may arrive after its panel was closed and deleted. Carriers are therefore connected
to bound methods of the receiving QObject (never to lambdas): Qt drops the connection when the
receiver is destroyed, so a late result is discarded instead of raising "Signal source has been
deleted" inside the event loop (see app/gui/background.py).
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.core.model import Credit, Source
from app.gui.background import deliverable

DEBOUNCE_MS = 300


_Wanted = tuple[str, tuple[Credit, ...], tuple[Source, ...]]
"""What an analysis is asked for: the text, the story's credits, its confidential sources."""


def _with_confidential_names(analysis, text: str, credits, secrets):
    """The analysis with the gate's findings on the body's confidential names added, in order."""
    from app.core.exporting.confidential import body_findings

    found = body_findings(text, secrets, [c.name for c in credits])
    if not found:
        return analysis
    merged = sorted((*analysis.findings, *found), key=lambda f: (f.start or 0, f.end or 0))
    return dataclasses.replace(analysis, findings=tuple(merged))


class _Carrier(QObject):
    """Signals a worker emits from its thread; Qt queues them to the GUI thread.

    The result travels wrapped in a list and errors as text: PySide6 6.x on Python 3.11
    miscounts references to a bare None sent through an `object` signal across threads,
    which ends in "Fatal Python error: none_dealloc" after enough emissions.
    """

    succeeded = Signal(int, list)  # generation, [result]
    failed = Signal(int, str)  # generation, message
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, generation: int, job: Callable[[], object], carrier: _Carrier) -> None:
        super().__init__()
        self.generation, self.job, self.carrier = generation, job, carrier
        self.setAutoDelete(True)

    def run(self) -> None:
        with contextlib.suppress(RuntimeError):  # the panel went away while we worked
            try:
                result = self.job()
            except Exception as exc:  # reported to the user, never raised in a pool thread
                self.carrier.failed.emit(self.generation, str(exc) or type(exc).__name__)
                return
            self.carrier.succeeded.emit(self.generation, [result])


class AnalysisRunner(QObject):
    """Re-analyses a text ~300 ms after the last change, off the GUI thread, keeping a cache."""

    analysed = Signal(object, str, float)  # Analysis | None, the text it describes, seconds
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._delay_ms = delay_ms
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self._start)
        self._started: _Wanted | None = None
        self._carrier = _Carrier()
        # Bound methods, not lambdas: Qt disconnects them when this runner is destroyed.
        self._carrier.succeeded.connect(self._succeeded)
        self._carrier.failed.connect(self._failed)
        self._pool = QThreadPool.globalInstance()
        self._generation = 0
        self._busy = False
        self._pending: _Wanted | None = None
        self._cache: object | None = None  # made on first use: the engine loads after start-up

    @staticmethod
    def _new_cache() -> object | None:
        try:
            from app.core.analysis.engine import AnalysisCache
        except ImportError:
            return None
        return AnalysisCache()

    def reset(self) -> None:
        """A new story: forget the cache (its blocks belong to the old text)."""
        self._timer.stop()
        self._pending = None
        self._started = None
        self._generation += 1
        if not self._busy:
            self._cache = None  # a fresh one with the next run

    def request(
        self,
        text: str,
        credits: Sequence[Credit] = (),
        immediately: bool = False,
        delay_ms: int | None = None,
        secrets: Sequence[Source] = (),
    ) -> None:
        """Analyse `text` after the debounce delay (or `delay_ms`, or at once); with the
        story's confidential sources (`secrets`), the findings also say where the text names
        one, or misspells one, as the export gate will.

        Asking again for exactly the text of the run in flight (or just finished) does nothing:
        opening a story used to analyse the same 20,000 words twice.
        """
        wanted = (text, tuple(credits), tuple(secrets))
        if wanted == self._started and self._pending is None:
            self._timer.stop()
            return
        self._pending = wanted
        self._generation += 1
        if immediately:
            self._timer.stop()
            self._start()
        else:
            self._timer.start(self._delay_ms if delay_ms is None else delay_ms)

    def is_idle(self) -> bool:
        return not self._busy and self._pending is None

    def _start(self) -> None:
        if self._busy or self._pending is None:
            return  # the run in flight starts the next one when it ends
        text, credits, secrets = self._pending
        self._started = self._pending
        self._pending = None
        self._busy = True
        if self._cache is None:
            self._cache = self._new_cache()
        cache = self._cache

        def job() -> tuple[object, str, float]:
            from app.core.analysis.engine import analyze

            began = time.perf_counter()
            result = analyze(text, credits=credits, cache=cache)
            if secrets:
                result = _with_confidential_names(result, text, credits, secrets)
            return result, text, time.perf_counter() - began

        self._pool.start(_Task(self._generation, job, self._carrier))

    def _succeeded(self, generation: int, wrapped: list) -> None:
        self._finished(generation, wrapped[0], None)

    def _failed(self, generation: int, error: str) -> None:
        self._finished(generation, None, error)

    def _finished(self, generation: int, result: object, error: str | None) -> None:
        if not deliverable(self):
            return
        self._busy = False
        if self._pending is not None:
            self._start()  # newer text arrived meanwhile: this result is already stale
            return
        if error is not None:
            self.failed.emit(error)
            return
        if generation == self._generation:
            analysis, text, seconds = result
            self.analysed.emit(analysis, text, seconds)


class CancelToken:
    """Set by the GUI, read by the worker between quotes."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


class BackgroundJob(QObject):
    """One cancellable job with progress (the quote check): `job(progress, token) -> result`."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        job: Callable[[Callable[[int, int], None], CancelToken], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.token = CancelToken()
        self._carrier = _Carrier()
        self._carrier.succeeded.connect(self._succeeded)
        self._carrier.failed.connect(self._failed)
        self._carrier.progress.connect(self._progressed)
        carrier, token = self._carrier, self.token

        def report(done: int, total: int) -> None:
            try:
                carrier.progress.emit(done, total)
            except RuntimeError:
                token.cancel()

        self._job = lambda: job(report, token)
        self.running = False

    def start(self) -> None:
        self.running = True
        QThreadPool.globalInstance().start(_Task(0, self._job, self._carrier))

    def cancel(self) -> None:
        self.token.cancel()

    def _progressed(self, done: int, total: int) -> None:
        if deliverable(self):
            self.progressed.emit(done, total)

    def _succeeded(self, generation: int, wrapped: list) -> None:
        self._done(generation, wrapped[0], None)

    def _failed(self, generation: int, error: str) -> None:
        self._done(generation, None, error)

    def _done(self, _generation: int, result: object, error: str | None) -> None:
        if not deliverable(self):
            return
        self.running = False
        if self.token.cancelled:
            self.cancelled.emit()
        elif error is not None:
            self.failed.emit(error)
        else:
            self.finished.emit(result)
