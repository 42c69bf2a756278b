"""Kickers and section labels shaped like names ("Live Updates", "Long Read"), invented copy."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_kickers import is_kicker
from app.core.analysis.credits import read_credit_line
from app.core.importing.byline_slot import bare_name_credits


@pytest.mark.parametrize("line", ["Live Updates", "Long Read", "Guest Column", "Quick Take"])
def test_a_pasted_kicker_credits_no_one(line: str) -> None:
    assert read_credit_line(line, declared=True).credits == []
    assert bare_name_credits(line) == []  # nor under an imported headline


@pytest.mark.parametrize("name", ["Grace Hill", "Nell Varga", "Wang Li", "Rose Read-Oake"])
def test_a_person_is_no_kicker(name: str) -> None:
    # a name opening on a first name is a label only when it closes on a kind of piece
    assert not is_kicker(name)
    assert [c.name for c in read_credit_line(name, declared=True).credits] == [name]
