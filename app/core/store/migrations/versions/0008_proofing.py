"""Proofing: the newsroom dictionary, stylebook rule edits, desk settings, words ignored in a
story, and the archive's index of names.

The name index starts empty; `copydesk dictionary rebuild-names` fills it from the stories
already stored (every save keeps it up to date afterwards).

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "newsroom_words",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("word", sa.String(100), nullable=False, unique=True),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("added_at", TS, nullable=False),
    )
    op.create_table(
        "style_rules",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scope", sa.String(100), nullable=False),
        sa.Column("rule_id", sa.String(80), nullable=False),
        sa.Column("fields", sa.JSON, nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_index("ix_style_rules_scope_rule", "style_rules", ["scope", "rule_id"], unique=True)
    op.create_table(
        "desk_settings",
        sa.Column("desk", sa.String(100), primary_key=True),
        sa.Column("stylebook", sa.String(80)),
        sa.Column("spelling_variant", sa.String(10)),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.Column("updated_at", TS, nullable=False),
    )
    op.create_table(
        "story_ignored_words",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("word", sa.String(100), nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("added_at", TS, nullable=False),
    )
    op.create_index(
        "ix_story_ignored_words", "story_ignored_words", ["story_id", "word"], unique=True
    )
    op.create_table(
        "name_index",
        sa.Column("word", sa.String(100), primary_key=True),
        sa.Column("stories", sa.Integer, nullable=False),
    )
    op.create_index("ix_name_index_stories", "name_index", ["stories"])


def downgrade() -> None:
    op.drop_index("ix_name_index_stories", table_name="name_index")
    op.drop_table("name_index")
    op.drop_index("ix_story_ignored_words", table_name="story_ignored_words")
    op.drop_table("story_ignored_words")
    op.drop_table("desk_settings")
    op.drop_index("ix_style_rules_scope_rule", table_name="style_rules")
    op.drop_table("style_rules")
    op.drop_table("newsroom_words")
