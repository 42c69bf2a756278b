"""Fixtures for the analysis tests: the shared wire sample and its hand-made expectations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
WIRE = SHARED / "samples" / "wire"


@pytest.fixture
def atacms_text() -> str:
    path = WIRE / "atacms-rewrite.txt"
    if not path.exists():
        pytest.skip("../shared/samples/wire is not beside the repository")
    return path.read_text(encoding="utf-8")


@pytest.fixture
def atacms_expected() -> dict:
    path = WIRE / "atacms-rewrite.expected.json"
    if not path.exists():
        pytest.skip("../shared/samples/wire is not beside the repository")
    return json.loads(path.read_text(encoding="utf-8"))
