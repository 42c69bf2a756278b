"""A generated battery of speaker choice among several mentions (speaker_stories.py): when a
paragraph or sentence holds two or three invented people or organisations, the quote goes to the
one an editor would name (the subject of the speech verb, not its object; the person the words
were said by in a passive; the named lawyer, not the client; the last agreeing subject for
"he"/"she"; the previous speaker for a follow-on quote), by the fullest name the story gives."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.battery import battery_params
from tests.core.analysis.speaker_stories import STRUCTURES, Story, stories

STORIES = stories()


@pytest.mark.parametrize("story", battery_params(STORIES))
def test_quote_goes_to_the_mention_that_is_speaking(story: Story) -> None:
    quotes = analyze(story.text).quotes
    got = [q.speaker for q in quotes]
    assert got == list(story.speakers), [q.speaker_reason for q in quotes]


def test_the_battery_is_broad() -> None:
    assert len(STRUCTURES) >= 60
    assert len(STORIES) >= 500
    assert len({s.id for s in STORIES}) == len(STORIES)
