"""Import and analysis of adversarial copy: seconds per 100 KB at 100 KB, 1 MB and 10 MB.

`python benchmarks/import_speed.py [--sizes 100000 1000000 10000000] [--max-seconds 600]`

The copy is the reliability suite's (tests/reliability/adversarial.py): many short paragraphs
and paragraphs of many short quotes, the shapes that were quadratic (revision deltas in
difflib; attribution). Each size is imported the way `copydesk import` does it, phase by phase:
- read: the importer (decoding, boilerplate, paragraphs);
- analysis: quotes, speakers and sources (in a child process, given up after --max-seconds);
- store: everything else `Desk.create_story` does (word count, first revision, the name
  index's and the archive index's keys, then the write of the story with its quotes), and the
  longest write transaction (what other workstations wait for on SQLite).
Linear time shows as the same seconds per 100 KB at every size.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability.adversarial import adversarial_text

CTX = multiprocessing.get_context("fork")


def _analyse(text: str, queue) -> None:
    from app.core.analysis.engine import analyze

    started = time.perf_counter()
    result = analyze(text)
    queue.put((time.perf_counter() - started, list(result.quotes), list(result.sources)))


def _timed_analysis(text: str, limit: float):
    queue = CTX.Queue()
    child = CTX.Process(target=_analyse, args=(text, queue))
    child.start()
    try:
        return queue.get(timeout=limit)
    except Exception:
        return None
    finally:
        if child.is_alive():
            child.kill()
        child.join()


def measure(size: int, limit: float, url: str) -> dict[str, object]:
    from sqlalchemy import event

    import app.core.saving as saving
    import app.core.services as services
    from app.core.importing import read_text

    text = adversarial_text(size)
    started = time.perf_counter()
    draft = read_text(text, "talks.txt").draft
    read_s = time.perf_counter() - started
    analysed = _timed_analysis(draft.body, limit)
    desk = services.Desk.open(url, user="bench")
    spans: list[list[float]] = []
    event.listen(desk.store.engine, "begin", lambda _c: spans.append([time.perf_counter()]))
    event.listen(desk.store.engine, "commit", lambda _c: spans[-1].append(time.perf_counter()))
    real = saving._analyse
    if analysed is not None:  # the store gets the analysis the child made
        saving._analyse = lambda _body, _credits: (tuple(analysed[1]), tuple(analysed[2]))
    try:
        started = time.perf_counter()
        story = services.Story(headline=draft.headline, body=draft.body, credits=draft.credits)
        desk.create_story(story, analyse=analysed is not None)
        store_s = time.perf_counter() - started
    finally:
        saving._analyse = real
        desk.close()
    longest = max((s[1] - s[0] for s in spans if len(s) == 2), default=0.0)
    return {
        "size": len(text.encode("utf-8")),
        "read": read_s,
        "analysis": analysed[0] if analysed is not None else None,
        "quotes": len(analysed[1]) if analysed is not None else None,
        "store": store_s,
        "longest_txn": longest,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    parser.add_argument(
        "--max-seconds", type=float, default=600.0, help="give analysis up after this long"
    )
    parser.add_argument("--database", help="SQLAlchemy URL (default: a temporary SQLite file)")
    args = parser.parse_args()
    print(
        f"{'size':>9}  {'read s/100KB':>12}  {'analysis s/100KB':>16}  {'store s/100KB':>13}  "
        f"{'import+analysis s/100KB':>23}  {'quotes':>7}  {'longest write (s)':>17}"
    )
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            url = args.database or f"sqlite:///{Path(folder) / 'bench.db'}"
            row = measure(size, args.max_seconds, url)
        per = 100_000 / row["size"]
        analysis = (f"{row['analysis'] * per:16.3f}" if row["analysis"] is not None
                    else f"{'> ' + str(int(args.max_seconds)) + ' s':>16}")  # fmt: skip
        total = (f"{(row['read'] + row['analysis'] + row['store']) * per:23.3f}"
                 if row["analysis"] is not None else f"{'(analysis unfinished)':>23}")  # fmt: skip
        quotes = f"{row['quotes']:>7}" if row["quotes"] is not None else f"{'-':>7}"
        print(
            f"{row['size'] / 1000:>7.0f}KB  {row['read'] * per:12.3f}  {analysis}  "
            f"{row['store'] * per:13.3f}  {total}  {quotes}  {row['longest_txn']:17.3f}"
        )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
