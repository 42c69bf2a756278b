"""A ceiling for tests whose risk is a runaway (a regex that backtracks without end, a loop gone
quadratic on a pathological input), not a speed target.

Speed targets are met and shown in benchmarks/ (scripts that print figures); a test that asserts
a wall-clock limit fails at random on a loaded machine and hides real failures. Where a hang is
the real risk a test may still want to stop instead of running for hours, so `finishes_within`
gives it a ceiling far above the benchmark figure (at least 20 times) that load cannot trip.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

HANG_SECONDS = 120.0
"""The default ceiling: far above any figure the benchmarks print for these inputs (all under
6 s on a loaded machine), far below what a quadratic or backtracking regression would take."""


def finishes_within(work: Callable[[], T], seconds: float = HANG_SECONDS) -> T:
    """`work()`'s result (or its exception, raised here), failing the test if it runs past
    `seconds`: a guard against a hang, not a speed target.

    The work runs in a daemon thread of this process, so no process is left behind; a runaway
    thread cannot be stopped, but the test fails at once and the thread ends with the run."""
    outcome: list[T] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            outcome.append(work())
        except BaseException as exc:  # handed to the test's thread, raised there
            failure.append(exc)

    thread = threading.Thread(target=run, name="hang-guarded work", daemon=True)
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise AssertionError(f"still running after {seconds:.0f} s: a hang, not a slow machine")
    if failure:
        raise failure[0]
    return outcome[0]
