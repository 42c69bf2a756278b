"""A generated battery of terms and scare quotes (term_scare_shapes.py): one plain noun
quoted before the noun it modifies ("an “efficiency” committee"), a designation an organisation
sets up ("has introduced “dual sign-off”"), what an organisation calls a thing are left out of
the quotes an editor checks; a verdict used the same way ("the “sham” panel"), one said by
someone ("said the council had approved a new “stealth tax”") and one-word partial quotes
("Lind called the deal “dead”") stay quotes with their speaker. Every name and sentence is
invented."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.non_speech_shapes import STYLES, Case
from tests.core.analysis.term_scare_shapes import cases

CASES = cases()


def _params() -> list[object]:
    return [
        pytest.param(c, id=c.id, marks=[pytest.mark.xfail(reason=c.xfail, strict=True)])
        if c.xfail
        else pytest.param(c, id=c.id)
        for c in CASES
    ]


def _where(text: str, passage: str) -> tuple[int, int]:
    """The passage's offsets in the text (right after one of its opening marks)."""
    for opening, _ in STYLES.values():
        at = text.find(opening + passage)
        if at != -1:
            return at + len(opening), at + len(opening) + len(passage)
    raise AssertionError(f"{passage!r} not in {text!r}")


@pytest.mark.parametrize("case", _params())
def test_terms_and_scare_quotes_are_not_quotes(case: Case) -> None:
    quotes = analyze(case.text).quotes
    for passage in case.not_quotes:
        start, end = _where(case.text, passage)
        listed = [q.text for q in quotes if q.start < end and q.end > start]
        assert not listed, f"{passage!r} is listed as a quote"
    for passage, speaker in case.quotes:
        start, end = _where(case.text, passage)
        found = [q for q in quotes if q.start < end and q.end > start]
        assert found, f"{passage!r} is not listed as a quote"
        assert found[0].speaker == speaker, found[0].speaker_reason


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
