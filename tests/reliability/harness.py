"""Reliability scenarios, each in separate OS processes against a real SQLite file or the real
PostgreSQL server: what tests/reliability asserts and benchmarks/soak.py runs for longer.

Every scenario returns a `Figures` row: how many operations ran, how many succeeded, how many
got a version conflict, and everything else as failures (a "database is locked", a crash, an
error of more than one line), plus what a scenario measures of its own (data lost, the
slowest input, the longest wait). Child processes are forked from a parent that has already
imported the app (a spawn would pay the imports again in every child) and that holds no open
connection at the time. Each child freezes the heap it inherited (see `_child`), so it collects
garbage as a workstation of its own would, not over the test runner's objects.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import ConflictError, CopydeskError
from app.core.model import Credit, CreditRole, PublicationKind, Story, StoryStatus
from app.core.services import Desk

CTX = multiprocessing.get_context("fork")
STORY_TEXT = (
    "Harbour ferry talks resume\n\n"
    "SPRINGFIELD (Reuters) - Talks on the harbour ferry resumed on Tuesday, the council said.\n\n"
    '"We expect an answer this week," said Ana Ortiz, the harbour master.\n\n'
    "Reporting by Ana Ortiz; Editing by Bo Li\n"
)


@dataclass
class Figures:
    """One line of the reliability table."""

    scenario: str
    backend: str
    operations: int = 0
    succeeded: int = 0
    conflicts: int = 0
    failures: list[str] = field(default_factory=list)
    lost: int = 0
    notes: dict[str, float | int | str] = field(default_factory=dict)

    def add(self, outcome: str) -> None:
        self.operations += 1
        if outcome == "ok":
            self.succeeded += 1
        elif outcome == "conflict":
            self.conflicts += 1
        elif outcome != "unchanged":
            self.failures.append(outcome)

    def merge(self, other: Figures) -> None:
        self.operations += other.operations
        self.succeeded += other.succeeded
        self.conflicts += other.conflicts
        self.failures += other.failures
        self.lost += other.lost
        for key, value in other.notes.items():
            if isinstance(value, int | float) and isinstance(self.notes.get(key), int | float):
                if key.startswith(("max", "slowest", "worst", "longest")):
                    self.notes[key] = max(self.notes[key], value)  # type: ignore[type-var]
                else:
                    self.notes[key] = self.notes[key] + value  # type: ignore[operator]
            else:
                self.notes[key] = value


def outcome_of(exc: BaseException | None) -> str:
    """ "ok", "conflict", or the failure as text (any other error, or a message of two lines)."""
    if exc is None:
        return "ok"
    if isinstance(exc, ConflictError):
        return "conflict"
    message = str(exc)
    if isinstance(exc, CopydeskError) and "\n" not in message.strip():
        return f"{type(exc).__name__}: {message}"
    return f"CRASH {type(exc).__name__}: {message[:300]}"


def _run(action: Callable[[], object]) -> str:
    try:
        action()
    except BaseException as exc:
        return outcome_of(exc)
    return "ok"


def _children(target: Callable, args_list: list[tuple], timeout: float = 240) -> list[list[str]]:
    """Run `target(*args, queue)` in one process per args; each puts a list of outcomes."""
    queue = CTX.Queue()
    processes = [CTX.Process(target=_child, args=(target, args, queue)) for args in args_list]
    for process in processes:
        process.start()
    results: list[list[str]] = []
    deadline = time.monotonic() + timeout
    for _ in processes:
        try:
            results.append(queue.get(timeout=max(1.0, deadline - time.monotonic())))
        except Exception:
            results.append(["CRASH child gave no answer"])
    for process in processes:
        process.join(timeout=10)
        if process.is_alive():
            process.kill()
    return results


def _child(target: Callable, args: tuple, queue) -> None:
    # A child stands for another workstation, a process of its own. Forked from the test
    # runner, it inherits the runner's heap (millions of objects after the full suite), and its
    # collector's full collections would walk, and copy on write, all of it: in an instrumented
    # full-suite run the 2 MB importer paid two such collections of 4.3 s and 3.9 s, against
    # 0.1 s or less when the scenario runs alone. Freezing what was inherited (the remedy the
    # gc module documents for fork) leaves each child's collector its own objects only.
    gc.freeze()
    try:
        queue.put(target(*args))
    except BaseException as exc:
        queue.put([f"CRASH {type(exc).__name__}: {exc} {traceback.format_exc()[-500:]}"])


def backend_of(url: str) -> str:
    return "SQLite" if url.startswith("sqlite") else "PostgreSQL"


# -- concurrent same-story saves ------------------------------------------------------------------


def _save_at_once(url: str, story_id: int, barrier, number: int) -> list[str]:
    desk = Desk.open(url, user=f"w{number}")
    try:
        story = desk.get_story(story_id)
        barrier.wait(timeout=120)
        body = f"{story.body}\n\nEdit by workstation {number}."
        return [_run(lambda: desk.save_story(story.with_changes(body=body), analyse=False))]
    finally:
        desk.close()


def concurrent_saves(url: str, processes: int = 20) -> Figures:
    """`processes` workstations save the same version of one story at the same moment: one
    succeeds, the others get a conflict, and the winner's text is what is stored."""
    figures = Figures("concurrent same-story saves", backend_of(url))
    with _desk(url) as desk:
        story = desk.create_story(Story(headline="Ferry", body="Talks resumed.",
                                         credits=CREDITS), analyse=False)  # fmt: skip
    barrier = CTX.Barrier(processes)
    for outcomes in _children(_save_at_once, [(url, story.id, barrier, n)
                                              for n in range(processes)]):  # fmt: skip
        for outcome in outcomes:
            figures.add(outcome)
    with _desk(url) as desk:
        final = desk.get_story(story.id)
    if final.version != story.version + figures.succeeded:
        figures.lost += abs(final.version - (story.version + figures.succeeded))
    if figures.succeeded and not final.body.startswith("Talks resumed.\n\nEdit by workstation"):
        figures.lost += 1
    return figures


# -- mixed operations on one story: saves, trash and restore, status changes ----------------------


_FREE_STATUSES = (StoryStatus.DRAFT, StoryStatus.EDITING, StoryStatus.COPY_DESK, StoryStatus.READY)
"""Statuses a story moves between freely (publishing and killing have their own rules)."""


def _mixed_ops(url: str, story_id: int, rounds: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    desk = Desk.open(url, user=f"m{seed}")
    outcomes: list[str] = []
    try:
        for i in range(rounds):
            try:
                story = desk.get_story(story_id)
            except BaseException as exc:
                outcomes.append(outcome_of(exc))
                continue
            # What the window offers for the story as read: a published story's text is
            # locked (a correction reopens it); a kill is final, so none is made here.
            published = story.status is StoryStatus.PUBLISHED
            kinds = ["correct"] if published else ["save", "status", "publish"]
            kind = rng.choice([*kinds, "trash", "restore"])
            result: dict[str, object] = {}

            def act(kind=kind, story=story, result=result, i=i) -> None:
                if kind == "save":
                    body = f"{story.body.split(chr(10))[0]}\n\nEdit {seed}-{i}."
                    desk.save_story(story.with_changes(body=body), analyse=False)
                elif kind in ("status", "publish"):
                    status = (
                        StoryStatus.PUBLISHED
                        if kind == "publish"
                        else rng.choice([s for s in _FREE_STATUSES if s is not story.status])
                    )
                    desk.save_story(story.with_changes(status=status), reason="status",
                                    analyse=False)  # fmt: skip
                elif kind == "correct":
                    desk.correct(story_id, f"Correction {seed}-{i}.", story.version)
                else:
                    move = desk.delete_story if kind == "trash" else desk.restore_story
                    result["changed"] = move(story_id, story.version)

            outcome = _run(act)
            if outcome == "ok" and result.get("changed") is False:
                outcome = "unchanged"
            outcomes.append(f"{kind}:{outcome}")
    finally:
        desk.close()
    return outcomes


CREDITS = (Credit(CreditRole.REPORTING, "Ida Marrow"),)
"""Publishing passes the export gate, which refuses a story with no credit."""


def mixed_operations(url: str, processes: int = 8, rounds: int = 12) -> Figures:
    """Saves, trash/restore, status changes, publishing and corrections racing on one story.
    Each operation either succeeds (and raises the version by exactly one) or gets a conflict;
    at the end the version equals its start plus the successes, so no update was lost, and
    every publication recorded is numbered once, in order."""
    figures = Figures("concurrent saves, trash, status, publishing", backend_of(url))
    with _desk(url) as desk:
        story = desk.create_story(Story(headline="Ferry", body="Talks resumed.",
                                         credits=CREDITS), analyse=False)  # fmt: skip
    kinds: dict[str, int] = {}
    bumps = 0
    for outcomes in _children(_mixed_ops, [(url, story.id, rounds, n) for n in range(processes)]):
        for tagged in outcomes:
            kind, _, outcome = tagged.partition(":") if ":" in tagged[:8] else ("", "", tagged)
            figures.add(outcome)
            if outcome == "ok":
                bumps += 1
                kinds[kind] = kinds.get(kind, 0) + 1
    with _desk(url) as desk:
        final = desk.get_story(story.id)
        publications = desk.publications(story.id)
    figures.lost = abs(final.version - (story.version + bumps))
    # Each publish that succeeded is one publication, numbered 1, 2, ... with no gap or
    # repeat; each correction one correction record; at most one still open.
    numbers = [p.number for p in publications if p.is_out]
    figures.lost += abs(len(numbers) - kinds.get("publish", 0))
    figures.lost += numbers != list(range(1, len(numbers) + 1))
    corrections = [p for p in publications if p.kind is PublicationKind.CORRECTION]
    figures.lost += abs(len(corrections) - kinds.get("correct", 0))
    figures.lost += sum(not p.is_out for p in publications) > 1
    figures.notes.update({f"{k} ok": v for k, v in sorted(kinds.items())})
    return figures


# -- concurrent imports of one file ----------------------------------------------------------------


def _import_once(url: str, path: str, barrier, number: int) -> list[str]:
    desk = Desk.open(url, user=f"i{number}")
    try:
        barrier.wait(timeout=120)
        return [_run(lambda: desk.import_file(Path(path)))]
    finally:
        desk.close()


def concurrent_imports(url: str, processes: int = 20) -> Figures:
    figures = Figures("concurrent imports of one file", backend_of(url))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ferry.txt"
        path.write_text(STORY_TEXT, encoding="utf-8")
        with _desk(url) as desk:
            before = desk.count_stories()
        barrier = CTX.Barrier(processes)
        for outcomes in _children(_import_once, [(url, str(path), barrier, n)
                                                 for n in range(processes)]):  # fmt: skip
            for outcome in outcomes:
                figures.add(outcome)
        with _desk(url) as desk:
            stored = desk.count_stories() - before
    figures.lost = abs(stored - figures.succeeded)
    return figures


# -- first starts on a new store -----------------------------------------------------------------


def _first_start(url: str, barrier) -> list[str]:
    barrier.wait(timeout=120)
    return [_run(lambda: Desk.open(url).close())]


def first_starts(url: str, processes: int = 18) -> Figures:
    """`processes` workstations start together on a store nobody has created yet."""
    figures = Figures("first starts in parallel", backend_of(url))
    barrier = CTX.Barrier(processes)
    for outcomes in _children(_first_start, [(url, barrier) for _ in range(processes)]):
        for outcome in outcomes:
            figures.add(outcome)
    with _desk(url) as desk:
        figures.notes["schema"] = desk.info.schema_version
    return figures


# -- kill -9 during saves, imports and backups ----------------------------------------------------


def _busy_until_killed(url: str, story_id: int, log: str, folder: str, seed: int) -> None:
    """Saves, imports and (SQLite) backups in a loop; each one is logged only once it has
    returned, so whatever the log holds was reported to the user as done."""
    rng = random.Random(seed)
    desk = Desk.open(url, user=f"k{seed}")
    sqlite = url.startswith("sqlite")
    with open(log, "a", encoding="utf-8") as out:

        def note(entry: dict) -> None:
            out.write(json.dumps(entry) + "\n")
            out.flush()
            os.fsync(out.fileno())

        for i in range(100_000):
            roll = rng.random()
            try:
                if roll < 0.15:
                    path = Path(folder) / f"in-{seed}-{i}.txt"
                    path.write_text(STORY_TEXT.replace("Tuesday", f"day {seed}-{i}"), "utf-8")
                    outcome = desk.import_file(path)
                    note({"import": outcome.story.slug})
                elif roll < 0.22 and sqlite:
                    from app.core.store.backup import backup

                    target = backup(desk.store, Path(folder) / f"backup-{seed}-{i}.db")
                    note({"backup": str(target)})
                else:
                    story = desk.get_story(story_id)
                    body = f"Talks resumed.\n\nSaved {seed}-{i}: " + "word " * rng.randrange(80)
                    saved = desk.save_story(story.with_changes(body=body), analyse=False).story
                    note({"save": hashlib.sha1(body.encode()).hexdigest(),
                          "version": saved.version})  # fmt: skip
            except ConflictError:
                continue


def kill_rounds(url: str, rounds: int = 10, seed: int = 0) -> Figures:
    """`rounds` times: a workstation saves, imports and backs up, and is killed with SIGKILL at
    a random moment. Then every save, import and backup it had reported done must be there
    (intact for a backup), and the store must pass its integrity check."""
    figures = Figures("kill -9 rounds", backend_of(url))
    rng = random.Random(seed)
    with _desk(url) as desk:
        story = desk.create_story(Story(headline="Ferry", body="Talks resumed.",
                                         credits=CREDITS), analyse=False)  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        log = Path(folder) / "done.jsonl"
        for number in range(rounds):
            process = CTX.Process(
                target=_busy_until_killed,
                args=(url, story.id, str(log), folder, seed * 1000 + number),
            )
            process.start()
            time.sleep(rng.uniform(0.6, 2.0))
            os.kill(process.pid, signal.SIGKILL)
            process.join()
            figures.operations += 1
            figures.succeeded += int(process.exitcode == -signal.SIGKILL)
            outcome = _run(lambda: _desk_check(url))
            if outcome != "ok":
                figures.failures.append(f"after kill {number}: {outcome}")
        reported = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
        figures.notes["reported done"] = len(reported)
        figures.lost = _missing(url, story.id, reported)
    return figures


def _desk_check(url: str) -> None:
    with _desk(url) as desk:
        desk.count_stories()


def _missing(url: str, story_id: int, reported: list[dict]) -> int:
    from app.core.store.backup import check_backup_file

    lost = 0
    with _desk(url) as desk:
        bodies = {hashlib.sha1(r.body.encode()).hexdigest() for r in desk.revisions(story_id)}
        bodies.add(hashlib.sha1(desk.get_story(story_id).body.encode()).hexdigest())
        for entry in reported:
            if "save" in entry and entry["save"] not in bodies:
                lost += 1
            elif "import" in entry:
                try:
                    desk.get_story(entry["import"])
                except CopydeskError:
                    lost += 1
            elif "backup" in entry:
                try:
                    check_backup_file(Path(entry["backup"]))
                except CopydeskError:
                    lost += 1
    return lost


# -- stores in a bad state: corrupt, read-only, full --------------------------------------------


def _one_line(result: subprocess.CompletedProcess) -> str:
    lines = result.stderr.strip().splitlines()
    if result.returncode == 0:
        return "ok"
    if result.returncode == 2 and len(lines) == 1 and lines[0].startswith("copydesk:"):
        return f"refused: {lines[0]}"
    return f"CRASH exit {result.returncode}: {result.stderr[-300:]}"


PAGE_LIMIT = """
import sys
import app.core.store.database as database
_connect = database._on_sqlite_connect
def _limited(connection, record):
    _connect(connection, record)
    connection.execute("PRAGMA max_page_count=400")  # about 1.6 MB: a disk that fills up
database._on_sqlite_connect = _limited
from app.__main__ import main
sys.argv = ["copydesk", *sys.argv[1:]]
sys.exit(main())
"""
"""Runs the CLI with SQLite's page limit standing in for a full disk (when no tmpfs can be
mounted); the app itself has no such switch."""


def cli(url: str, *args: str, cwd: Path | None = None, env: dict | None = None,
        page_limit: bool = False):  # fmt: skip
    import sys

    environment = dict(os.environ, COPYDESK_DATABASE=url, **(env or {}))
    program = ["-c", PAGE_LIMIT] if page_limit else ["-m", "app"]
    return subprocess.run([sys.executable, *program, *args], capture_output=True, text=True,
                          env=environment, cwd=cwd, timeout=180)  # fmt: skip


def corrupt_store(folder: Path) -> Figures:
    """8 KB of random bytes in the middle of a store: every command says so in one line."""
    figures = Figures("corrupt store: one-line refusal", "SQLite")
    path = folder / "corrupt.db"
    with _desk(f"sqlite:///{path}") as desk:
        for i in range(120):
            desk.create_story(Story(headline=f"Story {i}", body="Budget talk. " * 300),
                              analyse=False)  # fmt: skip
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 8192] = random.Random(7).randbytes(8192)
    path.write_bytes(bytes(data))
    url = f"sqlite:///{path}"
    for verb in (["list"], ["show", "story-1"], ["list", "--search", "budget"],
                 ["backup", str(folder / "copy.db")]):  # fmt: skip
        outcome = _one_line(cli(url, *verb, cwd=folder))
        figures.operations += 1
        if outcome.startswith("refused") and "damaged" in outcome:
            figures.succeeded += 1
        else:
            figures.failures.append(f"{verb[0]}: {outcome}")
    return figures


def read_only_store(folder: Path) -> Figures:
    """A store whose file and folder are read-only, read by a process without the root
    capabilities that ignore file modes: list, show, search and export all work."""
    figures = Figures("read-only store: reads work", "SQLite")
    store = folder / "ro"
    store.mkdir()
    path = store / "copydesk.db"
    with _desk(f"sqlite:///{path}") as desk:
        desk.create_story(Story(headline="Council budget", slug="council-budget",
                                body="The harbour budget passed."), analyse=False)  # fmt: skip
    path.chmod(0o444)
    store.chmod(0o555)
    drop = ["setpriv", "--inh-caps=-dac_override,-dac_read_search",
            "--bounding-set=-dac_override,-dac_read_search", "--"]  # fmt: skip
    import sys

    try:
        for verb in (["list"], ["show", "council-budget"], ["list", "--search", "harbour"],
                     ["export", "council-budget", "--format", "text", "--out", "out/",
                      "--override-reason", "archive"]):  # fmt: skip
            env = dict(os.environ, COPYDESK_DATABASE=f"sqlite:///{path}")
            command = [*(drop if os.geteuid() == 0 else []), sys.executable, "-m", "app", *verb]
            result = subprocess.run(command, capture_output=True, text=True, env=env,
                                    cwd=folder, timeout=180)  # fmt: skip
            figures.add("ok" if result.returncode == 0 else _one_line(result))
    finally:
        store.chmod(0o755)
        path.chmod(0o644)
    return figures


@contextlib.contextmanager
def _small_disk(folder: Path, size: str = "1m") -> Iterator[tuple[Path, dict]]:
    """A tiny tmpfs when mounts are allowed; else SQLite's own page limit does the filling."""
    mount = folder / "small"
    mount.mkdir()
    mounted = (
        os.geteuid() == 0
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True
        ).returncode
        == 0
    )
    try:
        yield mount, {"how": "tmpfs of " + size if mounted else "PRAGMA max_page_count"}
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], capture_output=True)


def full_store(folder: Path) -> Figures:
    """Imports into a store on a full disk: refused in one line, and what was stored before
    is intact."""
    figures = Figures("full disk: one-line refusal, nothing lost", "SQLite")
    with _small_disk(folder, "2m") as (disk, how):
        figures.notes.update(how)
        path = disk / "copydesk.db"
        url = f"sqlite:///{path}"
        env = {"COPYDESK_DATA_DIR": str(folder / "userdata")}
        wrapper = how["how"].startswith("PRAGMA")
        big = folder / "big.txt"
        rng = random.Random(3)
        big.write_text(
            "Big story\n\n"
            + "\n\n".join(
                " ".join(f"w{rng.randrange(10**9)}" for _ in range(60)) for _ in range(400)
            )
        )
        if not wrapper:  # room to give back once the disk has filled (_read_on_a_full_disk)
            (disk / "reserve").write_bytes(b"\0" * 128 * 1024)
        first = cli(url, "import", str(big), cwd=folder, env=env, page_limit=wrapper)
        stored = 1 if first.returncode == 0 else 0
        refused = ""
        for _ in range(20):
            result = cli(url, "import", str(big), cwd=folder, env=env, page_limit=wrapper)
            if result.returncode == 0:
                stored += 1
                continue
            refused = _one_line(result)
            break
        figures.operations = stored + 1
        figures.succeeded = stored
        if "full" not in refused:
            figures.failures.append(f"never refused as full: {refused or 'all imports stored'}")
        listed = cli(url, "list", "--json", cwd=folder, env=env)
        if listed.returncode != 0 or len(json.loads(listed.stdout or "[]")) != stored:
            figures.lost += 1
        figures.notes["stored before full"] = stored
        if not wrapper:
            _read_on_a_full_disk(disk, url, folder, env, figures)
    return figures


def _read_on_a_full_disk(disk: Path, url: str, folder: Path, env: dict, figures: Figures) -> None:
    """With not a byte left, the store is still read: list, search, show and export work, a
    write is refused in one line, and with space freed it writes."""
    filler = disk / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as handle:
        while True:
            handle.write(b"\0" * 4096)
    slug = json.loads(cli(url, "list", "--json", cwd=folder, env=env).stdout or "[{}]")[0]
    for verb in (["list"], ["list", "--search", "big"], ["show", str(slug.get("slug"))],
                 ["export", str(slug.get("slug")), "--format", "text", "--out", "full-out.txt",
                  "--override-reason", "archive"]):  # fmt: skip
        figures.operations += 1
        result = cli(url, *verb, cwd=folder, env=env)
        if result.returncode == 0:
            figures.succeeded += 1
        else:
            figures.failures.append(f"{verb[0]} on a full disk: {_one_line(result)}")
    refused = cli(url, "import", str(folder / "big.txt"), cwd=folder, env=env)
    if refused.returncode == 0 or "full" not in _one_line(refused):
        figures.failures.append(f"a write on a full disk: {_one_line(refused)}")
    filler.unlink()
    (disk / "reserve").unlink()
    small = folder / "small.txt"
    small.write_text("Pier reopens\n\nThe pier reopened on Monday.\n", encoding="utf-8")
    freed = cli(url, "import", str(small), cwd=folder, env=env)
    figures.operations += 1
    if freed.returncode == 0:
        figures.succeeded += 1
    else:
        figures.failures.append(f"import with space freed: {_one_line(freed)}")


@contextlib.contextmanager
def _desk(url: str) -> Iterator[Desk]:
    desk = Desk.open(url, user="harness")
    try:
        yield desk
    finally:
        desk.close()


# -- a large import while other workstations write -----------------------------------------------


def prose(size: int) -> str:
    """About `size` bytes of wire copy: varied paragraphs with a quote in some."""
    rng = random.Random(size)
    words = ("council", "harbour", "ferry", "budget", "talks", "mayor", "vote", "service",
             "workers", "union", "week", "plan", "money", "city", "route", "night")  # fmt: skip
    parts = ["Harbour ferry talks drag on", ""]
    total = 0
    i = 0
    while total < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randrange(12, 30))).capitalize()
        if i % 4 == 0:
            sentence = f'"{sentence}," said Ana Ortiz, the harbour master, on day {i}.'
        else:
            sentence = f"{sentence} on day {i}."
        parts += [sentence, ""]
        total += len(sentence) + 2
        i += 1
    return "\n".join(parts)


@contextlib.contextmanager
def _collector_pauses() -> Iterator[list[float]]:
    """The duration of every garbage collection in this process while the block runs: the
    longest is printed beside the longest wait, so a pause of the collector is told apart from
    a wait for the other workstation's write."""
    pauses: list[float] = []
    started: list[float] = [0.0]

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            pauses.append(time.perf_counter() - started[0])

    gc.callbacks.append(note)
    try:
        yield pauses
    finally:
        gc.callbacks.remove(note)


def _write_while(url: str, story_id: int, stop_file: str) -> list[str]:
    """Small saves of another story until the import is done; each wait is timed."""
    desk = Desk.open(url, user="writer")
    outcomes: list[str] = []
    waits: list[float] = []
    try:
        with _collector_pauses() as pauses:
            i = 0
            while not Path(stop_file).exists() and i < 10_000:
                story = desk.get_story(story_id)
                started = time.perf_counter()
                outcomes.append(_run(lambda story=story, i=i: desk.save_story(
                    story.with_changes(body=f"Edit {i}."), analyse=False)))  # fmt: skip
                waits.append(time.perf_counter() - started)
                i += 1
                time.sleep(0.02)
    finally:
        desk.close()
    return [*outcomes, f"note:longest wait {max(waits, default=0.0):.3f}",
            f"note:longest collector pause {max(pauses, default=0.0):.3f}"]  # fmt: skip


def _import_big(url: str, path: str, stop_file: str) -> list[str]:
    desk = Desk.open(url, user="importer")
    try:
        with _collector_pauses() as pauses:
            started = time.perf_counter()
            outcome = _run(lambda: desk.import_file(Path(path)))
            took = time.perf_counter() - started
    finally:
        desk.close()
        Path(stop_file).touch()
    return [outcome, f"note:import seconds {took:.1f}",
            f"note:longest collector pause {max(pauses, default=0.0):.3f}"]  # fmt: skip


def import_while_writing(url: str, size: int = 2_000_000) -> Figures:
    """A 2 MB import in one process while another saves a different story over and over:
    the saves go on (each waits for the import's write only briefly) and nothing fails."""
    figures = Figures(f"{size // 1_000_000} MB import while others write", backend_of(url))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.txt"
        path.write_text(prose(size), encoding="utf-8")
        stop = str(Path(folder) / "done")
        with _desk(url) as desk:
            other = desk.create_story(Story(headline="Other", body="Start."), analyse=False)
        queue = CTX.Queue()
        writer = CTX.Process(target=_child, args=(_write_while, (url, other.id, stop), queue))
        importer = CTX.Process(target=_child, args=(_import_big, (url, str(path), stop), queue))
        writer.start()
        time.sleep(0.5)
        importer.start()
        results = [queue.get(timeout=600), queue.get(timeout=600)]
        for process in (writer, importer):
            process.join(timeout=30)
    for outcomes in results:
        for outcome in outcomes:
            if outcome.startswith("note:"):
                key, _, value = outcome[5:].rpartition(" ")
                figures.notes[key] = max(float(value), figures.notes.get(key, 0.0))
            else:
                figures.add(outcome)
    return figures


# -- fuzzed imports and the worst analysis time ----------------------------------------------------


def analysis_per_kb(sizes: tuple[int, ...] = (10_000, 20_000, 40_000)) -> Figures:
    """Analysis time of adversarial copy (many short paragraphs, many quotes per paragraph),
    in milliseconds per KB; the worst of the sizes is the table's figure."""
    from app.core.analysis.engine import analyze
    from tests.reliability.adversarial import adversarial_text

    figures = Figures("worst-case analysis time per KB", "core")
    analyze('Warm up: "Yes," he said.')  # the first call loads the engine's tables
    per_size: dict[str, float] = {}
    for size in sizes:
        text = adversarial_text(size)
        started = time.perf_counter()
        figures.add(_run(lambda text=text: analyze(text)))
        per_kb = (time.perf_counter() - started) * 1000 / (len(text.encode()) / 1024)
        per_size[f"ms/KB at {size // 1000} KB"] = round(per_kb, 2)
    figures.notes["worst ms/KB"] = max(per_size.values())
    figures.notes.update(per_size)
    return figures


def _fuzz_inputs():
    from hypothesis import strategies as st

    text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=2000)
    html = st.builds(
        lambda title, paragraphs, junk: (
            f"<!DOCTYPE html{junk}><html><head><title>{title}</title></head><body>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"
        ),
        text, st.lists(text, max_size=8),
        st.sampled_from(["", " [ <!ENTITY x 'y'> ]", "><!--"]),
    )  # fmt: skip
    ninjs = st.recursive(
        st.none() | st.booleans() | st.integers() | text,
        lambda children: st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["headline", "body_text", "body_html", "byline",
                                           "headlines", "value", "role", "uri", "keywords"])
                          | text, children, max_size=5),
        max_leaves=12,
    )  # fmt: skip
    quotes = st.lists(st.sampled_from(['"Yes," he said,', '"No," she said.', "\n\n", "Then",
                                       "\u202e", "Ng said.", "\u00ad"]),
                      max_size=200).map(" ".join)  # fmt: skip
    return st.one_of(
        st.tuples(st.just("story.txt"), text),
        st.tuples(st.just("story.txt"), quotes),
        st.tuples(st.just("story.md"), text.map(lambda t: f"---\nheadline: {t[:40]}\n---\n{t}")),
        st.tuples(st.just("page.html"), html),
        st.tuples(st.just("item.json"), ninjs.map(json.dumps)),
        st.tuples(st.just("raw.bin"), st.binary(max_size=2000).map(lambda b: b.decode("latin-1"))),
    )


def fuzz_imports(url: str, examples: int = 120, seed: int | None = None) -> Figures:
    """Imports of generated copy of every kind: each is stored or refused in one line; the
    slowest input is noted."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import seed as fix_seed

    figures = Figures("fuzzed imports (hypothesis)", backend_of(url))
    desk = Desk.open(url, user="fuzz")

    @settings(max_examples=examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(case=_fuzz_inputs())
    def one(case) -> None:
        name, text = case
        started = time.perf_counter()
        outcome = _run(lambda: desk.import_text(text, name))
        took = time.perf_counter() - started
        if outcome.startswith(("InputError", "NotFoundError")):
            outcome = "refused"
        figures.operations += 1
        figures.succeeded += outcome in ("ok", "refused")
        if outcome not in ("ok", "refused"):
            figures.failures.append(f"{name}: {outcome}")
        if took > float(figures.notes.get("slowest s", 0.0)):
            figures.notes["slowest s"] = round(took, 3)
            figures.notes["slowest input"] = f"{name} of {len(text)} chars"

    try:
        (fix_seed(seed)(one) if seed is not None else one)()
    finally:
        desk.close()
    return figures
