"""One window and another workstation on the same store (a second Desk here; real processes in
tests/integration/test_live_processes.py): the list follows, a banner offers reload, compare or
keep mine, presence shows on the row and in the editor, the soft lock makes it read-only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.core.model import Story
from app.core.services import Desk
from app.gui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from app.gui.models.story_table_model import StoryColumn, StoryRole
from app.gui.review.dialogs import ReasonDialog
from tests.gui.conftest import add_story


@pytest.fixture
def other(sqlite_url) -> Iterator[Desk]:
    desk = Desk.open(sqlite_url, user="ben")
    yield desk
    desk.close()


@pytest.fixture
def live(window):
    assert window.live.start()
    return window


def _open(qtbot, window, story_id: int) -> None:
    window._update_page()  # the workspace, not the welcome page
    window.story_list.refresh(story_id)
    window.autosaver.switch_to(story_id)
    qtbot.waitUntil(lambda: window.editor.story() is not None)


def _headlines(window) -> list[str]:
    model = window.story_list.model
    return [model.index(r, StoryColumn.HEADLINE).data() for r in range(model.rowCount())]


def test_the_list_follows_stories_made_elsewhere(qtbot, live, desk, other) -> None:
    add_story(desk, "Mine")
    live.story_list.refresh()
    other.create_story(Story(headline="Filed from the CLI", body="Text."), analyse=False)
    qtbot.waitUntil(lambda: "Filed from the CLI" in _headlines(live), timeout=2000)


def test_a_save_elsewhere_shows_a_banner_with_reload(qtbot, live, desk, other) -> None:
    story = add_story(desk)
    _open(qtbot, live, story.id)
    theirs = other.get_story(story.id)
    other.save_story(theirs.with_changes(body=theirs.body + "\nA line from Ben.\n"))
    banner = live.banner.saved
    qtbot.waitUntil(banner.isVisible, timeout=2000)
    assert banner.label.text().startswith("ben saved this story at")
    live.banner.reload_button.click()
    assert "A line from Ben." in live.editor.markdown()
    assert not banner.isVisible()


def test_keep_mine_saves_on_top_and_compare_opens_the_conflict_dialog(
    qtbot, live, desk, other, monkeypatch
) -> None:
    story = add_story(desk)
    _open(qtbot, live, story.id)
    live.editor.metadata.headline.end(False)
    qtbot.keyClicks(live.editor.metadata.headline, " tonight")
    live.autosaver._timer.stop()
    theirs = other.get_story(story.id)
    other.save_story(theirs.with_changes(dek="Their dek"))
    qtbot.waitUntil(live.banner.saved.isVisible, timeout=2000)
    asked = []
    monkeypatch.setattr(
        ConflictDialog,
        "ask",
        classmethod(lambda cls, *a, **k: asked.append(a) or ConflictChoice.KEEP_MINE),
    )
    live.banner.compare_button.click()
    assert asked, "the existing conflict dialog decides"
    saved = desk.get_story(story.id)
    assert saved.headline.endswith("tonight") and saved.dek == "Their dek"  # merged
    assert not live.banner.saved.isVisible()

    # Keep mine, straight from the banner: my change on top of their newer save
    live.editor.metadata.headline.end(False)
    qtbot.keyClicks(live.editor.metadata.headline, " again")
    live.autosaver._timer.stop()
    theirs = other.get_story(story.id)
    other.save_story(theirs.with_changes(keywords=("budget",)))
    qtbot.waitUntil(live.banner.saved.isVisible, timeout=2000)
    live.banner.keep_button.click()
    saved = desk.get_story(story.id)
    assert saved.headline.endswith("tonight again") and saved.keywords == ("budget",)
    assert [r.reason for r in desk.revisions(story.id)][:1] == ["conflict"]


def test_presence_on_the_row_and_in_the_editor(qtbot, live, desk, other) -> None:
    story = add_story(desk)
    _open(qtbot, live, story.id)
    other.beat(story.id)
    qtbot.waitUntil(live.banner.presence.isVisible, timeout=2000)
    assert live.banner.presence.label.text() == "✎ ben is editing this story too."
    model = live.story_list.model
    row = model.row_of(story.id)
    assert model.index(row, StoryColumn.HEADLINE).data(StoryRole.EDITING) == "ben is editing"
    assert model.index(row, StoryColumn.HEADLINE).data(0x1) is not None  # the pencil icon
    other.leave()
    qtbot.waitUntil(lambda: not live.banner.presence.isVisible(), timeout=2000)


def test_a_claimed_story_opens_read_only_until_taken_over(
    qtbot, live, desk, other, monkeypatch
) -> None:
    story = add_story(desk)
    other.claim(story.id)
    _open(qtbot, live, story.id)
    assert live.editor.text_edit.isReadOnly()
    assert live.banner.lock.isVisible() and "ben has claimed" in live.banner.lock.label.text()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "Ben left early"))
    live.banner.take_over_button.click()
    assert not live.editor.text_edit.isReadOnly()
    assert live.actions.claim_story.isChecked()
    assert desk.lock_history(story.id)[-1].reason == "Ben left early"
    # and the other side finds it taken: their next claim is refused
    with pytest.raises(Exception, match="has claimed"):
        other.claim(story.id)


def test_a_claimed_storys_credits_are_grey_with_the_claimants_name(
    qtbot, live, desk, other, monkeypatch
) -> None:
    """The credits stayed editable while the text was read-only under someone else's claim."""
    story = add_story(desk)
    other.claim(story.id)
    _open(qtbot, live, story.id)
    panel = live.credits
    assert not panel.add_button.isEnabled() and not panel.parse_button.isEnabled()
    assert "ben has claimed" in panel.add_button.toolTip()
    monkeypatch.setattr(ReasonDialog, "ask", classmethod(lambda cls, *a, **k: "Ben left early"))
    live.banner.take_over_button.click()
    assert panel.add_button.isEnabled() and panel.paste_edit.isEnabled()


def test_a_claimed_storys_review_buttons_say_why_they_are_grey(qtbot, live, desk, other) -> None:
    story = add_story(desk)
    other.claim(story.id)
    _open(qtbot, live, story.id)
    button = live.review.comment_button
    assert not button.isEnabled() and button.toolTip().startswith("ben has claimed this story")
    assert (
        live.status.lock.isVisibleTo(live)
        and live.status.lock.text() == "Read-only: claimed by ben"
    )
    other.release(story.id)
    live.live.apply_lock(live.editor.story())
    assert button.isEnabled() and button.toolTip() == "Comment on the text selected in the editor"
    assert not live.status.lock.isVisibleTo(live)


def test_a_refused_review_action_says_who_holds_the_story_and_what_to_do(
    qtbot, live, desk, other
) -> None:
    """Ctrl+Alt+M on a claimed story said only "This story is open read-only here."."""
    story = add_story(desk)
    other.claim(story.id)
    _open(qtbot, live, story.id)
    live.actions.add_comment.trigger()
    said = live.status.currentMessage()
    assert said.startswith("ben has claimed this story") and "Take over" in said
    other.release(story.id)
    live.live.apply_lock(live.editor.story())
    live.actions.add_comment.trigger()
    assert live.status.currentMessage() == "Select the words the comment is about first."
