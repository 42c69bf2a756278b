"""What the window's pre-flight check (app/gui/preflight.py) costs before the first paint.

Each run is a fresh interpreter that first imports what `copydesk` has imported by then (the
CLI parser), then times `window_problem()` from the import of its module on: the ctypes import,
loading every system library Qt and its xcb plugin link, and one connection to the X server.
Wall time and the process's CPU time are printed (median and 95th percentile): on a busy
machine the wall time mostly waits for a core. Needs a display: run it under Xvfb, e.g.
`Xvfb :61 & DISPLAY=:61 python benchmarks/preflight.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args(argv)
    if not os.environ.get("DISPLAY"):
        raise SystemExit("preflight.py needs a display (DISPLAY): run it under Xvfb")
    walls, cpus = measure(args.runs)
    for name, values in (("wall", walls), ("CPU", cpus)):
        print(f"pre-flight check, {name} time: median {percentile(values, 50):.1f} ms, "
              f"p95 {percentile(values, 95):.1f} ms ({args.runs} fresh processes)")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
