"""Full-text search over slug, headline, dek and body: FTS5 on SQLite, tsvector + GIN on PostgreSQL.

Both use no stemming (FTS5 unicode61, PostgreSQL's 'simple' configuration) so that a plain word
finds the same stories on either backend. Sources' private fields are never indexed.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE stories_fts USING fts5(
        slug, headline, dek, body,
        content='stories', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER stories_fts_insert AFTER INSERT ON stories BEGIN
        INSERT INTO stories_fts(rowid, slug, headline, dek, body)
        VALUES (new.id, new.slug, new.headline, new.dek, new.body);
    END""",
    """CREATE TRIGGER stories_fts_delete AFTER DELETE ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, slug, headline, dek, body)
        VALUES ('delete', old.id, old.slug, old.headline, old.dek, old.body);
    END""",
    # Only a change to indexed text re-indexes: status and version bumps stay cheap.
    """CREATE TRIGGER stories_fts_update AFTER UPDATE OF slug, headline, dek, body ON stories BEGIN
        INSERT INTO stories_fts(stories_fts, rowid, slug, headline, dek, body)
        VALUES ('delete', old.id, old.slug, old.headline, old.dek, old.body);
        INSERT INTO stories_fts(rowid, slug, headline, dek, body)
        VALUES (new.id, new.slug, new.headline, new.dek, new.body);
    END""",
    "INSERT INTO stories_fts(stories_fts) VALUES ('rebuild')",
]

SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS stories_fts_update",
    "DROP TRIGGER IF EXISTS stories_fts_delete",
    "DROP TRIGGER IF EXISTS stories_fts_insert",
    "DROP TABLE IF EXISTS stories_fts",
]

POSTGRES_UP = [
    """ALTER TABLE stories ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', coalesce(headline, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(slug, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(dek, '')), 'B') ||
        setweight(to_tsvector('simple', coalesce(body, '')), 'D')
    ) STORED""",
    "CREATE INDEX ix_stories_search ON stories USING gin (search_vector)",
]

POSTGRES_DOWN = [
    "DROP INDEX IF EXISTS ix_stories_search",
    "ALTER TABLE stories DROP COLUMN IF EXISTS search_vector",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_UP)
    elif dialect == "postgresql":
        _run(POSTGRES_UP)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(SQLITE_DOWN)
    elif dialect == "postgresql":
        _run(POSTGRES_DOWN)
