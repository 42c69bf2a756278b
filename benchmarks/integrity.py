"""What SQLite's integrity checks cost on a big store: `python benchmarks/integrity.py FILE`.

Copydesk runs PRAGMA quick_check when it opens a store up to
app.core.store.database.QUICK_CHECK_MAX_BYTES, and before every backup whatever the size;
this prints what that costs (and, for comparison, the full integrity_check), so the limit can
be set from measurements. The file is opened read-only; the first pass reads it from disk, the
second from the page cache (what a store opened every day mostly sees).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from pathlib import Path


def timed(path: Path, pragma: str) -> float:
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        started = time.perf_counter()
        rows = conn.execute(f"PRAGMA {pragma}").fetchall()
        took = time.perf_counter() - started
    if rows != [("ok",)]:
        print(f"  {pragma}: {rows[:3]}", file=sys.stderr)
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--full", action="store_true", help="also time integrity_check")
    args = parser.parse_args()
    size_mb = args.file.stat().st_size / 1e6
    with sqlite3.connect(f"{args.file.resolve().as_uri()}?mode=ro", uri=True) as conn:
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
    print(f"store: {args.file} ({size_mb:,.0f} MB, {stories:,} stories)")
    for pragma in ["quick_check"] + (["integrity_check"] if args.full else []):
        for label in ("cold", "warm"):
            took = timed(args.file, pragma)
            print(f"{pragma:<16} {label}: {took:6.2f} s  ({took / size_mb * 100:.2f} s per 100 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
