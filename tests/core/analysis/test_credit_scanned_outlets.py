"""A one-word outlet after a name with no "By" (round 29, second pass): "Ana Lima, BuzzFeed",
"ANA LIMA, POLITICO", "Ana Lima | Politico" credited her and dropped the outlet without a word.
The people and "Lakeweek" are invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line

Read = list[tuple[str, str | None]]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ana Falster, BuzzFeed", [("Ana Falster", "BuzzFeed")]),
        ("ANA FALSTER, POLITICO", [("Ana Falster", "Politico")]),
        ("Ana Falster | Politico", [("Ana Falster", "Politico")]),
        ("Ana Falster - Vox", [("Ana Falster", "Vox")]),
        ("Ana Falster, HuffPost", [("Ana Falster", "HuffPost")]),
        (
            "Ana Falster, Tom Pelling, Lakeweek",
            [("Ana Falster", "Lakeweek"), ("Tom Pelling", "Lakeweek")],
        ),
    ],
)
def test_the_outlet_is_theirs(line: str, expected: Read, declared: bool) -> None:
    found = read_credit_line(line, declared=declared)
    assert [(c.name, c.organisation) for c in found.credits] == expected
    assert found.failed == ()
