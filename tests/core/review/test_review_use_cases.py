"""Suggestions, comments, assignment and sign-off through the Desk, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.core.errors import InputError, NotFoundError, ReasonRequired
from app.core.model import Story, StoryStatus, Verdict
from app.core.review import critic
from app.core.services import Desk

BODY = (
    'The council voted 7-2 on Tuesday. "We have no choice," said Mayor Ana Ruiz.\n\n'
    "Residents packed the hall for the vote.\n"
)


@pytest.fixture
def story(any_desk: Desk) -> Story:
    return any_desk.create_story(Story(headline="Council votes", body=BODY))


def _as(desk: Desk, user: str) -> Desk:
    desk.user = user
    return desk


def test_suggestions_by_two_authors_accept_some_reject_others(any_desk: Desk, story) -> None:
    a = _as(any_desk, "ana").suggest(story.slug, "7-2", "8-1")
    b = _as(any_desk, "ben").suggest(story.slug, "packed", "")
    c = _as(any_desk, "ana").suggest(story.slug, "Tuesday", "Wednesday")
    assert len({a.id, b.id, c.id}) == 3
    stored = any_desk.get_story(story.slug)
    # body is what a reader gets with every suggestion accepted; quotes index it
    assert stored.body.startswith("The council voted 8-1 on Wednesday.")
    assert "Residents  the hall" in stored.body
    for q in stored.quotes:
        assert stored.body[q.start : q.end] == q.text
    assert [s.author for s in critic.suggestions(stored.markup)] == ["ana", "ana", "ben"]

    _as(any_desk, "chief").accept_suggestions(story.slug, [a.id])
    done = any_desk.reject_suggestions(story.slug, everything=True, author="ana")
    assert done.ids == (c.id,)
    after = any_desk.get_story(story.slug)
    assert after.body.startswith("The council voted 8-1 on Tuesday.")
    assert [s.id for s in critic.suggestions(after.markup)] == [b.id]
    any_desk.accept_suggestions(story.slug, everything=True)
    final = any_desk.get_story(story.slug)
    assert final.body_markup is None and "Residents  the hall" in final.body

    history = any_desk.revisions(story.slug)
    assert [(r.author, r.reason) for r in history[:6]] == [
        ("chief", "accept"),
        ("chief", "reject"),
        ("chief", "accept"),
        ("ana", "suggest"),
        ("ben", "suggest"),
        ("ana", "suggest"),
    ]
    # an old revision holds the suggestions; restoring it brings them back
    restored = any_desk.restore_revision(story.slug, history[3].number).story
    assert {s.id for s in critic.suggestions(restored.markup)} == {a.id, b.id, c.id}


def test_unknown_ids_and_missing_text_are_clear_errors(any_desk: Desk, story) -> None:
    with pytest.raises(NotFoundError, match="no open suggestion 42"):
        any_desk.accept_suggestions(story.slug, [42])
    with pytest.raises(InputError, match="is not in the story"):
        any_desk.suggest(story.slug, "Thursday", "Friday")
    with pytest.raises(InputError, match="is not in the story"):
        any_desk.comment_on(story.slug, "Thursday", "?")
    made = any_desk.suggest(story.slug, "Tuesday", "Wednesday")
    with pytest.raises(InputError, match=f"overlaps suggestion {made.id}"):
        any_desk.suggest(story.slug, "on Wednesday", "on Friday")


def test_comments_thread_resolve_reopen_and_follow_edits(any_desk: Desk, story) -> None:
    note = _as(any_desk, "ana").comment_on(story.slug, "Mayor Ana Ruiz", "Check her title")
    _as(any_desk, "ben").reply(story.slug, note.id, "Confirmed: mayor since 2022")
    assert any_desk.list_stories()[0].open_items == 1
    assert any_desk.resolve_comment(story.slug, note.id)
    assert any_desk.list_stories(attention=True) == []
    any_desk.reopen_comment(story.slug, note.id)
    assert [s.slug for s in any_desk.list_stories(attention=True)] == [story.slug]

    current = any_desk.get_story(story.slug)
    edited = current.body.replace("The council", "Late on Tuesday, the city council")
    after = any_desk.save_story(current.with_changes(body=edited)).story
    (moved,) = after.comments
    assert after.markup[moved.start : moved.end] == "Mayor Ana Ruiz" and not moved.detached
    assert [r.text for r in moved.replies] == ["Confirmed: mayor since 2022"]

    gone = after.body.replace(" said Mayor Ana Ruiz", " she said")
    assert gone != after.body
    detached = any_desk.save_story(after.with_changes(body=gone)).story.comments[0]
    assert detached.detached and detached.anchor_text == "Mayor Ana Ruiz"
    assert detached.start == detached.end


def test_ids_are_shared_and_never_reused(any_desk: Desk, story) -> None:
    s1 = any_desk.suggest(story.slug, "7-2", "8-1")
    c1 = any_desk.comment_on(story.slug, "hall", "Which hall?")
    any_desk.accept_suggestions(story.slug, [s1.id])
    s2 = any_desk.suggest(story.slug, "Residents", "Neighbours")
    assert len({s1.id, c1.id, s2.id}) == 3 and s2.id > max(s1.id, c1.id)


def test_imported_criticmarkup_becomes_suggestions_and_comments(any_desk: Desk) -> None:
    outcome = any_desk.import_text(
        "---\nheadline: Imported\n---\n"
        "The {++city ++}council voted {~~7-2~>8-1~~}.{>>Check the count<<}\n",
        "story.md",
    )
    story = any_desk.get_story(outcome.story.slug)
    assert story.body.strip() == "The city council voted 8-1."
    assert [s.kind for s in critic.suggestions(story.markup)] == ["insert", "replace"]
    (comment,) = story.comments
    assert comment.text == "Check the count" and not comment.resolved
    assert story.to_json()["body"] == story.body


def test_ready_with_things_open_needs_a_reason(any_desk: Desk, story) -> None:
    any_desk.suggest(story.slug, "7-2", "8-1")
    quote = any_desk.get_story(story.slug).quotes[0]
    any_desk.set_quote_verdict(quote.id, Verdict.NOT_FOUND)
    with pytest.raises(ReasonRequired) as caught:
        _as(any_desk, "chief").set_status(story.slug, StoryStatus.READY)
    assert any("suggestion" in line for line in caught.value.items)
    assert any("not found" in line for line in caught.value.items)
    assert any_desk.get_story(story.slug).status is StoryStatus.DRAFT
    any_desk.set_status(story.slug, StoryStatus.READY, reason="Desk chief approved by phone")
    last = any_desk.status_history(story.slug)[-1]
    assert (last.to_status, last.changed_by, last.reason) == (
        StoryStatus.READY,
        "chief",
        "Desk chief approved by phone",
    )
    # with nothing open, no reason is asked
    other = any_desk.create_story(Story(headline="Clean", body="Nothing open here."))
    assert any_desk.set_status(other.slug, StoryStatus.READY).status is StoryStatus.READY


def test_assignment(any_desk: Desk, story) -> None:
    assert any_desk.assign(story.slug, "maria")
    assert not any_desk.assign(story.slug, "maria")
    assert any_desk.get_story(story.slug).assignee == "maria"
    assert any_desk.list_stories()[0].assignee == "maria"
    # a save from an editor that loaded the story before does not take it away
    any_desk.save_story(story.with_changes(headline="Council votes again"))
    assert any_desk.get_story(story.slug).assignee == "maria"
    any_desk.assign(story.slug, None)
    assert any_desk.get_story(story.slug).assignee is None
