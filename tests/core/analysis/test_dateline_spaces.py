"""A dateline with a no-break or thin space before its dash (round 29, second pass): "LONDON
— " as a page sets it with U+00A0 was no dateline, and stayed the story's first words. The
town and the story are invented."""

from __future__ import annotations

import pytest

from app.core.analysis.datelines import split_dateline
from app.core.importing.wire import read_wire
from app.core.model import Dateline

_STORY = "The harbour board voted on Tuesday to close the old ferry pier."


@pytest.mark.parametrize(
    "head",
    [
        "TARNOWO\u00a0— ",
        "TARNOWO\u00a0—\u00a0",
        "TARNOWO\u202f— ",
        "TARNOWO, May\u00a03 (Reuters)\u00a0- ",
    ],
)
def test_a_hard_space_before_the_dash_is_a_space(head: str) -> None:
    dateline, rest = split_dateline(head + _STORY)
    assert dateline is not None and dateline.place == "TARNOWO"
    assert rest.lstrip() == _STORY


def test_a_town_of_two_words_keeps_a_plain_space() -> None:
    dateline, rest = split_dateline("PORT\u00a0VELLMAR\u00a0— " + _STORY)
    assert dateline == Dateline(place="PORT VELLMAR")
    assert rest == _STORY


def test_the_importer_takes_the_dateline_out_of_the_body() -> None:
    draft = read_wire("Ferry pier to close\n\nTARNOWO\u00a0— " + _STORY + "\n").draft
    assert draft.dateline == Dateline(place="TARNOWO")
    assert draft.body == _STORY


def test_a_place_in_lower_case_is_no_dateline() -> None:
    assert split_dateline("tarnowo\u00a0— the board voted on Tuesday.")[0] is None
