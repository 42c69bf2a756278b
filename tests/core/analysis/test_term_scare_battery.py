"""A generated battery of terms and scare quotes (term_scare_shapes.py): one plain noun
quoted before the noun it modifies ("an “efficiency” committee"), a designation an organisation
sets up ("has introduced “dual sign-off”"), what an organisation calls a thing are left out of
the quotes an editor checks; a verdict used the same way ("the “sham” panel"), one said by
someone ("said the council had approved a new “stealth tax”") and one-word partial quotes
("Lind called the deal “dead”") stay quotes with their speaker. Every name and sentence is
invented."""

from __future__ import annotations

import pytest

from tests.core.analysis.battery import battery_params
from tests.core.analysis.non_speech_shapes import Case
from tests.core.analysis.passage_checks import check_passages
from tests.core.analysis.term_scare_shapes import cases

CASES = cases()


@pytest.mark.parametrize("case", battery_params(CASES))
def test_terms_and_scare_quotes_are_not_quotes(case: Case) -> None:
    check_passages(case)


def test_the_battery_is_broad() -> None:
    kinds = {c.id.split("-")[0] for c in CASES}
    assert {
        "modifier",
        "setup",
        "orgcalls",
        "namedafter",
        "afterpartial",
        "heading",
    } <= kinds  # not speech
    assert {
        "verdictmod",
        "spokenverdict",
        "orgverdict",
        "partial",
        "run",
        "stamped",
    } <= kinds  # speech
    assert len(CASES) >= 400
    assert len({c.id for c in CASES}) == len(CASES)
