"""Credits keep the organisation their line names for a contributor ("Ana Lima/Reuters").

A nullable column: credits stored before it have none, as nothing read one then.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("credits") as batch:
        batch.add_column(sa.Column("organisation", sa.String(200)))


def downgrade() -> None:
    with op.batch_alter_table("credits") as batch:
        batch.drop_column("organisation")
