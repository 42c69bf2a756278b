"""A generated battery of quotation marks that are not speech (non_speech_shapes.py): titles of
works in every context copy gives them, nicknames, scare quotes, terms, labels, words cited as
words and hashtags are left out of the quotes an editor checks; speech that looks like them (a
one-word partial quote, a title-case slogan shouted, a quote naming a title) stays a quote with
its speaker. Every name, title and sentence is invented."""

from __future__ import annotations

import pytest

from tests.core.analysis.battery import battery_params
from tests.core.analysis.non_speech_shapes import Case, cases
from tests.core.analysis.passage_checks import check_passages

CASES = cases()


@pytest.mark.parametrize("case", battery_params(CASES))
def test_quotation_marks_that_are_not_speech(case: Case) -> None:
    check_passages(case)


def test_the_battery_is_broad() -> None:
    kinds = {c.id.split("-")[0] for c in CASES}
    assert {"title", "list", "nick", "scare", "term", "cited", "hashtag", "speech",
            "mixed"} <= kinds  # fmt: skip
    assert len(CASES) >= 500
    assert len({c.id for c in CASES}) == len(CASES)
