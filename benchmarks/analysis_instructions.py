"""Count the machine instructions one cold analysis of the 20,000-word story costs (valgrind).

Why: on a busy or shared machine the wall-clock figures of analysis_speed.py move by 30 % from
one minute to the next, so a change of a few per cent cannot be seen in them. Callgrind counts
instructions, which do not depend on what else the machine is doing: the same code gives the
same count. It does not see what a change does to caches (reading every paragraph step by step
made analysis faster with about as many instructions), so use it beside analysis_speed.py, not
instead of it.

Each checkout is run twice under callgrind, once importing and warming up only and once also
analysing the story; the difference is the analysis alone.

    python benchmarks/analysis_instructions.py                    # this checkout
    python benchmarks/analysis_instructions.py /path/to/other/checkout .   # compare two

Needs valgrind (Debian: `apt install valgrind`); each checkout takes about a minute.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RUN = """
import sys
sys.path.insert(0, {root!r})
from benchmarks.analysis_speed import make_story
from app.core.analysis.engine import analyze
text = make_story(20000)
analyze(make_story(1000, seed=3))  # warm: lazy tables and compiled patterns
for _ in range({count}):
    analyze(text)
"""
_CALLGRIND = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null"]
_COLLECTED_RE = re.compile(r"Collected\s*:\s*(\d+)")


def _instructions(root: Path, count: int) -> int:
    """Instructions callgrind counts for importing, warming up and `count` analyses."""
    script = _RUN.format(root=str(root), count=count)
    done = subprocess.run(
        [*_CALLGRIND, sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
    )
    found = _COLLECTED_RE.search(done.stderr)
    if found is None:
        raise RuntimeError(f"callgrind printed no count:\n{done.stderr[-400:]}")
    return int(found.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "checkouts", nargs="*", type=Path, help="checkouts to measure (default: this one)"
    )
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("valgrind not found: install it to count instructions", file=sys.stderr)
        return 2
    for root in args.checkouts or [ROOT]:
        root = root.resolve()
        alone = _instructions(root, 1) - _instructions(root, 0)
        print(f"{root}: {alone / 1e9:.3f} G instructions per cold analysis of 20,000 words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
