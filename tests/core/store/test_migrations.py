"""Alembic owns the schema: upgrades keep every row, back up first, newer schemas are refused."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from app.core import config
from app.core.errors import SchemaTooNewError
from app.core.model import Story
from app.core.services import Desk
from app.core.store.database import alembic_config, head_revision, open_store
from app.core.store.schema import Base
from tests.core.store.upgrading import upgrade_to


def test_upgrade_from_the_first_revision_keeps_every_row(database_url: str) -> None:
    upgrade_to(database_url, "0001")
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO stories (id, uid, slug, headline, dek, desk, status, keywords,"
                " language, body, words, version, created_at, updated_at)"
                " VALUES (7, 'u-7', 'old-story',"
                " 'Old headline', '', 'Metro', 'draft', '[]', 'en', 'Flood waters rose overnight.',"
                " 4, 3, '2025-01-02 03:04:05+00', '2025-01-02 03:04:05+00')"
            )
        )
        conn.execute(text("INSERT INTO people (id, name) VALUES (1, 'Ann Writer')"))
        conn.execute(
            text(
                "INSERT INTO credits (story_id, person_id, role, position)"
                " VALUES (7, 1, 'byline', 0)"
            )
        )
    engine.dispose()

    desk = Desk.open(database_url)
    try:
        assert desk.store.info.schema_version == head_revision()
        story = desk.get_story("old-story")
        assert (story.id, story.headline, story.version) == (7, "Old headline", 3)
        assert story.body == "Flood waters rose overnight."
        assert [c.name for c in story.credits] == ["Ann Writer"]
        # the full-text index added by a later migration covers rows that were already there
        assert [h.slug for h in desk.search("flood")] == ["old-story"]
    finally:
        desk.close()


def test_sqlite_upgrade_backs_the_file_up_first(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    upgrade_to(url, "0001")
    store = open_store(url)
    store.close()
    assert store.info.backup is not None
    assert store.info.backup.parent == config.backup_dir()
    with sqlite3.connect(store.info.backup) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)


def test_a_new_store_needs_no_backup(sqlite_url: str) -> None:
    store = open_store(sqlite_url)
    store.close()
    assert store.info.backup is None
    assert store.info.schema_version == head_revision()


def test_schema_module_matches_the_migrations(database_url: str) -> None:
    store = open_store(database_url)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        store.close()
    # FTS5 shadow tables and the PostgreSQL search column are created by hand in 0002
    diff = [d for d in diff if "stories_fts" not in str(d) and "search_vector" not in str(d)]
    assert diff == []


def test_an_older_app_refuses_to_write_to_a_newer_schema(database_url: str) -> None:
    desk = Desk.open(database_url)
    story = desk.create_story(Story(headline="Kept", body="Text."), analyse=False)
    desk.close()
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()

    desk = Desk.open(database_url)
    try:
        assert desk.store.info.read_only
        assert desk.get_story(story.slug).headline == "Kept"  # reading still works
        with pytest.raises(SchemaTooNewError) as caught:
            desk.save_story(desk.get_story(story.slug).with_changes(body="New"), analyse=False)
        assert "0099_future" in str(caught.value) and head_revision() in str(caught.value)
    finally:
        desk.close()


def test_the_fast_path_head_is_the_newest_migration() -> None:
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == head_revision()


def test_0013_rebuilds_the_search_index_of_a_store_made_before_stemming(database_url: str) -> None:
    """Stories stored under schema 0012 (no stemming) are found by their stems after the
    upgrade: the index is rebuilt from them, and new saves go through the same index."""
    upgrade_to(database_url, "0012")
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO stories (id, uid, slug, headline, dek, desk, status, keywords,"
                " language, body, words, version, created_at, updated_at, open_items)"
                " VALUES (3, 'u-3', 'old-ferries', 'Ferries return', '', 'Metro', 'draft', '[]',"
                " 'en', 'The night ferries run again.', 5, 1,"
                " '2025-01-02 03:04:05+00', '2025-01-02 03:04:05+00', 0)"
            )
        )
    with engine.connect() as conn:  # the old index: no stems
        if engine.dialect.name == "sqlite":
            q = "SELECT count(*) FROM stories_fts WHERE stories_fts MATCH 'ferry'"
        else:
            q = "SELECT count(*) FROM stories WHERE search_vector @@ 'ferry'::tsquery"
        assert conn.execute(text(q)).scalar() == 0
    engine.dispose()

    desk = Desk.open(database_url)
    try:
        assert desk.store.info.schema_version == head_revision() == "0013"
        assert [h.slug for h in desk.search("ferry ")] == ["old-ferries"]
        assert [h.slug for h in desk.search('"night ferry"')] == ["old-ferries"]
        assert [h.slug for h in desk.search("ferr")] == ["old-ferries"]
        desk.save_story(desk.get_story("old-ferries").with_changes(body="Buses replace them."))
        assert desk.search("night ") == []  # gone from the body, and from the index
        assert [h.slug for h in desk.search("replacing ")] == ["old-ferries"]
    finally:
        desk.close()
