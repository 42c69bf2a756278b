"""Databases a user can meet in a bad state give a sentence to act on, and lose nothing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from app.core.errors import StoreError
from app.core.model import Story
from app.core.services import Desk
from app.core.store.database import open_store


def test_a_bad_url_is_explained() -> None:
    with pytest.raises(StoreError, match="not a database URL"):
        open_store("not a url at all")
    with pytest.raises(StoreError, match="SQLite and PostgreSQL"):
        open_store("mysql://x@localhost/db")


def test_a_mistyped_folder_is_refused_not_created(tmp_path: Path) -> None:
    """A typo in --database used to create the folders and a new, empty store without a word."""
    missing = tmp_path / "typo" / "dir"
    with pytest.raises(StoreError, match="does not exist") as caught:
        open_store(f"sqlite:///{missing / 'x.db'}")
    assert str(missing) in str(caught.value)
    assert "\n" not in str(caught.value)  # one line, as the CLI prints it
    assert not (tmp_path / "typo").exists()


def test_the_default_data_folder_is_still_created_on_first_run(tmp_path: Path) -> None:
    data = Path(os.environ["COPYDESK_DATA_DIR"])  # the per-test folder conftest names
    assert not data.exists()
    store = open_store()
    try:
        assert (data / "copydesk.db").is_file()
    finally:
        store.close()


def test_an_unreachable_server_is_explained() -> None:
    with pytest.raises(StoreError, match="Cannot reach the database server") as caught:
        open_store("postgresql://nobody@127.0.0.1:1/none?connect_timeout=2")
    assert "\n" not in str(caught.value)  # one line, as the CLI prints it


def test_a_locked_database_is_explained_and_the_text_kept(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'locked.db'}"
    desk = Desk.open(url, user="ed")
    story = desk.create_story(Story(headline="Locked", body="Before."), analyse=False)
    blocker = sqlite3.connect(tmp_path / "locked.db", timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        # a short wait keeps the test quick; the app itself waits 5 s before giving up
        short_wait = "PRAGMA busy_timeout=100"
        event.listen(desk.store.engine, "connect", lambda c, _r: c.execute(short_wait))
        desk.store.engine.pool.dispose()
        with pytest.raises(StoreError, match="locked") as caught:
            desk.save_story(story.with_changes(body="After."), analyse=False)
        assert "nothing you typed was lost" in str(caught.value)
    finally:
        blocker.rollback()
        blocker.close()
    assert desk.get_story(story.id).body == "Before."
    desk.close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_a_read_only_file_is_explained(tmp_path: Path) -> None:  # pragma: no cover - non-root
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    Desk.open(url).close()
    os.chmod(tmp_path / "ro.db", 0o444)
    desk = Desk.open(url)
    with pytest.raises(StoreError, match="read-only"):
        desk.create_story(Story(headline="x"), analyse=False)


def test_a_read_only_database_is_explained(tmp_path: Path) -> None:
    """Root ignores file modes, so the read-only case is made with SQLite's query_only pragma."""
    url = f"sqlite:///{tmp_path / 'ro.db'}"
    desk = Desk.open(url)
    event.listen(desk.store.engine, "connect", lambda c, _r: c.execute("PRAGMA query_only=1"))
    desk.store.engine.pool.dispose()
    with pytest.raises(StoreError, match="read-only"):
        desk.create_story(Story(headline="x"), analyse=False)
    desk.close()


def test_a_disk_io_error_says_what_to_check(tmp_path: Path) -> None:
    """SQLite's whole message on a disk with no room for the write-ahead log's files (even for
    a read) is "disk I/O error"; it used to reach the user as "Database error: disk I/O error".
    (A really full disk is named as one: shown with a 2 MB tmpfs, which needs root.)"""
    from app.core.store.database import explain_database_error

    url = f"sqlite:///{tmp_path / 'desk.db'}"
    message = explain_database_error(sqlite3.OperationalError("disk I/O error"), url)
    assert not message.startswith("Database error")
    assert "free space" in message and "nothing stored was lost" in message
    assert "\n" not in message


def test_a_store_on_a_full_disk_is_opened_to_read(tmp_path: Path) -> None:
    """Round 29: a store closed cleanly, then its disk filled by something else, refused every
    command, reads included (SQLite creates the write-ahead log's files even to read). It opens
    read-only now, says so when asked to write, and writes again once space is freed."""
    from tests.reliability.harness import _small_disk

    with _small_disk(tmp_path, "2m") as (disk, how):
        if not how["how"].startswith("tmpfs"):
            pytest.skip("needs a tmpfs mount (root) to fill a real disk")
        url = f"sqlite:///{disk / 'copydesk.db'}"
        desk = Desk.open(url, user="ed")
        desk.create_story(Story(headline="Pier reopens", body="The pier reopened."))
        desk.close()
        assert sorted(p.name for p in disk.iterdir()) == ["copydesk.db"]
        filler = disk / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            while True:
                handle.write(b"\0" * 4096)
        desk = Desk.open(url, user="ed")
        try:
            [story] = desk.list_stories()
            assert desk.get_story(story.slug).body.startswith("The pier reopened")
            with pytest.raises(StoreError, match="is full, so it was opened read-only"):
                desk.create_story(Story(headline="More", body="Text."))
        finally:
            desk.close()
        filler.unlink()
        desk = Desk.open(url, user="ed")
        desk.create_story(Story(headline="More", body="Text."))
        assert len(desk.list_stories()) == 2
        desk.close()
