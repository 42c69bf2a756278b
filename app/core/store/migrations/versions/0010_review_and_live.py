"""The desk works together: suggestions (body markup), comments with replies, assignee, status
change reasons, the change feed other windows follow, presence and soft locks.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

UTCDateTime = sa.DateTime(timezone=True)

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

LIVE = sa.text("deleted_at IS NULL")
NEW_SORT_COLUMNS = ("open_items", "assignee")


def upgrade() -> None:
    with op.batch_alter_table("stories") as batch:
        batch.add_column(sa.Column("body_markup", sa.Text))
        batch.add_column(sa.Column("assignee", sa.String(200)))
        batch.add_column(sa.Column("open_items", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("last_note_id", sa.Integer, nullable=False, server_default="0"))
    for column in NEW_SORT_COLUMNS:
        op.create_index(
            f"ix_stories_live_{column}",
            "stories",
            [column, "id"],
            sqlite_where=LIVE,
            postgresql_where=LIVE,
        )
    with op.batch_alter_table("status_changes") as batch:
        batch.add_column(sa.Column("reason", sa.Text))
    op.create_table(
        "comments",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("anchor_start", sa.Integer, nullable=False),
        sa.Column("anchor_end", sa.Integer, nullable=False),
        sa.Column("anchor_text", sa.Text, nullable=False),
        sa.Column("detached", sa.Boolean, nullable=False),
        sa.Column("resolved", sa.Boolean, nullable=False),
        sa.Column("resolved_by", sa.String(200)),
        sa.Column("resolved_at", UTCDateTime),
    )
    op.create_index("ix_comments_story", "comments", ["story_id", "number"], unique=True)
    op.create_table(
        "comment_replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "comment_id",
            sa.Integer,
            sa.ForeignKey("comments.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("created_at", UTCDateTime, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
    )
    op.create_index("ix_comment_replies_comment_id", "comment_replies", ["comment_id"])
    op.create_table(
        "story_events",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("story_id", sa.Integer),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("session", sa.String(64), nullable=False),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("version", sa.Integer),
        sa.Column("detail", sa.JSON),
    )
    op.create_index("ix_story_events_at", "story_events", ["at"])
    op.create_table(
        "presence",
        sa.Column("session_id", sa.String(64), primary_key=True),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("host", sa.String(200), nullable=False),
        sa.Column("story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="SET NULL")),
        sa.Column("since", UTCDateTime, nullable=False),
        sa.Column("seen_at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_presence_story_id", "presence", ["story_id"])
    op.create_table(
        "story_locks",
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("session_id", sa.String(64), nullable=False),
        sa.Column("since", UTCDateTime, nullable=False),
    )
    op.create_table(
        "lock_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("from_user", sa.String(200)),
        sa.Column("reason", sa.Text),
        sa.Column("at", UTCDateTime, nullable=False),
    )
    op.create_index("ix_lock_log_story_id", "lock_log", ["story_id"])


def downgrade() -> None:
    for table in (
        "lock_log",
        "story_locks",
        "presence",
        "story_events",
        "comment_replies",
        "comments",
    ):
        op.drop_table(table)
    with op.batch_alter_table("status_changes") as batch:
        batch.drop_column("reason")
    for column in NEW_SORT_COLUMNS:
        op.drop_index(f"ix_stories_live_{column}", table_name="stories")
    with op.batch_alter_table("stories") as batch:
        for column in ("last_note_id", "open_items", "assignee", "body_markup"):
            batch.drop_column(column)
