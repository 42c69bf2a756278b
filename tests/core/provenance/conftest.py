"""The provenance fixtures: a wire story written for the project, a rewrite and a statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.importing import read_file

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "provenance"
ORIGINAL = FIXTURES / "tunnel-original.txt"
STATEMENT = FIXTURES / "board-statement.txt"
REWRITE = FIXTURES / "tunnel-rewrite.md"


@pytest.fixture
def rewrite(desk):
    """The rewrite stored, with the original wire story and the board's statement attached."""
    desk.import_draft(read_file(REWRITE).draft)
    desk.verify_story("tunnel-rewrite", [ORIGINAL, STATEMENT])
    return desk.get_story("tunnel-rewrite")
