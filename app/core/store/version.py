"""The schema version this Copydesk writes: the newest Alembic migration's revision id.

Kept apart (and free of imports) so the start-up path can compare it with a database's
`alembic_version` without loading Alembic or SQLAlchemy; a test checks it is the real head.
Revision ids were given per issue and chained in the order the work landed:
0005 → 0006 → 0008 → 0011 → 0009 → 0010 → 0012 → 0013 → ...
"""

SCHEMA_HEAD = "0013"
