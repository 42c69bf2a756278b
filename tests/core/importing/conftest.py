"""Fixtures for the importer tests: where the shared samples live (the repo root's sibling)."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3].parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared samples not found at {SHARED}")
    return SHARED
