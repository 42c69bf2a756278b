"""The check the non-speech batteries share (non_speech_shapes.py, naming_shapes.py,
term_scare_shapes.py): each case names passages that must not be listed as quotes and passages
that must be, with the speaker an editor expects. One place, so the three batteries judge a
case the same way."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from tests.core.analysis.non_speech_shapes import STYLES, Case


def _where(text: str, passage: str) -> tuple[int, int]:
    """The passage's offsets in the text (right after one of its opening marks)."""
    for opening, _ in STYLES.values():
        at = text.find(opening + passage)
        if at != -1:
            return at + len(opening), at + len(opening) + len(passage)
    raise AssertionError(f"{passage!r} not in {text!r}")


def check_passages(case: Case) -> None:
    """No quote over a non-speech passage; a quote with the expected speaker over each speech
    passage."""
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
