"""A damaged store is noticed and said in one line: on open, before a backup, in the CLI."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.errors import StoreError
from app.core.model import Story
from app.core.services import Desk
from app.core.store.backup import backup, restore
from app.core.store.database import open_store


def _store_with_stories(path: Path, count: int = 150) -> None:
    desk = Desk.open(f"sqlite:///{path}", user="ed")
    for i in range(count):
        body = " ".join(f"Paragraph {i} word {w} of the council budget story." for w in range(60))
        desk.create_story(Story(headline=f"Story {i}", body=body), analyse=False)
    desk.close()
    with sqlite3.connect(path) as conn:  # everything into the main file, as after a quiet day
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _damage(path: Path, size: int = 8192) -> None:
    """8 KB of random bytes in the middle of the file, as the adversarial run did."""
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    rng = random.Random(12)
    data[middle : middle + size] = bytes(rng.randrange(256) for _ in range(size))
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    path = tmp_path / "store.db"
    _store_with_stories(path)
    _damage(path)
    return path


def test_opening_a_damaged_store_says_so_in_one_line(damaged: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(f"sqlite:///{damaged}")
    message = str(caught.value)
    assert "damaged" in message and "copydesk restore" in message
    assert "\n" not in message


def test_a_damaged_store_is_never_backed_up(damaged: Path, tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{damaged}", verify=False)
    try:
        with pytest.raises(StoreError, match=r"damaged.*Nothing was backed up"):
            backup(store, tmp_path / "copy.db")
    finally:
        store.close()
    assert not (tmp_path / "copy.db").exists()


def test_a_damaged_store_can_be_replaced_by_a_good_backup(tmp_path: Path) -> None:
    path = tmp_path / "store.db"
    _store_with_stories(path, 150)
    store = open_store(f"sqlite:///{path}")
    good = backup(store, tmp_path / "good.db")
    store.close()
    _damage(path)
    store = open_store(f"sqlite:///{path}", verify=False)
    safety = restore(store, good)
    assert safety.name.endswith("-damaged.db") and safety.exists()
    desk = Desk.open(f"sqlite:///{path}")
    assert desk.count_stories() == 150
    desk.close()


def test_the_cli_reports_a_damaged_store_in_one_line(damaged: Path) -> None:
    env = dict(os.environ, COPYDESK_DATABASE=f"sqlite:///{damaged}")
    for verb in (["list"], ["backup", str(damaged.with_name("b.db"))]):
        result = subprocess.run([sys.executable, "-m", "app", *verb], capture_output=True,
                                text=True, env=env, timeout=120)  # fmt: skip
        assert result.returncode == 2
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "damaged" in lines[0], result.stderr
