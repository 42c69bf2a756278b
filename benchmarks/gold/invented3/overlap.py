"""Counts of 8-word runs the invented3 texts share with ../shared's texts (and with the first
two invented sets), printed as counts only.

The comparison reads every text of ../shared the project's copy check reads, the real-copy
corpus whole (its even half included), and the first two invented sets' articles. It prints how
many runs of eight words each of those shares with this set, never a run itself: the even half
and the first two sets stay unread by whoever runs it, so the check can be run by the set's author
without breaking the blindness it is there to support.

    python benchmarks/gold/invented3/overlap.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from tools.copycheck import SHARED_TEXTS, runs, texts  # noqa: E402


def _runs_of(paths: list[Path]) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for path in paths:
        for text in texts(path):
            found.update(runs(text))
    return found


def main() -> int:
    mine = _runs_of([HERE / "articles.jsonl", *sorted((HERE / "source").glob("*.txt"))])
    if not SHARED.is_dir():
        print(f"no ../shared at {SHARED}", file=sys.stderr)
        return 2
    others = [p for pattern in SHARED_TEXTS for p in sorted(SHARED.glob(pattern)) if p.is_file()]
    for folder in ("invented", "invented2"):
        others.append(ROOT / "benchmarks" / "gold" / folder / "articles.jsonl")
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
