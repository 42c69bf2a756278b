"""Compare the cold analysis speed of two checkouts by taking turns on one story.

Why: on a shared machine the speed of analysis_speed.py moves by a third from one minute to the
next, so two heads run one after the other cannot be told apart. Here one worker process per
checkout analyses the same 20,000-word story in turn, alternating which goes first, and the
ratio of each pair is taken: whatever slows the machine slows both sides of a pair alike. Unlike
analysis_instructions.py it sees what a change does to the processor's caches.

    python benchmarks/analysis_interleaved.py /path/to/base/checkout . [--rounds 60]

Prints each side's median CPU ms per 1,000 words (with its quartiles) and the median of the
paired ratios (below 1: the second checkout is faster).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
from pathlib import Path

_WORKER = r"""
import sys, time
sys.path.insert(0, sys.argv[1])
import app
assert app.__file__.startswith(sys.argv[1]), app.__file__
from benchmarks.analysis_speed import make_story
from app.core.analysis.engine import analyze
text = make_story(20000)
words = len(text.split())
analyze(make_story(1000, seed=3))  # warm: lazy tables and compiled patterns
analyze(text)
for _ in sys.stdin:
    started = time.process_time()
    analyze(text)
    print((time.process_time() - started) * 1000 * 1000 / words, flush=True)
"""


def _worker(root: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", _WORKER, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
    )


def _one_run(worker: subprocess.Popen[str]) -> float:
    assert worker.stdin is not None and worker.stdout is not None
    worker.stdin.write("go\n")
    worker.stdin.flush()
    return float(worker.stdout.readline())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", type=Path, help="the checkout to compare against")
    parser.add_argument("other", type=Path, help="the checkout measured")
    parser.add_argument("--rounds", type=int, default=60, help="pairs of runs (default 60)")
    args = parser.parse_args(argv)
    roots = [args.base.resolve(), args.other.resolve()]
    workers = [_worker(root) for root in roots]
    times: list[list[float]] = [[], []]
    for round_ in range(args.rounds):
        for side in (0, 1) if round_ % 2 == 0 else (1, 0):
            times[side].append(_one_run(workers[side]))
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.close()
        worker.wait()
    for root, values in zip(roots, times, strict=True):
        q1, _, q3 = statistics.quantiles(values, n=4)
        print(
            f"{root}: median {statistics.median(values):.2f} ms per 1,000 words "
            f"(quartiles {q1:.2f}-{q3:.2f}, {len(values)} runs)"
        )
    ratios = [other / base for base, other in zip(*times, strict=True)]
    print(f"paired ratio {roots[1].name} / {roots[0].name}: median {statistics.median(ratios):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
