"""After publication: the text is locked, corrections and updates reopen it, kills are final."""

from __future__ import annotations

import pytest

from app.core.errors import BlockedError, PublicationError
from app.core.model import (
    Credit,
    CreditRole,
    PublicationKind,
    Source,
    Story,
    StoryStatus,
)

BODY = "The council approved the budget on Tuesday.\n\n“It is done,” said Ann Lee."


def _published(desk, **changes) -> Story:
    fields = {"headline": "Council approves budget", "body": BODY, "status": StoryStatus.READY,
              "credits": (Credit(CreditRole.BYLINE, "Bo Writer"),)}  # fmt: skip
    fields.update(changes)
    story = desk.create_story(Story(**fields))
    return desk.set_status(story.slug, StoryStatus.PUBLISHED)


def test_publishing_records_publication_one_with_its_revision(any_desk) -> None:
    story = _published(any_desk)
    [first] = any_desk.publications(story.slug)
    assert (first.number, first.kind, first.published_by) == (1, PublicationKind.PUBLISH, "tester")
    revision = any_desk.revision(story.slug, first.revision)
    assert revision.body == BODY and revision.reason == "status"
    _, text = any_desk.published_story(story.slug, 1)
    assert (text.headline, text.body) == (story.headline, BODY)
    assert [c.name for c in text.credits] == ["Bo Writer"]


@pytest.mark.parametrize("status", [s for s in StoryStatus if s is not StoryStatus.PUBLISHED])
def test_a_published_story_leaves_published_only_by_a_correction_update_or_kill(
    desk, status
) -> None:
    story = _published(desk)
    with pytest.raises(PublicationError) as caught:
        desk.set_status(story.slug, status)
    assert "correct" in str(caught.value) or "kill" in str(caught.value)
    assert desk.get_story(story.slug).status is StoryStatus.PUBLISHED


def test_published_text_and_credits_are_locked(desk) -> None:
    story = _published(desk)
    for change in ({"body": BODY + " More."}, {"headline": "New"}, {"dek": "A dek"},
                   {"keywords": ("x",)}, {"slug": "other-slug"}):  # fmt: skip
        with pytest.raises(PublicationError, match="open a correction or an update"):
            desk.save_story(story.with_changes(**change))
    with pytest.raises(PublicationError, match="credits"):
        desk.set_credits(story.slug, (Credit(CreditRole.BYLINE, "Someone Else"),))
    stored = desk.get_story(story.slug)
    assert stored.body == BODY and [c.name for c in stored.credits] == ["Bo Writer"]
    # Saving it unchanged (the window's save on close) is fine.
    desk.save_story(stored)


def test_correct_reopens_and_the_next_publication_carries_the_note(any_desk) -> None:
    story = _published(any_desk)
    reopened = any_desk.correct(story.slug, "  An earlier version\nmisspelled Ann Lee's name. ")
    assert reopened.status is StoryStatus.EDITING
    fixed = any_desk.save_story(reopened.with_changes(body=BODY.replace("Tuesday", "Monday")))
    again = any_desk.set_status(fixed.story.slug, StoryStatus.PUBLISHED)
    first, second = any_desk.publications(again.slug)
    assert (second.number, second.kind) == (2, PublicationKind.CORRECTION)
    assert second.note == "An earlier version misspelled Ann Lee's name."
    assert second.opened_at <= second.published_at and second.revision > first.revision
    assert any_desk.published_story(again.slug, 1)[1].body == BODY
    assert "Monday" in any_desk.published_story(again.slug, 2)[1].body
    history = [p.to_json() for p in any_desk.publications(again.slug)]
    assert [(h["number"], h["kind"], h["by"]) for h in history] == [
        (1, "publish", "tester"), (2, "correction", "tester")
    ]  # fmt: skip


def test_an_update_opened_but_not_yet_published_shows_as_in_progress(desk) -> None:
    story = _published(desk)
    desk.update(story.slug, "Adds the mayor's reaction.")
    first, pending = desk.publications(story.slug)
    assert first.is_out and not pending.is_out
    assert pending.to_json()["number"] is None and pending.kind is PublicationKind.UPDATE
    assert pending.opened_by == "tester" and pending.to_json()["by"] is None


def test_correction_needs_a_published_story_and_a_note(desk) -> None:
    draft = desk.create_story(Story(headline="Draft", body="Text."))
    with pytest.raises(PublicationError, match="only a published story"):
        desk.correct(draft.slug, "A note")
    story = _published(desk, headline="Other")
    with pytest.raises(PublicationError, match="needs a note"):
        desk.update(story.slug, "   ")
    assert desk.get_story(story.slug).status is StoryStatus.PUBLISHED


@pytest.mark.parametrize("status", [StoryStatus.DRAFT, StoryStatus.READY, StoryStatus.PUBLISHED])
def test_kill_from_any_status_is_final(any_desk, status) -> None:
    story = any_desk.create_story(Story(headline="To be killed", body=BODY, status=status))
    with pytest.raises(PublicationError, match="reason"):
        any_desk.kill(story.slug, "")
    kill = any_desk.kill(story.slug, "Legal asked us to withdraw it.")
    assert kill.kind is PublicationKind.KILL and kill.note == "Legal asked us to withdraw it."
    assert any_desk.get_story(story.slug).status is StoryStatus.KILLED
    killed = any_desk.get_story(story.slug)
    for attempt in (lambda: any_desk.set_status(story.slug, StoryStatus.EDITING),
                    lambda: any_desk.save_story(killed.with_changes(body="Revived.")),
                    lambda: any_desk.kill(story.slug, "again")):  # fmt: skip
        with pytest.raises(PublicationError):
            attempt()
    assert any_desk.get_story(story.slug).body == BODY


def test_killed_only_through_kill_with_a_reason(desk) -> None:
    story = desk.create_story(Story(headline="Draft", body="Text."))
    with pytest.raises(PublicationError, match="needs a reason"):
        desk.set_status(story.slug, StoryStatus.KILLED)
    with pytest.raises(PublicationError, match="needs a reason"):
        desk.create_story(Story(headline="Born dead", status=StoryStatus.KILLED))


def test_an_import_that_says_killed_comes_in_as_a_draft(desk, tmp_path) -> None:
    path = tmp_path / "held.md"
    path.write_text("---\nheadline: Held story\nstatus: killed\n---\n\nText.\n", "utf-8")
    outcome = desk.import_file(path)
    assert outcome.story.status is StoryStatus.DRAFT
    assert any("kill needs a reason" in w for w in outcome.warnings)


def test_a_story_created_published_is_publication_one(desk) -> None:
    story = desk.create_story(Story(headline="Straight out", body=BODY,
                                    status=StoryStatus.PUBLISHED))  # fmt: skip
    [first] = desk.publications(story.slug)
    assert first.number == 1 and desk.published_story(story.slug, 1)[1].body == BODY


def test_a_story_naming_its_confidential_source_is_not_published(any_desk) -> None:
    """No export of that text could ever be made, so the desk hears it at the status change,
    not when the published text is asked for; once the name is out, it publishes."""
    story = any_desk.create_story(Story(
        headline="Tender rigged", status=StoryStatus.READY,
        body="The tender was rigged, Kowalczyk said.",
        credits=(Credit(CreditRole.BYLINE, "Bo Writer"),),
    ))  # fmt: skip
    any_desk.add_source(story.slug, Source(name="Marta Kowalczyk", confidential=True))
    with pytest.raises(PublicationError, match=r"cannot be published.*Marta Kowalczyk"):
        any_desk.set_status(story.slug, StoryStatus.PUBLISHED)
    assert any_desk.get_story(story.slug).status is StoryStatus.READY
    assert any_desk.publications(story.slug) == []
    fixed = any_desk.get_story(story.slug).with_changes(body="The tender was rigged, she said.")
    any_desk.save_story(fixed)
    assert any_desk.set_status(story.slug, StoryStatus.PUBLISHED).status is StoryStatus.PUBLISHED


def test_a_story_created_published_with_its_confidential_source_named_is_refused(desk) -> None:
    secret = Source(name="Marta Kowalczyk", confidential=True)
    with pytest.raises(PublicationError, match="cannot be published"):
        desk.create_story(Story(headline="Straight out", body="Kowalczyk said so.",
                                status=StoryStatus.PUBLISHED, sources=(secret,)))  # fmt: skip


def test_publishing_refuses_what_an_export_refuses_with_the_same_lines(desk, tmp_path) -> None:
    """Round 30: publishing ran only the confidential check, so a story with no credit went
    out and was refused later, at export. Both ask the one export gate now, word it alike,
    and the reason that releases an export releases the publication (and is recorded)."""
    from app.core.exporting import service

    story = desk.create_story(Story(headline="Council approves budget", body=BODY,
                                    status=StoryStatus.READY))  # fmt: skip
    with pytest.raises(BlockedError) as published:
        desk.set_status(story.slug, StoryStatus.PUBLISHED)
    with pytest.raises(BlockedError) as exported:
        service.export_story(desk, story.slug, "text", tmp_path / "out.txt")
    assert [f.code for f in published.value.findings] == ["no_credits"]
    assert published.value.findings == exported.value.findings
    assert str(published.value) == str(exported.value).replace("Export of", "Publication of")
    assert published.value.overridable
    assert desk.get_story(story.slug).status is StoryStatus.READY
    assert desk.publications(story.slug) == []

    moved = desk.set_status(story.slug, StoryStatus.PUBLISHED, override_reason="Wire copy.")
    assert moved.status is StoryStatus.PUBLISHED
    assert [p.number for p in desk.publications(story.slug)] == [1]
    why = desk.status_history(story.slug)[-1].reason
    assert why.startswith("Gate overridden (Wire copy.): no_credits:")


def test_the_windows_publish_and_a_sign_off_reason_do_not_pass_the_gate(desk) -> None:
    """The window publishes by saving the story with its new status: the same gate stands.
    A reason given to reach `ready` with a suggestion open does not release it either."""
    markup = "The council approved the {++whole ++}budget on Tuesday."
    story = desk.create_story(Story(
        headline="Council approves budget", body=markup, body_markup=markup,
        credits=(Credit(CreditRole.BYLINE, "Bo Writer"),),
    ))  # fmt: skip
    ready = desk.set_status(story.slug, StoryStatus.READY, reason="Suggestion is minor.")
    with pytest.raises(BlockedError) as caught:
        desk.save_story(ready.with_changes(status=StoryStatus.PUBLISHED))
    assert [f.code for f in caught.value.findings] == ["open_suggestion"]
    assert desk.get_story(story.slug).status is StoryStatus.READY


def test_no_reason_publishes_a_confidential_name(desk) -> None:
    story = desk.create_story(Story(
        headline="Tender rigged", status=StoryStatus.READY,
        body="The tender was rigged, Kowalczyk said.",
        credits=(Credit(CreditRole.BYLINE, "Bo Writer"),),
    ))  # fmt: skip
    desk.add_source(story.slug, Source(name="Marta Kowalczyk", confidential=True))
    with pytest.raises(PublicationError, match="cannot be published"):
        desk.set_status(story.slug, StoryStatus.PUBLISHED, override_reason="Needed.")
    assert desk.publications(story.slug) == []


def test_an_import_that_says_published_passes_the_gate_or_comes_in_ready(desk, tmp_path) -> None:
    """Round 30: a file saying `status: published` was published on import past every check
    but the confidential one. It is published only if the export gate lets it."""
    path = tmp_path / "out.md"
    path.write_text("---\nheadline: Straight out\nstatus: published\n---\n\nText.\n", "utf-8")
    outcome = desk.import_file(path)
    assert outcome.story.status is StoryStatus.READY
    assert desk.publications(outcome.story.slug) == []
    assert "imported as ready" in outcome.warnings[0]
    assert any("no_credits" in w for w in outcome.warnings)
    credited = tmp_path / "credited.md"
    credited.write_text("---\nheadline: Credited\nstatus: published\n---\n\nText.\n\n"
                        "Reporting by Ana Ortiz\n", "utf-8")  # fmt: skip
    story = desk.import_file(credited).story
    assert story.status is StoryStatus.PUBLISHED
    assert [p.number for p in desk.publications(story.slug)] == [1]
