"""Build a large, realistic store for the benchmarks: `python benchmarks/generate.py --stories N`.

Stories, revisions (stored exactly as the app stores them: keyframes and word deltas), credits
from a directory of a few thousand people, and sources, written in bulk through the app's own
schema (the store is created and migrated by the app). Deterministic for a given seed; text is
generated on every core while the main process writes.
"""

from __future__ import annotations

import argparse
import sys
import time
import uuid
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.model import count_words
from app.core.provenance.signatures import bucket_keys
from app.core.store.database import open_store
from app.core.store.revisions import encode_history
from app.core.store.schema import (
    ArchiveIndexRow,
    CreditRow,
    PersonRow,
    RevisionRow,
    StatusChangeRow,
    StoryRow,
)
from benchmarks.corpus import make_people, make_story

BATCH = 500
START = datetime(2025, 11, 1, tzinfo=UTC)


def _rows(args: tuple[int, int, int, list[str]]) -> list[dict]:
    """Build one batch of stories with their revisions in a worker process."""
    first, count, seed, people = args
    out = []
    for index in range(first, first + count):
        story = make_story(index, seed, people)
        created = START + timedelta(minutes=index * 5)
        headlines = [story.headline] * len(story.revisions)
        encoded = encode_history(story.revisions, headlines, story.body)
        out.append(
            {
                "index": index,
                "story": story,
                "created": created,
                "encoded": encoded,
                "buckets": sorted(set(bucket_keys(story.body))),
            }
        )
    return out


def _progress(done: int, total: int, started: float) -> None:
    rate = done / max(time.perf_counter() - started, 1e-9)
    width = 30
    filled = int(width * done / total)
    eta = (total - done) / rate if rate else 0
    sys.stderr.write(
        f"\r[{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,} stories "
        f"{rate:,.0f}/s, {eta:,.0f} s left "
    )
    sys.stderr.flush()


def generate(url: str, stories: int, seed: int, workers: int) -> dict[str, float]:
    store = open_store(url)
    people = make_people(3000, seed)
    started = time.perf_counter()
    raw_current = raw_revisions = revisions = 0
    with store.engine.begin() as conn:
        conn.execute(PersonRow.__table__.insert(), [{"name": n} for n in people])
        person_ids = dict(
            conn.execute(
                PersonRow.__table__.select().with_only_columns(PersonRow.name, PersonRow.id)
            ).all()
        )
        first_id = (
            conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM stories").scalar() or 0
        ) + 1
    jobs = [(i, min(BATCH, stories - i), seed, people) for i in range(0, stories, BATCH)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for batch in pool.map(_rows, jobs):
            story_rows, revision_rows, credit_rows, status_rows = [], [], [], []
            archive_rows = []
            for item in batch:
                story, created = item["story"], item["created"]
                story_id = first_id + item["index"]
                updated = created + timedelta(hours=len(story.revisions))
                story_rows.append(
                    {
                        "id": story_id,
                        "uid": str(uuid.UUID(int=(seed << 64) + item["index"])),
                        "slug": story.slug_hint,
                        "headline": story.headline,
                        "dek": "",
                        "desk": story.desk,
                        "status": story.status,
                        "keywords": story.keywords,
                        "language": "en",
                        "body": story.body,
                        "words": count_words(story.body),
                        "version": len(story.revisions),
                        "created_at": created,
                        "updated_at": updated,
                        "updated_by": story.credits[-1][1],
                    }
                )
                raw_current += len(story.body.encode("utf-8"))
                for number, (fmt, data, headline) in enumerate(item["encoded"], start=1):
                    revision_rows.append(
                        {
                            "story_id": story_id,
                            "number": number,
                            "headline": headline,
                            "body_format": fmt,
                            "body_data": data,
                            "author": story.credits[-1][1],
                            "reason": "save",
                            "created_at": created + timedelta(hours=number - 1),
                        }
                    )
                    raw_revisions += len(story.revisions[number - 1].encode("utf-8"))
                    revisions += 1
                for position, (role, name, location) in enumerate(story.credits):
                    credit_rows.append(
                        {
                            "story_id": story_id,
                            "person_id": person_ids[name],
                            "role": role,
                            "location": location,
                            "position": position,
                        }
                    )
                archive_rows += [{"bucket": k, "item": story_id} for k in item["buckets"]]
                status_rows.append(
                    {
                        "story_id": story_id,
                        "from_status": None,
                        "to_status": story.status,
                        "changed_by": story.credits[-1][1],
                        "changed_at": created,
                    }
                )
            with store.engine.begin() as conn:
                conn.execute(StoryRow.__table__.insert(), story_rows)
                conn.execute(RevisionRow.__table__.insert(), revision_rows)
                conn.execute(CreditRow.__table__.insert(), credit_rows)
                conn.execute(StatusChangeRow.__table__.insert(), status_rows)
                conn.execute(ArchiveIndexRow.__table__.insert(), archive_rows)
            _progress(batch[-1]["index"] + 1, stories, started)
    sys.stderr.write("\n")
    if store.backend == "sqlite":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO stories_fts(stories_fts) VALUES ('optimize')")
            conn.exec_driver_sql("ANALYZE")
        with store.engine.connect() as conn:  # a fresh store has no free pages
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM")
    else:
        with store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    store.close()
    return {
        "seconds": time.perf_counter() - started,
        "raw_current_bytes": raw_current,
        "raw_revision_bytes": raw_revisions,
        "revisions": revisions,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=100_000)
    parser.add_argument("--database", help="SQLAlchemy URL (default: sqlite:///benchmark.db)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    url = args.database or f"sqlite:///{Path('benchmark.db').resolve()}"
    figures = generate(url, args.stories, args.seed, args.workers)
    print(
        f"{args.stories:,} stories, {figures['revisions']:,} revisions in "
        f"{figures['seconds']:.0f} s; current text {figures['raw_current_bytes'] / 1e6:.0f} MB, "
        f"all revisions {figures['raw_revision_bytes'] / 1e6:.0f} MB raw"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
