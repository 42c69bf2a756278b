"""A draft's slug is made from its headline as it is typed (issue 15, item 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.model import StoryStatus
from tests.gui.conftest import open_story


def _type_headline(qtbot, window, text: str) -> None:
    field = window.editor.metadata.headline
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, text)


def test_a_new_storys_slug_follows_the_headline(qtbot, window, desk) -> None:
    window.actions.new_story.trigger()
    form = window.editor.metadata
    assert form.slug.text() == "untitled-story"
    _type_headline(qtbot, window, "Ferries halt after hull cracks")
    assert form.slug.text() == "ferries-halt-after-hull-cracks"
    window.actions.save.trigger()
    story = desk.get_story(window.editor.story().id)
    assert story.slug == "ferries-halt-after-hull-cracks"
    # A second new story with the same headline is numbered by the store, and still follows.
    window.actions.new_story.trigger()
    _type_headline(qtbot, window, "Ferries halt after hull cracks")
    window.actions.save.trigger()
    assert window.editor.metadata.slug.text() == "ferries-halt-after-hull-cracks-2"
    _type_headline(qtbot, window, "Night ferries halted")
    assert window.editor.metadata.slug.text() == "night-ferries-halted"


def test_a_slug_set_by_hand_stays(qtbot, window, desk) -> None:
    window.actions.new_story.trigger()
    form = window.editor.metadata
    form.slug.setFocus()
    form.slug.selectAll()
    qtbot.keyClicks(form.slug, "ferry-cracks")
    _type_headline(qtbot, window, "Ferries halt after hull cracks")
    assert form.slug.text() == "ferry-cracks"


def test_a_story_past_draft_keeps_its_slug(qtbot, window, desk, ferry) -> None:
    ready = desk.set_status(ferry.id, StoryStatus.READY)
    open_story(window, ready)
    _type_headline(qtbot, window, "Ferries halted")
    assert window.editor.metadata.slug.text() == ferry.slug
