"""All the performance figures in one run: `python benchmarks/run.py --sqlite URL [--postgres URL]`.

The stores are built beforehand with generate.py (100,000 stories by default). For each store:
cold start against a bare PySide6 window, the story list, sorting, search, open, save, switch,
peak memory with the list scrolled to the end, and size against the raw text. Then, once:
analysis, quote verification, export and provenance speed. Each part is its own script; this
one runs them in turn and prints their tables under one heading each.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def section(title: str, script: str, *args: str) -> None:
    print(f"\n### {title}\n", flush=True)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(HERE / script), *args], capture_output=True, text=True
    )
    print(result.stdout.rstrip())
    if result.returncode != 0:
        print(f"(failed with exit {result.returncode}: {result.stderr.strip()[-500:]})")
    print(f"\n_{script} took {time.perf_counter() - started:.0f} s_", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sqlite", help="URL of a SQLite store built by generate.py")
    parser.add_argument("--postgres", help="URL of a PostgreSQL store built by generate.py")
    parser.add_argument("--runs", default="10", help="cold-start runs per program")
    args = parser.parse_args()
    for name, url in (("SQLite", args.sqlite), ("PostgreSQL", args.postgres)):
        if not url:
            continue
        section(f"{name}: cold start", "cold_start.py", "--database", url, "--runs", args.runs)
        section(f"{name}: story list, search, open, save", "store_bench.py", "--database", url)
    section("Analysis speed", "analysis_speed.py")
    section("Quote verification speed", "verification_speed.py")
    section("Export speed", "export_speed.py")
    archive = ["--database", args.sqlite] if args.sqlite else []
    section("Provenance: attached documents, --pairs, --archive", "provenance_bench.py", *archive)
    section("Window: open a story, typing", "gui_bench.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
