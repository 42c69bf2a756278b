"""Two real OS processes on one store: a window in its own process (tests/integration/
live_peer.py) and this one as another workstation. A save here shows in the other's list,
presence and the soft lock work both ways, and a take-over is recorded. How fast the list
follows (within a second on PostgreSQL through LISTEN/NOTIFY, two on SQLite through
data_version polling) is measured by benchmarks/live_latency.py, not asserted here: a timed
assertion fails on a busy machine while the product is right."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core.model import Story
from app.core.services import Desk

REPO = Path(__file__).resolve().parents[2]
SEEN_WITHIN = 20.0
"""Long enough for a loaded CI machine; latency itself is benchmarks/live_latency.py's."""


class Peer:
    """The other window: commands in, JSON events out (read on a thread, kept in order)."""

    def __init__(self, url: str, user: str, data_dir: Path) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COPYDESK_DATA_DIR=str(data_dir),
                   XDG_CONFIG_HOME=str(data_dir / "config"))  # fmt: skip
        env.pop("COPYDESK_DATABASE", None)
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.integration.live_peer", url, user],
            cwd=REPO,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.events: queue.Queue[dict] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            if line.startswith("{"):
                self.events.put(json.loads(line))

    def send(self, **order: object) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps(order) + "\n")
        self.process.stdin.flush()

    def wait_for(self, test: Callable[[dict], bool], timeout: float = 20.0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                err = self.process.stderr.read() if self.process.poll() is not None else ""
                raise AssertionError(f"the peer never reported it ({err[-2000:]})")
            try:
                event = self.events.get(timeout=left)
            except queue.Empty:
                continue
            if test(event):
                return event

    def ask(self, cmd: str, answer: str, **order: object) -> dict:
        self.send(cmd=cmd, **order)
        return self.wait_for(lambda e: e["event"] == answer)

    def close(self) -> None:
        if self.process.poll() is None:
            self.send(cmd="quit")
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def store(database_url: str) -> Iterator[tuple[str, str]]:
    desk = Desk.open(database_url, user="ana")  # creates the schema before the peer starts
    desk.close()
    backend = "postgresql" if database_url.startswith("postgresql") else "sqlite"
    yield database_url, backend


@pytest.fixture
def peer(store, tmp_path: Path) -> Iterator[Peer]:
    url, _backend = store
    other = Peer(url, "ben", tmp_path / "peer")
    try:
        ready = other.wait_for(lambda e: e["event"] == "ready", timeout=60)
        assert ready["live"], "the peer's live feed did not start"
        yield other
    finally:
        other.close()


@pytest.fixture
def ana(store) -> Iterator[Desk]:
    desk = Desk.open(store[0], user="ana")
    yield desk
    desk.close()


def test_a_save_here_shows_in_the_other_process_list(store, peer, ana) -> None:
    story = ana.create_story(Story(headline="First story", body="Text."), analyse=False)
    peer.wait_for(lambda e: e["event"] == "list" and "First story" in e["headlines"])
    for n in range(3):
        ana.save_story(ana.get_story(story.id).with_changes(headline=f"Saved {n}"),
                       analyse=False)  # fmt: skip
        peer.wait_for(lambda e, n=n: e["event"] == "list" and f"Saved {n}" in e["headlines"])


def test_presence_shows_both_ways(store, peer, ana) -> None:
    story = ana.create_story(Story(headline="Shared story", body="Text."), analyse=False)
    peer.wait_for(lambda e: e["event"] == "list" and "Shared story" in e["headlines"])
    peer.ask("open", "opened", slug=story.slug)
    deadline = time.monotonic() + SEEN_WITHIN
    while not any(p.user == "ben" for p in ana.presence(story.id)):
        assert time.monotonic() < deadline, "ana never saw ben in the story"
        time.sleep(0.05)
    ana.beat(story.id)
    event = peer.wait_for(
        lambda e: (
            e["event"] == "presence" and any(r["editing"] == "ana is editing" for r in e["rows"])
        )
    )
    assert event["rows"][0]["headline"] == "Shared story"
    state = peer.ask("state", "state")
    assert state["presence"] == "✎ ana is editing this story too."
    ana.leave()
    peer.wait_for(lambda e: e["event"] == "presence" and not any(r["editing"]
                                                                 for r in e["rows"]))  # fmt: skip


def test_the_soft_lock_and_a_recorded_take_over(store, peer, ana) -> None:
    story = ana.create_story(Story(headline="Claimed story", body="Text."), analyse=False)
    ana.claim(story.id)
    peer.wait_for(lambda e: e["event"] == "list" and "Claimed story" in e["headlines"])
    opened = peer.ask("open", "opened", slug=story.slug)
    assert opened["read_only"] and "ana has claimed this story" in opened["lock"]
    took = peer.ask("take_over", "took_over", reason="Ana is in a meeting; the story runs at six")
    assert not took["read_only"] and not took["lock"]
    assert ana.lock_of(story.id).user == "ben"
    last = ana.lock_history(story.id)[-1]
    assert (last.action, last.user, last.from_user, last.reason) == (
        "taken_over",
        "ben",
        "ana",
        "Ana is in a meeting; the story runs at six",
    )
