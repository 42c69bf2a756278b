"""Keep the detail of a quote's last check (score, word diff, speaker mismatch, reasons).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("check_detail", sa.JSON))


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("check_detail")
