"""The first schema: stories, history, people, credits, sources, quotes, documents, exports.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def _story_fk() -> sa.Column:
    return sa.Column(
        "story_id", sa.Integer, sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("uid", sa.String(36), nullable=False, unique=True),
        sa.Column("slug", sa.String(200), nullable=False, unique=True),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("dek", sa.Text, nullable=False),
        sa.Column("dateline_place", sa.String(200)),
        sa.Column("dateline_date", sa.String(100)),
        sa.Column("dateline_agency", sa.String(100)),
        sa.Column("desk", sa.String(100), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("keywords", sa.JSON, nullable=False),
        sa.Column("language", sa.String(20), nullable=False),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("words", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("updated_at", TS, nullable=False),
        sa.Column("updated_by", sa.String(200)),
        sa.Column("deleted_at", TS),
    )
    op.create_index("ix_stories_list", "stories", ["deleted_at", "updated_at"])
    op.create_index("ix_stories_status", "stories", ["status"])
    op.create_index("ix_stories_desk", "stories", ["desk"])
    op.create_index("ix_stories_headline", "stories", ["headline"])
    op.create_index("ix_stories_words", "stories", ["words"])
    op.create_index("ix_stories_updated_by", "stories", ["updated_by"])

    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer, primary_key=True),
        _story_fk(),
        sa.Column("number", sa.Integer, nullable=False),
        sa.Column("headline", sa.Text),
        sa.Column("body_format", sa.String(20), nullable=False),
        sa.Column("body_data", sa.LargeBinary, nullable=False),
        sa.Column("author", sa.String(200), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_index("ix_revisions_story", "revisions", ["story_id", "number"], unique=True)

    op.create_table(
        "status_changes",
        sa.Column("id", sa.Integer, primary_key=True),
        _story_fk(),
        sa.Column("from_status", sa.String(20)),
        sa.Column("to_status", sa.String(20), nullable=False),
        sa.Column("changed_by", sa.String(200), nullable=False),
        sa.Column("changed_at", TS, nullable=False),
    )
    op.create_index("ix_status_changes_story_id", "status_changes", ["story_id"])

    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        sa.Column("email", sa.String(200)),
        sa.Column("url", sa.String(500)),
    )

    op.create_table(
        "credits",
        sa.Column("id", sa.Integer, primary_key=True),
        _story_fk(),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("location", sa.String(200)),
        sa.Column("email", sa.String(200)),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_credits_story_id", "credits", ["story_id"])
    op.create_index("ix_credits_person_id", "credits", ["person_id"])

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer, primary_key=True),
        _story_fk(),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("description", sa.Text),
        sa.Column("anonymous", sa.Boolean, nullable=False),
        sa.Column("confidential", sa.Boolean, nullable=False),
        sa.Column("contact", sa.Text),
        sa.Column("notes", sa.Text),
    )
    op.create_index("ix_sources_story_id", "sources", ["story_id"])

    op.create_table(
        "quotes",
        sa.Column("id", sa.Integer, primary_key=True),
        _story_fk(),
        sa.Column("source_id", sa.Integer, sa.ForeignKey("sources.id", ondelete="SET NULL")),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("norm_text", sa.Text, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_mention", sa.Text),
        sa.Column("speaker_by", sa.String(200)),
        sa.Column("cue", sa.String(100)),
        sa.Column("venue", sa.Text),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("status_by", sa.String(200)),
        sa.Column("status_at", TS),
        sa.Column("status_note", sa.Text),
        sa.Column("verdict", sa.String(20)),
        sa.Column("verdict_by", sa.String(200)),
        sa.Column("verdict_at", TS),
        sa.Column("evidence", sa.JSON),
    )
    op.create_index("ix_quotes_story_id", "quotes", ["story_id"])

    op.create_table(
        "source_documents",
        sa.Column("id", sa.Integer, primary_key=True),
        _story_fk(),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_by", sa.String(200), nullable=False),
        sa.Column("added_at", TS, nullable=False),
    )
    op.create_index("ix_source_documents_story_id", "source_documents", ["story_id"])

    op.create_table(
        "export_records",
        sa.Column("id", sa.Integer, primary_key=True),
        _story_fk(),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("path", sa.Text, nullable=False),
        sa.Column("exported_by", sa.String(200), nullable=False),
        sa.Column("exported_at", TS, nullable=False),
        sa.Column("story_version", sa.Integer, nullable=False),
        sa.Column("override_reason", sa.Text),
        sa.Column("overridden", sa.JSON, nullable=False),
    )
    op.create_index("ix_export_records_story_id", "export_records", ["story_id"])


def downgrade() -> None:
    for table in (
        "export_records",
        "source_documents",
        "quotes",
        "sources",
        "credits",
        "people",
        "status_changes",
        "revisions",
        "stories",
    ):
        op.drop_table(table)
