"""Keep why the analysis chose each quote's speaker (the rule and the mention it resolved).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.add_column(sa.Column("speaker_reason", sa.Text))


def downgrade() -> None:
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("speaker_reason")
