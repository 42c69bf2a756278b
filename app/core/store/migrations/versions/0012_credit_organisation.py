"""Credits: the organisation (agency or outlet) a credit line names for its contributor.

Nullable: credits stored before this migration keep their rows and simply name no
organisation, so a saved story no longer loses "Ana Lima/Reuters"'s agency on reload.

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
