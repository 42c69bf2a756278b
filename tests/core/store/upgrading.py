"""A store brought to an older schema revision, for the tests of what an upgrade keeps."""

from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine

from app.core.store.database import alembic_config


def upgrade_to(url: str, revision: str) -> None:
    """Migrate the (empty or older) store at `url` up to `revision` and no further."""
    engine = create_engine(url)
    with engine.begin() as connection:
        cfg = alembic_config()
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
    engine.dispose()
