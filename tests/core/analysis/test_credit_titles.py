"""Titles before a name (credit_titles.py) are no part of it: dropped by every reader and by
the house styles, never when they would leave a surname alone or when they are a given name.
Every name here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_titles import without_titles
from app.core.analysis.credits import read_credit_line
from app.core.exporting.credits import render_credits
from app.core.model import Credit, CreditRole


@pytest.mark.parametrize(
    ("name", "bare"),
    [
        ("Dr Wenke Falster", "Wenke Falster"),
        ("Dr. Wenke Falster", "Wenke Falster"),
        ("Prof. Dr. Wenke Falster", "Wenke Falster"),
        ("Professor Emerita Wenke Falster", "Wenke Falster"),
        ("the Rev. Osric Pell", "Osric Pell"),
        ("Sir Osric Pell", "Osric Pell"),
        ("Dame Wenke Falster", "Wenke Falster"),
        ("Ms Wenke Falster", "Wenke Falster"),
        ("DR WENKE FALSTER", "WENKE FALSTER"),
        ("Dr Falster", "Dr Falster"),  # a surname alone is no name: the title stays
        ("Dr de Souza", "Dr de Souza"),
        ("Professor of History", "Professor of History"),
        ("Dean Pell", "Dean Pell"),  # given names that look like titles
        ("Earl Pell", "Earl Pell"),
        ("Drew Pell", "Drew Pell"),
    ],
)
def test_a_title_is_cut_only_from_before_a_full_name(name: str, bare: str) -> None:
    assert without_titles(name) == bare


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Dr Wenke Falster", ["Wenke Falster"]),
        ("By Prof. Osric Pell and Dr. Wenke Falster", ["Osric Pell", "Wenke Falster"]),
        ("By the Rev. Osric Pell", ["Osric Pell"]),  # read nothing: "the" is no name's word
        ("BY DR WENKE FALSTER AND PROF OSRIC PELL", ["Wenke Falster", "Osric Pell"]),
        ("Reporting by Dr Wenke Falster in Oslo; Editing by Sir Osric Pell", None),
        ("Photo: Dr Wenke Falster", ["Wenke Falster"]),
        ("By Dean Pell", ["Dean Pell"]),
    ],
)
def test_credit_lines_name_people_without_their_titles(
    line: str, names: list[str] | None, declared: bool
) -> None:
    read = read_credit_line(line, declared=declared)
    assert [c.name for c in read.credits] == (names or ["Wenke Falster", "Osric Pell"])
    assert read.failed == ()


def test_a_pasted_titled_name_is_read_without_its_title() -> None:
    read = read_credit_line("Dr Wenke Falster", declared=True)
    assert [c.name for c in read.credits] == ["Wenke Falster"]


def test_house_styles_print_names_without_titles() -> None:
    credits = [
        Credit(CreditRole.BYLINE, "Dr Wenke Falster"),
        Credit(CreditRole.EDITING, "Prof. Osric Pell"),
    ]
    assert render_credits(credits, "reuters") == "By Wenke Falster\nEditing by Osric Pell"
    assert render_credits(credits, "list") == "Byline: Wenke Falster\nEditing: Osric Pell"
