"""Alembic environment: runs on the connection the app hands over (no alembic.ini needed)."""

from __future__ import annotations

from alembic import context

from app.core.store.schema import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only when someone runs the alembic CLI by hand
    raise RuntimeError("Copydesk runs its migrations itself: open the store with the app.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
