"""The start-up reader serves exactly the pages the repository serves, or declines."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.core.model import SortKey, Story, StoryStatus
from app.core.services import Desk
from app.core.store.quick import QuickReader


def test_quick_pages_equal_the_repository_pages(any_desk: Desk, database_url: str) -> None:
    for i in range(12):
        any_desk.create_story(
            Story(
                headline=f"Story {i % 5}",
                body="word " * (i % 4 + 1),
                desk=("Metro", "World", "")[i % 3],
                status=(StoryStatus.DRAFT, StoryStatus.READY)[i % 2],
            ),
            analyse=False,
        )
    any_desk.delete_story(any_desk.list_stories(limit=1)[0].id)
    reader = QuickReader.try_open(database_url)
    assert reader is not None
    try:
        for trash in (False, True):
            assert reader.count(trash=trash) == any_desk.count_stories(trash=trash)
        assert reader.count(StoryStatus.READY, "Metro") == any_desk.count_stories(
            StoryStatus.READY, "Metro"
        )
        for key in SortKey:
            for descending in (False, True):
                expected = any_desk.list_stories(sort=key, descending=descending, offset=2, limit=5)
                got = reader.page(sort=key.value, descending=descending, offset=2, limit=5)
                assert got == expected, key
        assert reader.page(status=StoryStatus.DRAFT, desk="World") == any_desk.list_stories(
            status=StoryStatus.DRAFT, desk="World"
        )
        assert reader.desks() == any_desk.desks()
    finally:
        reader.close()


def test_quick_declines_what_the_full_path_must_handle(tmp_path: Path) -> None:
    assert QuickReader.try_open(f"sqlite:///{tmp_path / 'missing.db'}") is None
    old = tmp_path / "old.db"
    Desk.open(f"sqlite:///{old}").close()
    with sqlite3.connect(old) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert QuickReader.try_open(f"sqlite:///{old}") is None  # needs a migration first
    junk = tmp_path / "junk.db"
    junk.write_text("not a database")
    assert QuickReader.try_open(f"sqlite:///{junk}") is None
    assert QuickReader.try_open("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1") is None


def test_the_quick_reader_never_writes(sqlite_url: str, tmp_path: Path) -> None:
    Desk.open(sqlite_url).close()
    reader = QuickReader.try_open(sqlite_url)
    assert reader is not None
    try:
        reader._rows("CREATE TABLE x (a)")
        raise AssertionError("a read-only connection accepted a write")
    except sqlite3.OperationalError as exc:
        assert "readonly" in str(exc)
    finally:
        reader.close()


def test_file_names_with_url_characters_are_opened_as_named(tmp_path: Path) -> None:
    folder = tmp_path / "My#Docs"
    folder.mkdir()
    url = f"sqlite:///{folder / 'store.db'}"
    Desk.open(url).close()
    reader = QuickReader.try_open(url)
    assert reader is not None
    reader.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["My#Docs"]  # no stray "My" file
