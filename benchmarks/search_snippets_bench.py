"""What search snippets cost: the same queries with and without the words around each hit.

`python benchmarks/search_snippets_bench.py --database URL` on a store built by generate.py
(SQLite: FTS5 snippet(); PostgreSQL: ts_headline, which re-reads each story's body). Snippets
are made for the best 50 hits (app/core/store/snippets.py); the story list asks for 200.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.services import Desk
from benchmarks.stats import percentile

QUERIES = {
    "common word": ["the", "council", "officials", "city", "year"],
    "rare word": ["tunnel", "ceasefire", "tariff", "wildfire", "museum"],
    "phrase": ['"city council"', '"the budget"', '"local officials"', '"new report"'],
    "as you type (prefix)": ["counc", "harb", "wildf"],
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    parser.add_argument("--limit", type=int, default=200, help="hits asked for (the list: 200)")
    parser.add_argument("--repeat", type=int, default=8)
    args = parser.parse_args(argv)
    desk = Desk.open(args.database, user="bench")
    print(f"{desk.count_stories():,} stories in {desk.info.backend}; limit {args.limit}")
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; CPU time is "
        "this thread's (SQLite works in it; PostgreSQL's server does not count)"
    )
    print("| measurement | wall median / p95 ms | CPU median / p95 ms | runs |")
    print("|---|---:|---:|---:|")
    for name, words in QUERIES.items():
        for snippets in (False, True):
            wall, cpu = [], []
            for word in words * args.repeat:
                started, used = time.perf_counter(), time.thread_time()
                desk.search(word, limit=args.limit, snippets=snippets)
                wall.append((time.perf_counter() - started) * 1000)
                cpu.append((time.thread_time() - used) * 1000)
            label = f"search: {name}, {'with' if snippets else 'without'} snippets"
            print(
                f"| {label} | {statistics.median(wall):.1f} / {percentile(wall, 95):.1f} | "
                f"{statistics.median(cpu):.1f} / {percentile(cpu, 95):.1f} | {len(wall)} |"
            )
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
