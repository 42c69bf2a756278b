"""Store figures on a big archive: list, sort, search, open, save, switch, size, memory.

`python benchmarks/store_bench.py --database URL` on a store built by generate.py.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.model import SortKey
from app.core.services import Desk
from benchmarks.stats import Timing, measure, measure_each, peak_rss_mb, table

PAGE = 100


def store_timings(desk: Desk, seed: int = 7) -> list[Timing]:
    rng = random.Random(seed)
    total = desk.count_stories()
    timings = [
        measure(
            "list: count + first page",
            lambda: (desk.count_stories(), desk.list_stories(limit=PAGE)),
            target="<= 100",
        ),
        measure(
            "list: jump to the end",
            lambda: desk.list_stories(offset=max(0, total - PAGE), limit=PAGE),
            target="<= 100",
        ),
    ]
    for key in SortKey:
        timings.append(
            measure(
                f"list: sort by {key.value}, first page",
                lambda k=key: desk.list_stories(sort=k, descending=False, limit=PAGE),
                runs=10,
                target="<= 100",
            )
        )
    common = ["the", "council", "officials", "city", "year"]
    rare = ["tunnel", "ceasefire", "tariff", "wildfire", "museum"]
    phrases = ['"city council"', '"the budget"', '"local officials"', '"new report"']
    nohit = ["zyzzyva", "quokka", "xylograph", "nonexistentword"]

    def queries(words: list[str], repeat: int = 10) -> list:
        return [lambda w=w: desk.search(w, limit=50) for w in words * repeat]

    timings += [
        measure_each("search: common word", queries(common), target="p95 <= 50"),
        measure_each("search: rare word", queries(rare), target="p95 <= 50"),
        measure_each("search: phrase", queries(phrases), target="p95 <= 50"),
        measure_each("search: no hit", queries(nohit), target="p95 <= 50"),
        measure_each(
            "search: as you type (prefix)", queries(["counc", "harb", "wildf"]), target="p95 <= 50"
        ),
    ]
    ids = [s.id for s in desk.list_stories(limit=200, offset=rng.randrange(max(1, total - 200)))]
    timings.append(
        measure_each(
            "open a story", [lambda i=i: desk.get_story(i) for i in ids[:50]], target="<= 50"
        )
    )

    def save_one(story_id: int) -> None:
        story = desk.get_story(story_id)
        desk.save_story(
            story.with_changes(body=story.body + "\n\nAn added line."), reason="save", analyse=False
        )

    def edited(story_ids: list[int]) -> list:
        stories = [desk.get_story(i) for i in story_ids]
        return [s.with_changes(body=s.body.replace(".", ";", 1)) for s in stories]

    timings.append(
        measure_each(
            "save with a new revision (no re-analysis)",
            [
                lambda s=s: desk.save_story(s, reason="save", analyse=False)
                for s in edited(ids[50:80])
            ],
            target="<= 30",
        )
    )
    timings.append(
        measure_each(
            "save with revision and quote re-analysis",
            [lambda s=s: desk.save_story(s, reason="save") for s in edited(ids[80:100])],
        )
    )
    a, b = ids[100], ids[101]
    timings.append(
        measure(
            "switch between two stories (save + open)",
            lambda: (save_one(a), desk.get_story(b)),
            runs=10,
        )
    )
    return timings


def size_figures(desk: Desk) -> str:
    """Database size against the raw text of the current versions."""
    with desk.store.engine.connect() as conn:
        raw = (
            conn.exec_driver_sql(
                "SELECT sum(length(CAST(body AS BLOB))) FROM stories"
                if desk.store.backend == "sqlite"
                else "SELECT sum(octet_length(body)) FROM stories"
            ).scalar()
            or 0
        )
        revisions = conn.exec_driver_sql("SELECT count(*) FROM revisions").scalar()
        stories = conn.exec_driver_sql("SELECT count(*) FROM stories").scalar()
        if desk.store.backend == "sqlite":
            size = Path(desk.store.engine.url.database).stat().st_size
        else:
            size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
    return (
        f"{stories:,} stories, {revisions:,} revisions ({revisions / max(stories, 1):.1f} each); "
        f"database {size / 1e6:,.0f} MB for {raw / 1e6:,.0f} MB of current text: "
        f"{size / max(raw, 1):.2f} x (target <= 2 x on SQLite)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    desk = Desk.open(args.database, user="bench")
    print(f"## {desk.store.backend}: {desk.store.info.display_name}\n")
    print(table(store_timings(desk)))
    print()
    print(size_figures(desk))
    print(f"peak RSS of this process: {peak_rss_mb():.0f} MB")
    desk.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
