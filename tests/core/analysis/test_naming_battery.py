"""A generated battery of quoted names, screen and sign texts, and words nobody said
(naming_shapes.py): what a group calls a place, what an organisation labels a thing, an error
message, a rule named beside its noun are left out of the quotes an editor checks; a person's
own judgement ("calls the bypass “a waste of money”"), a promise, a text someone sent stay
quotes with their speaker. Every name and sentence is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.naming_shapes import Case, cases
from tests.core.analysis.non_speech_shapes import STYLES

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
def test_names_signs_and_unsaid_words_are_not_quotes(case: Case) -> None:
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
    not_speech = {"habitual", "orgterm", "relative", "sign", "explained", "designation"}
    not_speech |= {"defined", "cited", "counted", "compound", "passive", "feature", "line"}
    assert not_speech | {"reaction", "unsaid", "speech", "kept"} <= kinds
    assert len(CASES) >= 1000
    assert len({c.id for c in CASES}) == len(CASES)
