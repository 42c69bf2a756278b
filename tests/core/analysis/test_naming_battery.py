"""A generated battery of quoted names, screen and sign texts, and words nobody said
(naming_shapes.py): what a group calls a place, what an organisation labels a thing, an error
message, a rule named beside its noun are left out of the quotes an editor checks; a person's
own judgement ("calls the bypass “a waste of money”"), a promise, a text someone sent stay
quotes with their speaker. Every name and sentence is invented."""

from __future__ import annotations

import pytest

from tests.core.analysis.battery import battery_params
from tests.core.analysis.naming_shapes import Case, cases
from tests.core.analysis.passage_checks import check_passages

CASES = cases()


@pytest.mark.parametrize("case", battery_params(CASES))
def test_names_signs_and_unsaid_words_are_not_quotes(case: Case) -> None:
    check_passages(case)


def test_the_battery_is_broad() -> None:
    kinds = {c.id.split("-")[0] for c in CASES}
    not_speech = {"habitual", "orgterm", "relative", "sign", "explained", "designation"}
    not_speech |= {"defined", "cited", "counted", "compound", "passive", "feature", "line"}
    assert not_speech | {"reaction", "unsaid", "speech", "kept"} <= kinds
    assert len(CASES) >= 1000
    assert len({c.id for c in CASES}) == len(CASES)
