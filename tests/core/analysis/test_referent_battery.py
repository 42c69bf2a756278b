"""A generated battery of which person "he", "she" or a named mention stands for
(referent_stories.py): a thing as the sentence's subject (a title, a pier, a campaign, a firm)
is never "he"/"she"; a relative described and then named is the named person; an unnamed
subject does not outrank the named person the story is about; a new named speaker takes over a
run; a capitalised sentence opener is no surname."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.battery import battery_params
from tests.core.analysis.referent_stories import STRUCTURES, Story, stories

STORIES = stories()


@pytest.mark.parametrize("story", battery_params(STORIES))
def test_the_quote_goes_to_the_person_meant(story: Story) -> None:
    quotes = analyze(story.text).quotes
    got = [q.speaker for q in quotes]
    assert got == list(story.speakers), [q.speaker_reason for q in quotes]


def test_the_battery_is_broad() -> None:
    assert len(STRUCTURES) >= 18
    assert len(STORIES) >= 200
    assert len({s.id for s in STORIES}) == len(STORIES)
