"""What a page sets around a byline, taken off before it is read (credit_wrappers.py): a blog's
view counter after the names, a web page's reading time. Every line here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import parse_credit_line, read_credit_line
from app.core.model import Credit, CreditRole

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


def test_a_reading_time_copied_with_a_byline_is_not_part_of_it() -> None:
    for line in ("By Mara Quill · 4 min read", "By Mara Quill | 12 minute read"):
        assert parse_credit_line(line) == [Credit(CreditRole.BYLINE, "Mara Quill")]
