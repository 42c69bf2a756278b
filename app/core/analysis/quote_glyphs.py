"""The glyphs a quotation mark is typed as and which way each faces: the one list that double-
mark pairing (quote_marks.py) and single-mark pairing and its decider (single_marks.py) read.

Kept apart from quote_marks.py because quote_marks.py imports single_marks.py: the sets could not be
imported from it without a cycle.
"""

from __future__ import annotations

# Opening and closing glyphs, the typewriter pairs (``...'' and ‘‘...’’) and the "‘’" some copy
# opens a double quote with among them: single-mark pairing reads the one-character ones.
OPEN_GLYPHS = frozenset({"“", "„", "‟", "«", "〝", "``", "‘‘", "‘’", "‘", "‹", "‚", "`"})
CLOSE_GLYPHS = frozenset({"”", "»", "〞", "’’", "’", "›"})
