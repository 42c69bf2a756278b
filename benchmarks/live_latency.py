"""Change-feed latency between two processes: from a save's commit in one to its event in the
other's window loop. PostgreSQL wakes the listener through LISTEN/NOTIFY (the socket a window
watches); SQLite is polled through `PRAGMA data_version` every 250 ms, as a window does.

    python benchmarks/live_latency.py --postgres URL [--sqlite URL] [--events 200]

`--start-postgres` starts a throwaway PostgreSQL server (the test suite's) when no URL is at
hand. Prints p50/p95/max in milliseconds per backend.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.stats import percentile


def listen(url: str) -> int:
    """The other process: a window's loop reduced to the feed (socket or timer), printing
    each saved event with the time it arrived."""
    from app.core.live.feed import ChangeFeed
    from app.core.services import Desk

    desk = Desk.open(url, user="listener")
    feed = ChangeFeed(desk)
    print("ready", flush=True)
    fileno = feed.fileno()
    interval = feed.poll_interval_ms / 1000
    while True:
        if fileno is not None:
            select.select([fileno], [], [], interval)
        else:
            time.sleep(interval)
        for change in feed.poll():
            if change.kind == "saved":
                print(json.dumps({"version": change.version, "t": time.time()}), flush=True)
            if change.kind == "trashed":
                return 0


def measure(url: str, events: int, gap: float) -> list[float]:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from app.core.model import Story
    from app.core.services import Desk

    commits: list[float] = []
    # The moment the save's transaction is committed (the save then reads the story back).
    event.listen(Session, "after_commit", lambda _s: commits.append(time.time()))
    desk = Desk.open(url, user="writer")
    story = desk.create_story(Story(headline="Latency", body="Text."), analyse=False)
    listener = subprocess.Popen([sys.executable, __file__, "--listen", url],
                                stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert listener.stdout is not None
    assert listener.stdout.readline().strip() == "ready"
    committed: dict[int, float] = {}
    for n in range(events):
        commits.clear()
        saved = desk.save_story(story.with_changes(headline=f"Latency {n}"), story.version,
                                analyse=False).story  # fmt: skip
        committed[saved.version] = commits[0]
        story = saved
        time.sleep(gap)
    desk.delete_story(story.id)
    latencies = []
    for line in listener.stdout:
        if line.startswith("{"):
            seen = json.loads(line)
            if seen["version"] in committed:
                latencies.append((seen["t"] - committed[seen["version"]]) * 1000)
    listener.wait(timeout=30)
    desk.close()
    return latencies


def report(name: str, samples: list[float], events: int) -> None:
    print(f"{name:<34} p50 {statistics.median(samples):7.1f} ms   p95 "
          f"{percentile(samples, 95):7.1f} ms   max {max(samples):7.1f} ms   "
          f"({len(samples)} of {events} events seen)")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", help="URL of a PostgreSQL database to write to")
    parser.add_argument("--sqlite", help="URL of a SQLite file to write to")
    parser.add_argument(
        "--start-postgres",
        action="store_true",
        help="start a throwaway PostgreSQL server (tests/pg.py)",
    )
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--gap", type=float, default=0.02, help="seconds between saves")
    parser.add_argument("--listen", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.listen:
        return listen(args.listen)
    server = None
    if args.start_postgres and not args.postgres:
        from tests.pg import PostgresServer

        server = PostgresServer()
        server.start()
        args.postgres = server.create_database()
    if not (args.postgres or args.sqlite):
        args.sqlite = f"sqlite:///{Path(tempfile.mkdtemp()) / 'latency.db'}"
    os.environ.setdefault("COPYDESK_DATA_DIR", tempfile.mkdtemp())
    print(f"Change-feed latency, commit in one process to arrival in another "
          f"({args.events} saves, {args.gap * 1000:.0f} ms apart)\n")  # fmt: skip
    try:
        if args.postgres:
            report("PostgreSQL (LISTEN/NOTIFY)", measure(args.postgres, args.events, args.gap),
                   args.events)  # fmt: skip
        if args.sqlite:
            report("SQLite (data_version, 250 ms)", measure(args.sqlite, args.events, args.gap),
                   args.events)  # fmt: skip
    finally:
        if server is not None:
            server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
