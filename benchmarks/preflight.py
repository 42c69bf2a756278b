"""What the window's pre-flight check (app/gui/preflight.py) costs before the first paint.

Each run is a fresh interpreter that first imports what `copydesk` has imported by then (the
CLI parser), then times `window_problem()` from the import of its module on: the ctypes import,
loading every system library Qt and its xcb plugin link, and one connection to the X server.
Wall time and the process's CPU time are printed (median and 95th percentile): on a busy
machine the wall time mostly waits for a core. Then, since most of the check is loading the
libraries Qt loads next anyway, launch to the story list's first paint on the real display is
timed with the check and with it replaced by nothing, alternately, from the same entry point.
Needs a display: run it under Xvfb, e.g. `Xvfb :61 & DISPLAY=:61 python -m benchmarks.preflight`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stats import percentile

REPO = Path(__file__).resolve().parents[1]
PROBE = """
import json, time
from app import cli  # imported before the check in a real start
wall, cpu = time.perf_counter(), time.process_time()
from app.gui.preflight import window_problem
problem = window_problem()
print(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu,
                  "problem": problem}))
"""


def measure(runs: int) -> tuple[list[float], list[float]]:
    walls, cpus = [], []
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                             cwd=REPO, env=env, check=True).stdout  # fmt: skip
        result = json.loads(out)
        if result["problem"]:
            raise SystemExit(f"the check found a problem: {result['problem']}")
        walls.append(result["wall"] * 1000)
        cpus.append(result["cpu"] * 1000)
    return walls, cpus


# `copydesk` as app/__main__.py starts the window, with the check, and with it replaced by nothing.
WITH_CHECK = "import sys; from app.__main__ import main; sys.exit(main([]))"
WITHOUT_CHECK = (
    "import sys; import app.gui.preflight as p; p.window_problem = lambda *a, **k: None; "
    "from app.__main__ import main; sys.exit(main([]))"
)


def _to_first_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Launch to first paint: wall seconds and the child's CPU seconds (it exits on painting)."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env, cwd=REPO)  # fmt: skip
    assert child.stdout is not None
    line = child.stdout.readline()
    wall = time.perf_counter() - started
    child.stdout.read()
    _pid, _status, usage = os.wait4(child.pid, 0)
    child.returncode = 0
    if not line.startswith("first-paint"):
        raise RuntimeError(f"{command[:3]} did not paint: {line!r}")
    return wall, usage.ru_utime + usage.ru_stime


def first_paint(runs: int) -> dict[str, list[tuple[float, float]]]:
    """Launch to first paint with the check and without it, on a store of one story."""
    data = tempfile.mkdtemp(prefix="copydesk-preflight-")
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(COPYDESK_DATA_DIR=data, COPYDESK_BENCH_FIRST_PAINT="1")
    story = REPO / "tests" / "fixtures" / "wire" / "harbour-ferry.txt"
    subprocess.run([sys.executable, "-m", "app", "import", str(story)], env=env, cwd=REPO,
                   check=True, capture_output=True)  # fmt: skip
    commands = {
        "with the check": [sys.executable, "-c", WITH_CHECK],
        "without": [sys.executable, "-c", WITHOUT_CHECK],
    }
    for command in commands.values():
        _to_first_paint(command, env)  # warm the file cache for both
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            results[name].append(_to_first_paint(command, env))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--paint-runs", type=int, default=10)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("preflight.py needs a display (DISPLAY): run it under Xvfb")
    walls, cpus = measure(args.runs)
    for name, values in (("wall", walls), ("CPU", cpus)):
        print(f"pre-flight check, {name} time: median {percentile(values, 50):.1f} ms, "
              f"p95 {percentile(values, 95):.1f} ms ({args.runs} fresh processes)")  # fmt: skip
    results = first_paint(args.paint_runs)
    medians = {}
    for name, samples in results.items():
        medians[name] = [statistics.median(x[i] for x in samples) * 1000 for i in (0, 1)]
        wall, cpu = medians[name]
        print(f"launch to first paint, {name}: wall {wall:.0f} ms, CPU {cpu:.0f} ms "
              f"(medians of {args.paint_runs} alternating runs)")  # fmt: skip
    (w1, c1), (w2, c2) = medians.values()
    print(f"difference: wall {w1 - w2:+.0f} ms, CPU {c1 - c2:+.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
