"""Timing helpers for the benchmark scripts: repeat, report the median and 95th percentile."""

from __future__ import annotations

import resource
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Timing:
    name: str
    median_ms: float
    p95_ms: float
    runs: int
    target: str = ""

    def row(self) -> str:
        cells = [self.name, f"{self.median_ms:.1f}", f"{self.p95_ms:.1f}", str(self.runs)]
        return "| " + " | ".join([*cells, self.target]) + " |"


def measure(name: str, action: Callable[[], object], runs: int = 20, target: str = "") -> Timing:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return Timing(name, statistics.median(samples), percentile(samples, 95), runs, target)


def measure_each(name: str, actions: list[Callable[[], object]], target: str = "") -> Timing:
    """One run of each action (e.g. a different query each time), summarised together."""
    samples = []
    for action in actions:
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return Timing(name, statistics.median(samples), percentile(samples, 95), len(samples), target)


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def peak_rss_mb() -> float:
    """Peak resident set size of this process (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(timings: list[Timing]) -> str:
    head = "| measurement | median ms | p95 ms | runs | target |\n|---|---:|---:|---:|---|"
    return "\n".join([head, *(t.row() for t in timings)])
