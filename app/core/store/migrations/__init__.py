"""Alembic environment and versions: the only way Copydesk's schema is created or changed."""
