"""The change feed, presence and soft locks between two Desks on one store (both backends)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.errors import InputError, LockedError
from app.core.live.feed import ChangeFeed
from app.core.model import Story, StoryStatus
from app.core.services import Desk


@pytest.fixture
def pair(database_url: str) -> Iterator[tuple[Desk, Desk]]:
    ana, ben = Desk.open(database_url, user="ana"), Desk.open(database_url, user="ben")
    yield ana, ben
    ana.close()
    ben.close()


def test_the_feed_reports_what_others_changed(pair) -> None:
    ana, ben = pair
    feed = ChangeFeed(ben)
    try:
        assert feed.poll(force=True) == []
        story = ana.create_story(Story(headline="New", body="Text."), analyse=False)
        ana.save_story(story.with_changes(body="More text."), analyse=False)
        ana.set_status(story.slug, StoryStatus.EDITING)
        ana.assign(story.slug, "ben")
        ana.delete_story(story.slug)
        changes = feed.poll()
        assert [c.kind for c in changes] == ["created", "saved", "saved", "assigned", "trashed"]
        assert {c.actor for c in changes} == {"ana"} and {c.session for c in changes} == {
            ana.session_id
        }
        assert changes[1].version == 2 and changes[2].detail == {"status": "editing"}
        assert feed.poll() == []  # nothing new: nothing read
    finally:
        feed.close()


def test_presence_and_leaving(pair) -> None:
    ana, ben = pair
    story = ana.create_story(Story(headline="Shared", body="Text."), analyse=False)
    assert ana.beat(story.id) is True
    assert ana.beat(story.id) is False  # a heartbeat alone changes nothing
    (seen,) = ben.presence(story.id)
    assert (seen.user, seen.story_id) == ("ana", story.id)
    assert ana.presence(story.id) == []  # a window does not see itself
    ana.leave()
    assert ben.presence(story.id) == []


def test_soft_lock_claim_take_over_with_reason_and_history(pair) -> None:
    ana, ben = pair
    story = ana.create_story(Story(headline="Locked", body="Text."), analyse=False)
    ana.claim(story.slug)
    assert ben.lock_of(story.slug).user == "ana"
    with pytest.raises(LockedError, match="ana has claimed"):
        ben.claim(story.slug)
    with pytest.raises(InputError):
        ben.take_over(story.slug, "  ")
    assert not ben.release(story.slug)  # not his to release
    ben.take_over(story.slug, "Ana is off sick; the story runs at six")
    assert ana.lock_of(story.slug).user == "ben"
    history = [(e.action, e.user, e.from_user, e.reason) for e in ana.lock_history(story.slug)]
    assert history == [
        ("claimed", "ana", None, None),
        ("taken_over", "ben", "ana", "Ana is off sick; the story runs at six"),
    ]
    assert ben.release(story.slug) and ana.lock_of(story.slug) is None
