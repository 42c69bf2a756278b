"""What a page sets around a byline, taken off before it is read (credit_wrappers.py): a blog's
view counter after the names. Every line here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


@pytest.mark.parametrize(
    "line",
    ["by Nell Varga 44 views", "By Nell Varga 1,204 views", "by Nell Varga 3.2K Views"],
)
def test_a_view_counter_after_the_byline_keeps_the_writer(line: str) -> None:
    assert _read(line) == [(R.BYLINE, "Nell Varga")]


@pytest.mark.parametrize(
    "line",
    [
        "By the numbers 44 views",  # no one's name before the counter
        "Nell Varga 44 views",  # no "By": a counter alone vouches for nothing
        "by Admin 44 views",  # a site's account, no writer's name
    ],
)
def test_a_view_counter_alone_credits_no_one(line: str) -> None:
    assert _read(line) == []
