"""A slug (or dateline, keywords) wider than its field shows whole in its tooltip."""

from __future__ import annotations

from tests.gui.conftest import add_story, open_story

LONG_SLUG = "harbour-authority-suspends-night-ferries-to-linnet-island-after-pier-damage"


def test_a_clipped_slug_shows_whole_in_its_tooltip(qtbot, window, desk) -> None:
    """Round 28: at 1920x1080 the form read "biden-permits-ukraine-to-use-u-s-wea" and
    nothing showed the rest without clicking in and pressing End. (The slug has its own row
    since round 29 and shows whole there: a small window clips it.)"""
    window.resize(1024, 640)
    story = add_story(desk, headline="Night ferries stay suspended", slug=LONG_SLUG)
    open_story(window, story)
    slug = window.editor.metadata.slug
    stored = desk.get_story(story.id).slug
    assert stored.startswith("harbour-authority-suspends-night-ferries")
    qtbot.waitUntil(lambda: slug.text() == stored)
    qtbot.wait(50)
    assert slug.fontMetrics().horizontalAdvance(stored) > slug.width(), "not clipped here"
    assert slug.toolTip() == stored

    short = add_story(desk, headline="Pier reopens", slug="pier-reopens")
    open_story(window, short)
    qtbot.waitUntil(lambda: slug.text() == "pier-reopens")
    assert slug.toolTip() == ""


def test_a_field_whose_text_fits_keeps_its_own_tooltip(qtbot, window, desk) -> None:
    window.resize(1920, 1080)
    open_story(window, add_story(desk, headline="Pier reopens"))
    keywords = window.editor.metadata.keywords
    assert keywords.toolTip() == "Keywords, separated by commas"
    keywords.setText(", ".join(["harbour", "ferries", "Linnet Island", "pier damage"] * 6))
    assert keywords.toolTip().startswith("harbour, ferries")
    assert keywords.toolTip().endswith("\nKeywords, separated by commas")
