"""The archive's name index at newsroom scale: what a save and a check pay for it.

Fills a throwaway store's `name_index` as 100,000 stories would (by default 400,000 distinct
capitalised words, story counts drawn from a Zipf-like law: a few names in thousands of stories,
most in one), then times what the application does with it:

- a save: the difference between a story's old and new names written (`index_story_names`,
  a 1,000-word story whose edit adds and drops a few names), median and p95;
- a check: the story's capitalised words that no other list knows, and their one-swap and
  one-extra-letter variants, looked up in the index (`archive_names_for`);
- a whole rebuild is not timed here (it reads every story body: `copydesk dictionary
  rebuild-names`).

    python benchmarks/name_index.py [--database URL] [--names 400000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.stats import percentile


def name(n: int) -> str:
    """A made-up name without digits (digits would make it no word): Qa + n in base 26."""
    letters = ""
    while True:
        n, rest = divmod(n, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rest] + letters
        if not n:
            return "Qa" + letters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="SQLAlchemy URL (default: a temporary SQLite file)")
    parser.add_argument("--names", type=int, default=400_000)
    args = parser.parse_args()
    from app.core.proofing import names
    from app.core.services import Desk
    from app.core.store.proofing import NameIndexRepository
    from app.core.store.schema import NameIndexRow

    folder = tempfile.mkdtemp()
    url = args.database or f"sqlite:///{folder}/names.db"
    desk = Desk.open(url, user="bench")
    rng = random.Random(16)
    started = time.perf_counter()
    with desk.store.session() as session:
        NameIndexRepository(session).clear()
        rows = [{"word": name(n), "stories": max(1, int(100_000 / (1 + n) ** 0.9))}
                for n in range(args.names)]  # fmt: skip
        for i in range(0, len(rows), 5000):
            session.execute(NameIndexRow.__table__.insert(), rows[i : i + 5000])
    backend = url.split(":")[0]
    print(f"{args.names:,} names written in {time.perf_counter() - started:.1f} s ({backend})")

    paragraphs = [
        " ".join(f"Officials met {name(rng.randrange(args.names))} there." for _ in range(5))
        for _ in range(25)
    ]  # about 1,000 words in 25 paragraphs
    saves = []
    for n in range(60):
        old = "\n\n".join(paragraphs)
        paragraphs[n % 25] = f"Later {name(n)} and {name(n + 500_000)} spoke. " + paragraphs[n % 25]
        new = "\n\n".join(paragraphs)
        started = time.perf_counter()
        with desk.store.session() as session:
            names.index_story_names(session, old, new)
        saves.append((time.perf_counter() - started) * 1000)
    print(
        f"save, names of a 1,000-word story with one paragraph edited: median "
        f"{statistics.median(saves):.1f} ms, p95 {percentile(saves, 95):.1f} ms"
    )
    from app.core.proofing import service
    from app.core.proofing.proofreader import Proofreader

    reader = Proofreader.build()
    lookups = []
    for _ in range(10):
        started = time.perf_counter()
        found = service.archive_names_for(desk, reader, paragraphs)
        lookups.append((time.perf_counter() - started) * 1000)
    print(
        f"check, the story's names looked up in the index ({len(found)} known): median "
        f"{statistics.median(lookups):.1f} ms, p95 {percentile(lookups, 95):.1f} ms"
    )
    desk.close()


if __name__ == "__main__":
    main()
