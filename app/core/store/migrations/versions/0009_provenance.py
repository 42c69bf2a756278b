"""Provenance: quotes remember whether the material covers their speaker; an archive index.

`quotes.covered` (NULL until a check) says whether any attached material gives the quote's
speaker a voice. `archive_index` holds MinHash/LSH bucket keys of every story body and
attached document (app/core/provenance/signatures.py), so `copydesk provenance --archive`
finds candidate originals with a few index look-ups; existing rows are indexed here.

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0011"
branch_labels = None
depends_on = None

_BATCH = 500


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("covered", sa.Boolean))
    op.create_table(
        "archive_index",
        sa.Column("bucket", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("item", sa.BigInteger, primary_key=True, autoincrement=False),
        sqlite_with_rowid=False,
    )
    _index_existing(op.get_bind())


def _index_existing(connection: sa.engine.Connection) -> None:
    """Bucket keys for the stories and documents already stored (a minute per ~20,000)."""
    from app.core.provenance.signatures import bucket_keys

    table = sa.table("archive_index", sa.column("bucket"), sa.column("item"))
    for query, sign in (
        ("SELECT id, body FROM stories WHERE id > :after ORDER BY id LIMIT :n", 1),
        ("SELECT id, text FROM source_documents WHERE id > :after ORDER BY id LIMIT :n", -1),
    ):
        after = 0
        while True:
            rows = connection.execute(sa.text(query), {"after": after, "n": _BATCH}).all()
            if not rows:
                break
            values = [
                {"bucket": key, "item": sign * item_id}
                for item_id, text in rows
                for key in set(bucket_keys(text or ""))
            ]
            if values:
                connection.execute(table.insert(), values)
            after = rows[-1][0]


def downgrade() -> None:
    op.drop_table("archive_index")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("covered")
