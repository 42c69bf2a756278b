"""Index export records by path: every export asks who last wrote its target file.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_export_records_path", "export_records", ["path"])


def downgrade() -> None:
    op.drop_index("ix_export_records_path", table_name="export_records")
