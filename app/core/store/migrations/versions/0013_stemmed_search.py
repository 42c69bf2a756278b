"""Full-text search with English stemming: "ferry" finds "ferries", "ran" does not find "run".

FTS5 gets the porter tokenizer over the same unicode61 tokenizer as before; PostgreSQL a text
search configuration of its own, `copydesk_search`: the Snowball English stemmer for every kind
of word, without a stop-word list (the stock 'english' configuration drops "the", "who" or "will",
so a phrase or a word that FTS5 finds would find nothing there). Both indexes are rebuilt from
the stories already stored. The stemmers differ (FTS5 porter is Porter's 1980 algorithm,
Snowball English its revision): the search tests list the words the two backends are held to.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

CONFIG = "copydesk_search"
"""The PostgreSQL text search configuration (app.core.store.search uses the same name)."""


def _fts5(tokenizer: str) -> list[str]:
    """Recreate the FTS5 table with `tokenizer` and index every stored story again (the
    triggers of 0002 name the table, so they serve the new one unchanged)."""
    return [
        "DROP TABLE IF EXISTS stories_fts",
        f"""CREATE VIRTUAL TABLE stories_fts USING fts5(
            slug, headline, dek, body,
            content='stories', content_rowid='id',
            tokenize='{tokenizer}'
        )""",
        "INSERT INTO stories_fts(stories_fts) VALUES ('rebuild')",
    ]


def _vector(config: str) -> list[str]:
    """Recreate the generated tsvector column with `config` (PostgreSQL before 17 cannot change
    a generated column's expression in place) and its GIN index."""
    return [
        "DROP INDEX IF EXISTS ix_stories_search",
        "ALTER TABLE stories DROP COLUMN IF EXISTS search_vector",
        f"""ALTER TABLE stories ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('{config}', coalesce(headline, '')), 'A') ||
            setweight(to_tsvector('{config}', coalesce(slug, '')), 'A') ||
            setweight(to_tsvector('{config}', coalesce(dek, '')), 'B') ||
            setweight(to_tsvector('{config}', coalesce(body, '')), 'D')
        ) STORED""",
        "CREATE INDEX ix_stories_search ON stories USING gin (search_vector)",
    ]


WORDS = "asciiword, word, asciihword, hword, hword_asciipart, hword_part"
"""Words of letters; words with digits ("b52s", "3rd") keep their 'simple' form."""

POSTGRES_CONFIG = [
    f"CREATE TEXT SEARCH DICTIONARY {CONFIG}_stem (TEMPLATE = snowball, LANGUAGE = english)",
    f"CREATE TEXT SEARCH CONFIGURATION {CONFIG} (COPY = simple)",
    f"ALTER TEXT SEARCH CONFIGURATION {CONFIG} ALTER MAPPING FOR {WORDS} WITH {CONFIG}_stem",
]


def _run(statements: list[str]) -> None:
    for statement in statements:
        op.execute(statement)


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(_fts5("porter unicode61 remove_diacritics 2"))
    elif dialect == "postgresql":
        _run(POSTGRES_CONFIG + _vector(CONFIG))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        _run(_fts5("unicode61 remove_diacritics 2"))
    elif dialect == "postgresql":
        _run(_vector("simple"))
        _run([f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {CONFIG}",
              f"DROP TEXT SEARCH DICTIONARY IF EXISTS {CONFIG}_stem"])  # fmt: skip
