"""Two outlets a slash joins in brackets after a name (round 29, second pass): "Reporting by Ana
Lima (Harbour Times/Reuters)" read "Harbour Times" and reported "Reuters)" when pasted, and read
nothing on import. The people and outlets are invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.exporting.credits import render_credits
from app.core.importing.wire import read_wire

Read = list[tuple[str, str | None]]


def _read(line: str, declared: bool) -> tuple[Read, tuple[str, ...]]:
    found = read_credit_line(line, declared=declared)
    return [(c.name, c.organisation) for c in found.credits], found.failed


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Reporting by Wenke Falster (Harbour Times/Reuters)",
            [("Wenke Falster", "Harbour Times/Reuters")],
        ),
        (
            "Reporting by Wenke Falster (Reuters/AFP) and Odo Pelling (Harbour Times)",
            [("Wenke Falster", "Reuters/AFP"), ("Odo Pelling", "Harbour Times")],
        ),
        ("By Wenke Falster (Harbour Times/Reuters)", [("Wenke Falster", "Harbour Times/Reuters")]),
    ],
)
def test_both_outlets_in_the_brackets_are_hers(line: str, expected: Read, declared: bool) -> None:
    assert _read(line, declared) == (expected, ())


def test_an_unknown_word_in_the_chain_is_still_reported() -> None:
    """Only outlets by the lists or by their shape make a chain; else the part left is
    reported, as before (never lost in silence)."""
    read, failed = _read("Reporting by Wenke Falster (Kelp Living/Reuters)", True)
    assert read == [("Wenke Falster", "Kelp Living")]
    assert failed == ("Reuters)",)


@pytest.mark.parametrize("style", ["reuters", "ap", "list"])
def test_the_chain_reads_back_from_every_house_style(style: str) -> None:
    credits = read_credit_line(
        "Reporting by Wenke Falster (Reuters/AFP) and Odo Pelling (Harbour Times)"
    ).credits
    rendered = render_credits(credits, style)
    assert "(Reuters/AFP)" in rendered
    read = [c for text in rendered.splitlines() for c in read_credit_line(text).credits]
    assert read == credits


def test_the_line_leaves_the_body_on_import() -> None:
    text = (
        "Harbour dredging to start in spring\n\n"
        "Work on the harbour channel begins in March, the port authority said on Tuesday.\n\n"
        "Reporting by Wenke Falster (Harbour Times/Reuters)\n"
    )
    draft = read_wire(text).draft
    assert [(c.name, c.organisation) for c in draft.credits] == [
        ("Wenke Falster", "Harbour Times/Reuters")
    ]
    assert "Falster" not in draft.body
