"""A generated battery of unnamed speakers described with where they work and a clause about
that place (description_extent_shapes.py): "The fleet manager at a Kelmarsh haulier that runs 40
lorries, who asked not to be named, said ...".

Why generated: the mention as written ran on over the clause about the place ("... that runs 40
lorries"), so the editor saw a description that was half about a haulier. What an editor
expects: the speaker as "the fleet manager" (or with the place), the mention up to the place.
"""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.description_extent_shapes import PEOPLE, PLACES, Story, stories
from tests.core.analysis.test_unnamed_org_battery import norm

CASES = stories()


@pytest.mark.parametrize("story", CASES, ids=[s.id for s in CASES])
def test_the_description_stops_before_a_clause_about_the_place(story: Story) -> None:
    (quote,) = analyze(story.text).quotes
    got = (quote.speaker, quote.speaker_mention, quote.speaker_reason)
    assert norm(quote.speaker) in {norm(s) for s in story.speakers}, got
    assert norm(quote.speaker_mention) == norm(story.mention), got


def test_the_battery_crosses_every_person_with_every_place() -> None:
    assert len(CASES) == len(PEOPLE) * len(PLACES) * 2
