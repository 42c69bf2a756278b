"""A compiler's line naming the agencies it was made from (round 29, second pass): "Compiled by
Ana Lima from Reuters reports" read nothing, pasted or imported, and the compiler was lost with
the agency. The people are invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.exporting.credits import render_credits

Read = list[tuple[str, str]]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Compiled by Ana Falster from Reuters reports",
            [("compiled_by", "Ana Falster"), ("additional_reporting", "Reuters")],
        ),
        (
            "Compiled by Ana Falster from REUTERS reports",
            [("compiled_by", "Ana Falster"), ("additional_reporting", "Reuters")],
        ),
        (
            "Compiled by Ana Falster and Tom Pelling from AP and AFP dispatches",
            [
                ("compiled_by", "Ana Falster"),
                ("compiled_by", "Tom Pelling"),
                ("additional_reporting", "AP"),
                ("additional_reporting", "AFP"),
            ],
        ),
        # naming no agency, the reports are a note, as before
        ("Compiled by Ana Falster from agency reports", [("compiled_by", "Ana Falster")]),
    ],
)
def test_the_compiler_and_the_agencies_are_credited(
    line: str, expected: Read, declared: bool
) -> None:
    found = read_credit_line(line, declared=declared)
    assert [(c.role.value, c.name) for c in found.credits] == expected
    assert found.failed == ()


@pytest.mark.parametrize("style", ["reuters", "ap", "list"])
def test_they_read_back_from_every_house_style(style: str) -> None:
    credits = read_credit_line("Compiled by Ana Falster from Reuters reports").credits
    rendered = render_credits(credits, style)
    assert [c for text in rendered.splitlines() for c in read_credit_line(text).credits] == credits
