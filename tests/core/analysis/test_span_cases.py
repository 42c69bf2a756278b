"""Titles, names, scare quotes, cited words and headline-shaped paragraphs that no cue word
announces are not listed as quotes, while partial quotes tied to a speaker still are
(span_cases.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import Case, check
from tests.core.analysis.span_cases import CASES


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_span(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []
