"""A byline in capitals with the agency run on ("ANA LIMA AND TOM RAY REUTERS") on a line of its
own in hard-wrapped wire copy (round 29, second pass): read only when pasted in the credits
panel; on import it joined the paragraph above it. A shouted line of the story in the same
shape stays the story's. The people and towns are invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_name_scan import caps_names_and_agency
from app.core.importing.wire import read_wire

_PARAGRAPH = (
    "TARNOWO, May 3 (Reuters) - The harbour authority said on Tuesday it would begin\n"
    "dredging the main channel in March, a year later than it had planned.\n"
)


def _copy(line: str) -> str:
    return (
        "Harbour dredging to start in March\n\n"
        + _PARAGRAPH
        + line
        + "\n\nThe work will close the channel to larger ships for about six weeks.\n"
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ANA LIMA REUTERS", [("Ana Lima", "Reuters")]),
        ("ANA LIMA AND TOM RAY REUTERS", [("Ana Lima", "Reuters"), ("Tom Ray", "Reuters")]),
        ("ANA LIMA AND TOM RAY AFP", [("Ana Lima", "AFP"), ("Tom Ray", "AFP")]),
    ],
)
def test_the_byline_leaves_the_body(line: str, expected: list[tuple[str, str]]) -> None:
    draft = read_wire(_copy(line)).draft
    assert [(c.name, c.organisation) for c in draft.credits] == expected
    assert line not in draft.body
    assert "a year later than it had planned." in draft.body


@pytest.mark.parametrize(
    "line", ["AMBER HEARD SUES AP", "MAY JONES WINS AFP", "MARKETS RALLY AFTER REUTERS POLL"]
)
def test_a_shouted_line_of_the_story_stays_the_storys(line: str) -> None:
    draft = read_wire(_copy(line)).draft
    assert not draft.credits
    assert line in draft.body


def test_the_shape_admitted() -> None:
    assert caps_names_and_agency("ANA LIMA, TOM RAY AND IDA SAND ASSOCIATED PRESS")
    assert not caps_names_and_agency("Ana Lima Reuters")  # mixed case: the shape readers' own
    assert not caps_names_and_agency("ANA LIMA")  # no agency: nothing vouches for a byline
    assert not caps_names_and_agency("TOM BANKS REUTERS")  # "banks": a verb's form, left alone
    assert not caps_names_and_agency("BREAKING NEWS REUTERS")  # no first name
