"""Display lines: pull quotes and what embedded posts leave between paragraphs."""

from __future__ import annotations

import pytest

from app.core import model
from app.core.analysis.display import embed_residue, without_pull_quotes


@pytest.mark.parametrize(
    "line",
    ["— Harwick Rovers (@HarwickRovers) May 2, 2026", "Club statement", "Photo: Reuters"],
)
def test_an_embedded_posts_byline_or_a_caption_is_residue(line: str) -> None:
    assert embed_residue(line)


@pytest.mark.parametrize(
    "line", ["14:31", "The club said it would appeal against the decision on Monday."]
)
def test_a_time_stamp_or_a_sentence_is_no_residue(line: str) -> None:
    assert not embed_residue(line)


def _quote(text: str) -> model.Quote:
    return model.Quote(text=text, start=0, end=len(text))


def test_a_pull_quote_repeating_a_quote_is_dropped_and_others_kept() -> None:
    said = _quote("We will keep the night boat running whatever it costs us.")
    pull = _quote("keep the night boat running")
    other = _quote("The harbour has never been busier than this summer.")
    kept = without_pull_quotes([said, pull, other], {1, 2})
    assert kept == [said, other]
