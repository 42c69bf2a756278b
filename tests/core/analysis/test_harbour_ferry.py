"""The project's own wire story (tests/fixtures/wire/harbour-ferry.txt) against its truth."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.analysis.engine import analyze

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "wire" / "harbour-ferry.txt"


@pytest.fixture(scope="module")
def story() -> tuple[str, dict]:
    expected = json.loads(FIXTURE.with_suffix(".expected.json").read_text(encoding="utf-8"))
    return FIXTURE.read_text(encoding="utf-8"), expected


def test_every_quote_has_its_speaker(story: tuple[str, dict]) -> None:
    text, expected = story
    found = [(q.text, q.speaker) for q in analyze(text).quotes]
    assert found == [(q["text"], q["speaker"]) for q in expected["quotes"]]


def test_the_quote_after_a_colon_goes_to_the_sentence_subject(story: tuple[str, dict]) -> None:
    # "Priya Raman, deputy chair ..., struck a cautious note: ... “the right call, if a late one”"
    text, _ = story
    (quote,) = [q for q in analyze(text).quotes if q.text == "the right call, if a late one"]
    assert quote.speaker == "Priya Raman"
    assert quote.cue == "struck a cautious note"
    assert quote.speaker_reason == (
        "“Priya Raman”: named in full; speech verb earlier in the sentence"
    )


def test_boats_are_not_sources_and_people_are(story: tuple[str, dict]) -> None:
    text, expected = story
    names = [s.name for s in analyze(text).sources]
    for name in expected["not_sources"]:
        assert name not in names
    for source in expected["named_sources"]:
        assert source["name"] in names


def test_anonymous_sourcing_is_the_whole_sourcing_phrase(story: tuple[str, dict]) -> None:
    text, expected = story
    assert [a.text for a in analyze(text).anonymous_sourcing] == expected["anonymous_sourcing"]
