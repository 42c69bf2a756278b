"""A byline whose writer is a job title, not a name ("By Our Correspondent", "By Special
Correspondent", "By Ana Lima and Our Reporter"): no one is credited and the part is reported,
so the line is still a credit line and nothing is lost in silence. Every name is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    "line",
    [
        "By Our Correspondent",
        "By A Correspondent",
        "By Our Own Correspondent",
        "By Our Kestrel Valley Correspondent",
        "By Special Correspondent",
        "By Staff Writer",
        "By A Staff Reporter",
    ],
)
def test_an_unnamed_writer_is_reported_not_credited_or_lost(line: str, declared: bool) -> None:
    read = read_credit_line(line, declared=declared)
    assert read.credits == []
    assert read.failed == (line.removeprefix("By "),)


def test_an_unnamed_writer_beside_a_named_one_is_reported() -> None:
    read = read_credit_line("By Wenke Falster and Our Correspondent")
    assert [c.name for c in read.credits] == ["Wenke Falster"]
    assert read.failed == ("Our Correspondent",)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Wenke Falster, Staff Writer", ["Wenke Falster"]),  # her title, passed over
        ("By Wenke Falster, Special Correspondent", ["Wenke Falster"]),
        ("By Osric Reporter", ["Osric Reporter"]),  # a surname that is a job's word
    ],
)
def test_a_named_writers_title_and_a_surname_are_unchanged(line: str, names: list[str]) -> None:
    read = read_credit_line(line)
    assert [c.name for c in read.credits] == names
    assert read.failed == ()
