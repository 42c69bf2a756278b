"""Publications: every text that went out (publish, correction, update) and every kill.

A row per publication, numbered per story from 1, with the revision it published and the
story as published (`snapshot`: fields, credits, sources, quotes), so every published text
stays exportable after later corrections. A correction or update is opened with its note
(`number` NULL) and numbered when the story is published again. Export records say which
publication they wrote.

Stories already `published` or `killed` get their first row here (no snapshot yet: the
working copy is locked while published, and the snapshot is taken from it before a
correction, an update or a kill changes anything).

Revision ID: 0011
Revises: 0005
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0008"
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "publications",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("number", sa.Integer),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("revision", sa.Integer),
        sa.Column("snapshot", sa.JSON),
        sa.Column("opened_by", sa.String(200)),
        sa.Column("opened_at", TS),
        sa.Column("published_by", sa.String(200)),
        sa.Column("published_at", TS),
    )
    op.create_index("ix_publications_story", "publications", ["story_id", "number"], unique=True)
    with op.batch_alter_table("export_records") as batch:
        batch.add_column(sa.Column("publication", sa.Integer))
    _backfill()


def _backfill() -> None:
    """A first publication (or kill) for stories that were published before this migration."""
    bind = op.get_bind()
    stories = bind.execute(
        sa.text("SELECT id, status, updated_by, updated_at FROM stories "
                "WHERE status IN ('published', 'killed')")
    ).all()  # fmt: skip
    for story_id, status, updated_by, updated_at in stories:
        change = bind.execute(
            sa.text("SELECT changed_by, changed_at FROM status_changes WHERE story_id = :s "
                    "AND to_status = :t ORDER BY id LIMIT 1"),
            {"s": story_id, "t": status},
        ).first()  # fmt: skip
        latest = bind.execute(
            sa.text("SELECT max(number) FROM revisions WHERE story_id = :s"), {"s": story_id}
        ).scalar()
        by, at = (change[0], change[1]) if change else (updated_by or "unknown", updated_at)
        bind.execute(
            sa.text("INSERT INTO publications (story_id, number, kind, revision, opened_by, "
                    "opened_at, published_by, published_at) "
                    "VALUES (:s, 1, :k, :r, :b, :a, :b, :a)"),
            {"s": story_id, "k": "publish" if status == "published" else "kill", "r": latest,
             "b": by, "a": at},
        )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("export_records") as batch:
        batch.drop_column("publication")
    op.drop_index("ix_publications_story", table_name="publications")
    op.drop_table("publications")
