"""Story-list indexes over live stories only, one per sort column with the id tiebreak.

PostgreSQL does not treat `deleted_at IS NULL` as fixing the first column of a
(deleted_at, column) index, so it sorted the whole table for every first page (40 ms at
100,000 stories). Partial indexes on (column, id) WHERE deleted_at IS NULL serve the list's
`ORDER BY column, id` directly on both backends, and count(*) from the smallest of them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SORT_COLUMNS = ("slug", "headline", "status", "desk", "words", "updated_at", "updated_by")
OLD = {
    "ix_stories_list": ["deleted_at", "updated_at"],
    "ix_stories_status": ["status"],
    "ix_stories_desk": ["desk"],
    "ix_stories_headline": ["headline"],
    "ix_stories_words": ["words"],
    "ix_stories_updated_by": ["updated_by"],
}
LIVE = sa.text("deleted_at IS NULL")


def upgrade() -> None:
    for name in OLD:
        op.drop_index(name, table_name="stories")
    for column in SORT_COLUMNS:
        op.create_index(
            f"ix_stories_live_{column}",
            "stories",
            [column, "id"],
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        )
    op.create_index("ix_stories_deleted_at", "stories", ["deleted_at"])


def downgrade() -> None:
    op.drop_index("ix_stories_deleted_at", table_name="stories")
    for column in SORT_COLUMNS:
        op.drop_index(f"ix_stories_live_{column}", table_name="stories")
    for name, columns in OLD.items():
        op.create_index(name, "stories", columns)
