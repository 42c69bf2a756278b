"""Cold start to the story list's first painted page, against a bare PySide6 window with a table.

`python benchmarks/cold_start.py --database URL [--runs 10]`: both are launched as fresh
processes in the same run, alternately; the time is from launch to the `first-paint` line.
Also reports peak memory with the list scrolled to the end.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.stats import percentile  # noqa: E402


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["COPYDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="copydesk-bench-")
    env.update(extra)
    return env


def time_to_paint(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    first = process.stdout.readline()
    elapsed = time.perf_counter() - start
    rest = process.stdout.read()
    process.wait(timeout=60)
    if not first.startswith("first-paint"):
        raise RuntimeError(f"{command[:3]} did not paint: {first!r}")
    return elapsed, rest.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    app = [sys.executable, "-m", "app", "--database", args.database]
    bare = [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")]
    env = _env({"COPYDESK_BENCH_FIRST_PAINT": "1"})
    time_to_paint(app, env)  # warm the OS file cache once for both: cold *process*, warm disk
    time_to_paint(bare, env)
    apps, bares = [], []
    for _ in range(args.runs):
        apps.append(time_to_paint(app, env)[0])
        bares.append(time_to_paint(bare, env)[0])
    a, b = statistics.median(apps), statistics.median(bares)
    print("| cold start to first painted list page | median s | p95 s |")
    print("|---|---:|---:|")
    print(f"| copydesk ({args.runs} runs) | {a:.3f} | {percentile(apps, 95):.3f} |")
    print(f"| bare PySide6 window + table | {b:.3f} | {percentile(bares, 95):.3f} |")
    print(f"\nratio (medians): {a / b:.2f} x (target <= 4 x)")
    _elapsed, memory = time_to_paint(app, {**env, "COPYDESK_BENCH_SCROLL_END": "1"})
    print(f"list scrolled to the end: {memory} (target peak RSS <= 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
