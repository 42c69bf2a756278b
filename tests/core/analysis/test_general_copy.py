"""Quotes, non-quotes and speakers on short invented copy of every class (copy_cases.py): titles,
nicknames, scare quotes, terms, words cited as words and headings are not speech; pronouns,
appositions, unnamed speakers and organisations get the speaker an editor would name."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import CASES, Case, check


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_every_quoted_passage(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_every_class_has_cases() -> None:
    kinds = {c.kind for c in CASES}
    assert {"title", "nickname", "scare", "term", "other", "heading", "speech", "pronoun",
            "apposition", "unnamed", "org", "named", "article"} <= kinds  # fmt: skip
    assert len(CASES) >= 60
