"""The reliability scenarios for longer: `python benchmarks/soak.py --minutes N`, one table.

Runs tests/reliability's scenarios round after round on a SQLite file and on PostgreSQL (a
throwaway cluster of its own, or --postgres URL to a server where it may create databases)
until the time is up, then prints one table: kill -9 rounds and data lost; concurrent
same-story saves, imports, trash/restore and status changes (each either succeeds or gets a
version conflict; anything else is a failure); first starts in parallel; fuzzed imports with
the slowest input; worst-case analysis time per KB; corrupt, read-only and full stores; a
2 MB import while another workstation writes. Exit status 1 when any figure that must be zero
is not.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.reliability import harness
from tests.reliability.table import render


class PostgresDatabases:
    """New empty databases on a server: a throwaway cluster, or the one given."""

    def __init__(self, url: str | None) -> None:
        self.server = None
        self.base_url = url
        self.count = 0
        if url is None:
            from tests.pg import PostgresServer, find_pg_bin

            if find_pg_bin() is None:
                return
            self.server = PostgresServer()
            self.server.start()

    @property
    def available(self) -> bool:
        return self.server is not None or self.base_url is not None

    def new(self) -> str:
        if self.server is not None:
            return self.server.create_database()
        import psycopg
        from sqlalchemy import make_url

        assert self.base_url is not None
        self.count += 1
        url = make_url(self.base_url)
        name = f"soak_{os.getpid()}_{self.count}"
        admin = url.set(drivername="postgresql", database="postgres")
        with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return url.set(database=name).render_as_string(hide_password=False)

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--postgres", metavar="URL", help="a server to create databases on")
    parser.add_argument("--big-import-mb", type=int, default=2)
    args = parser.parse_args()
    deadline = time.monotonic() + args.minutes * 60
    rows: dict[tuple[str, str], harness.Figures] = {}
    postgres = PostgresDatabases(args.postgres)
    folder = Path(tempfile.mkdtemp(prefix="copydesk-soak-"))
    os.environ.setdefault("COPYDESK_DATA_DIR", str(folder / "userdata"))
    counter = iter(range(10**9))

    def sqlite() -> str:
        return f"sqlite:///{folder / f'soak-{next(counter)}.db'}"

    def keep(figures: harness.Figures) -> None:
        key = (figures.scenario, figures.backend)
        if key in rows:
            rows[key].merge(figures)
        else:
            rows[key] = figures
        print(
            f"  {figures.scenario} ({figures.backend}): {figures.operations} ops, "
            f"{len(figures.failures)} failures, {figures.lost} lost",
            file=sys.stderr,
        )

    def scratch() -> Path:
        return Path(tempfile.mkdtemp(dir=folder))

    backends: list[Callable[[], str]] = [sqlite]
    if postgres.available:
        backends.append(postgres.new)
    once = [
        lambda: harness.analysis_per_kb((5_000, 10_000, 20_000, 40_000)),
        *[lambda new=new: harness.import_while_writing(new(), args.big_import_mb * 1_000_000)
          for new in backends],
    ]  # fmt: skip
    rounds = [
        *[lambda new=new, r=r: harness.kill_rounds(new(), rounds=3, seed=r)
          for new in backends for r in range(1)],
        *[lambda new=new: harness.concurrent_saves(new(), 20) for new in backends],
        *[lambda new=new: harness.mixed_operations(new(), 8, 12) for new in backends],
        *[lambda new=new: harness.concurrent_imports(new(), 20) for new in backends],
        *[lambda new=new: harness.first_starts(new(), 18) for new in backends],
        lambda: harness.fuzz_imports(sqlite(), examples=100, seed=next(counter)),
        lambda: harness.corrupt_store(scratch()),
        lambda: harness.read_only_store(scratch()),
        lambda: harness.full_store(scratch()),
    ]  # fmt: skip
    started = time.monotonic()
    try:
        for scenario in once:
            keep(scenario())
        number = 0
        while number == 0 or time.monotonic() < deadline:
            number += 1
            print(f"round {number} ({(time.monotonic() - started) / 60:.1f} min)",
                  file=sys.stderr)  # fmt: skip
            for scenario in rounds:
                keep(scenario())
                if number > 1 and time.monotonic() >= deadline:
                    break
    finally:
        postgres.stop()
    minutes = (time.monotonic() - started) / 60
    print(f"Soak: {number} round(s) in {minutes:.1f} minutes"
          f"{'' if postgres.available else ' (no PostgreSQL: SQLite only)'}")  # fmt: skip
    print(render(rows.values()))
    bad = any(f.failures or f.lost for f in rows.values())
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
