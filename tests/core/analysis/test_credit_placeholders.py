"""A site's placeholder account in a byline credits no one (invented copy)."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize("line", ["By Admin", "By Editor", "Posted by admin", "BY ADMIN"])
def test_a_placeholder_account_is_credited_as_no_writer(line: str, declared: bool) -> None:
    assert read_credit_line(line, declared=declared).credits == []


@pytest.mark.parametrize("declared", [True, False])
def test_the_people_beside_a_placeholder_keep_their_credit(declared: bool) -> None:
    found = read_credit_line("By Admin and Ilse Varnum", declared=declared)
    assert [(c.role, c.name) for c in found.credits] == [(CreditRole.BYLINE, "Ilse Varnum")]


@pytest.mark.parametrize("declared", [True, False])
def test_a_title_after_a_name_and_a_surname_like_a_title_are_kept(declared: bool) -> None:
    assert [
        c.name for c in read_credit_line("By Ilse Varnum, Editor", declared=declared).credits
    ] == ["Ilse Varnum"]
    assert [c.name for c in read_credit_line("By Corin Editor", declared=declared).credits] == [
        "Corin Editor"
    ]
