"""Windows stay in sync: the change feed (LISTEN/NOTIFY or SQLite polling), presence, locks."""
