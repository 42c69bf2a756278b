"""What search snippets cost: the same queries with and without the words around each hit.

`python benchmarks/search_snippets_bench.py --database URL` on a store built by generate.py
(SQLite: FTS5 snippet(); PostgreSQL: ts_headline, which re-reads each story's body). Snippets
are made for the best 50 hits (app/core/store/snippets.py); the story list asks for 200.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.services import Desk
from benchmarks.stats import measure_each, table

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
    timings = []
    for name, words in QUERIES.items():
        for snippets in (False, True):
            timings.append(measure_each(
                f"search: {name}, {'with' if snippets else 'without'} snippets",
                [lambda w=w, s=snippets: desk.search(w, limit=args.limit, snippets=s)
                 for w in words * args.repeat],
                target="p95 <= 50",
            ))
    print(table(timings))
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
