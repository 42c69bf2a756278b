"""A generated battery of which person speaks when a name comes with a long style, an office,
a relative or a statement of what they are (relation_stories.py): "The Archbishop of Kelby,
Most Rev. Ada Eze," is Eze; "The Presiding Bishop of ..." is a person's office, not an
organisation; a relative named inside the subject's relative clause does not take the quote;
"Her partner, Owen," is the later "Her partner"; "Kofi Asare is the couple's son" leaves the next
"he" with Asare; and the further shapes relation_stories.py lists."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.battery import battery_params
from tests.core.analysis.relation_stories import STRUCTURES, Story, stories

STORIES = stories()


@pytest.mark.parametrize("story", battery_params(STORIES))
def test_the_quote_goes_to_the_person_meant(story: Story) -> None:
    quotes = analyze(story.text).quotes
    # An unnamed speaker is shown as written or as its person noun ("a vendor"): the case of
    # its first letter is no editor's concern.
    got = [q.speaker.casefold() if q.speaker else q.speaker for q in quotes]
    want = [s.casefold() if s else s for s in story.speakers]
    assert got == want, [q.speaker_reason for q in quotes]


def test_the_battery_is_broad() -> None:
    assert len(STRUCTURES) >= 20
    assert len(STORIES) >= 200
    assert len({s.id for s in STORIES}) == len(STORIES)
