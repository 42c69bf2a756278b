"""Marks around a credit line that hid it from the reader: a caption's full stop after its
parenthesised credit, a bullet glyph or dash before the byline, the names in capitals run on to
the paper's name, the picture cues "Photographed by", "Foto:" and "Photo /", and a blog's
"Posted by". Before, each of these lines gave no credit (or lost a name). Every name here is
invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(AP Photo/Carla Venn).", [(R.PHOTO, "Carla Venn")]),
        ("(photo by Dara Holt/Lakeside Pictures).", [(R.PHOTO, "Dara Holt")]),
        ("■ by DARA HOLT", [(R.BYLINE, "Dara Holt")]),
        ("● By Dara Holt", [(R.BYLINE, "Dara Holt")]),
        ("- Von Tom Brandauer", [(R.BYLINE, "Tom Brandauer")]),
        ("By DARA HOLT The Valley Gazette", [(R.BYLINE, "Dara Holt")]),
        (
            "By DARA HOLT and TOM RAY THE VALLEY GAZETTE",
            [(R.BYLINE, "Dara Holt"), (R.BYLINE, "Tom Ray")],
        ),
        ("Photographed by Dara Holt for Bloomberg.", [(R.PHOTO, "Dara Holt")]),
        ("Foto: Dara Holt / DER TAGESBLATT", [(R.PHOTO, "Dara Holt")]),
        ("Photo / Dara Holt", [(R.PHOTO, "Dara Holt")]),
        ("Posted by Dara Holt", [(R.BYLINE, "Dara Holt")]),
    ],
)
def test_marked_credit_lines_are_read(line: str, expected: list[tuple[CreditRole, str]]) -> None:
    assert _read(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "(The council met on Tuesday).",  # a parenthesised sentence, not a credit
        "■ The council met on Tuesday",
        "By THE WAY the council met on Tuesday and voted",
        "Photo / the family",  # no name after the slash
        "Photographed at the harbour on Tuesday.",
        "Posted by the editors",
        "Posted in News",
    ],
)
def test_near_misses_give_no_credit(line: str) -> None:
    assert _read(line) == []
