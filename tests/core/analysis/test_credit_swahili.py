"""Swahili bylines: "Na Baraka Mwenzi" ("By Baraka Mwenzi"), invented copy."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import parse_byline, read_credit_line


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("NA BARAKA MWENZI", ["Baraka Mwenzi"]),
        ("Na Baraka Mwenzi", ["Baraka Mwenzi"]),
        ("Na Baraka Mwenzi na Ilse Varnum", ["Baraka Mwenzi", "Ilse Varnum"]),
    ],
)
def test_na_opening_a_byline_is_the_cue_not_a_name(
    line: str, names: list[str], declared: bool
) -> None:
    assert [c.name for c in read_credit_line(line, declared=declared).credits] == names


def test_a_metadata_author_field_keeps_a_leading_na() -> None:
    # a field holds names without the cue; "Na" opens some Korean names
    assert [c.name for c in parse_byline("Na Yoon Seo")] == ["Na Yoon Seo"]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize("line", ["Na Mwandishi Wetu", "NA MWANDISHI WETU, Dunvarra"])
def test_the_papers_unnamed_writer_is_no_one(line: str, declared: bool) -> None:
    assert read_credit_line(line, declared=declared).credits == []
