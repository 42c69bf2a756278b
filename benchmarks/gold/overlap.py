"""Counts of 8-word runs an invented gold set shares with ../shared's texts and with the other
invented sets, printed as counts only.

The comparison reads every text of ../shared the project's copy check reads (the real-copy corpus
whole, its even half included) and the other invented sets' articles. It prints how many runs of
eight words each of those shares with the set, never a run itself: the even half and the other
sets stay unread by whoever runs it, so a set's author can run the check without breaking the
blindness it is there to support. One script for every set, so each new set is checked against
all the sets before it.

    python benchmarks/gold/overlap.py invented3
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent
ROOT = GOLD.parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tools.copycheck import SHARED_TEXTS, runs, texts  # noqa: E402


def _runs_of(paths: list[Path]) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for path in paths:
        for text in texts(path):
            found.update(runs(text))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("set", help="the set's folder name under benchmarks/gold, e.g. invented3")
    folder = GOLD / Path(parser.parse_args(argv).set).name  # a folder here, never a path
    if not (folder / "source").is_dir():
        print(f"no invented set at {folder}", file=sys.stderr)
        return 2
    if not SHARED.is_dir():
        print(f"no ../shared at {SHARED}", file=sys.stderr)
        return 2
    mine = _runs_of([folder / "articles.jsonl", *sorted((folder / "source").glob("*.txt"))])
    others = [p for pattern in SHARED_TEXTS for p in sorted(SHARED.glob(pattern)) if p.is_file()]
    others += [
        other / "articles.jsonl"
        for other in sorted(GOLD.glob("invented*"))
        if other != folder and (other / "articles.jsonl").is_file()
    ]
    total = 0
    for path in others:
        shared = len(mine & _runs_of([path]))
        total += shared
        where = path.relative_to(SHARED) if path.is_relative_to(SHARED) else path.relative_to(ROOT)
        print(f"{shared:>5}  {where}")
    print(f"{len(others)} files compared with {len(mine)} runs of 8 words: {total} shared")
    return 1 if total else 0


if __name__ == "__main__":
    raise SystemExit(main())
