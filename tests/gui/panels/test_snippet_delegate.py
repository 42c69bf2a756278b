"""Search hits in the story list show the words around the match, the hit picked out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from app.core.model import Story
from app.gui.models.story_table_model import StoryColumn, StoryRole


def _search(qtbot, panel, words: str, headline: str) -> None:
    panel.search.setText(words)
    panel._start_search()  # what the debounce timer does
    assert panel.wait_for_search()

    def listed() -> bool:
        first = panel.model.summary(0) if panel.model.searching else None
        return first is not None and first.headline == headline

    qtbot.waitUntil(listed, timeout=5000)


def test_hits_carry_a_snippet_shown_on_a_second_line(qtbot, window, desk, ferry) -> None:
    desk.create_story(
        Story(headline="Budget vote", body="The council <b>voted</b> today."), analyse=False
    )
    panel = window.story_list
    window._update_page()
    panel.refresh()
    single = panel.table.rowHeight(0)
    _search(qtbot, panel, "nurses", ferry.headline)
    index = panel.model.index(0, StoryColumn.HEADLINE)
    snippet = index.data(StoryRole.SUMMARY).snippet
    assert "nurses finish their shifts" in snippet.text()
    assert [snippet.text()[s:e] for s, e in snippet.hits()] == ["nurses"]
    assert panel.table.rowHeight(0) >= 2 * panel.fontMetrics().lineSpacing()
    assert panel.table.rowHeight(0) > single
    assert "nurses finish their shifts" in index.data(Qt.ItemDataRole.ToolTipRole)
    # The row paints (headline, then the snippet) without turning story text into markup.
    image = panel.table.viewport().grab().toImage()
    assert image.format() != QImage.Format.Format_Invalid
    _search(qtbot, panel, "voted", "Budget vote")
    text = panel.model.index(0, StoryColumn.HEADLINE).data(StoryRole.SUMMARY).snippet.text()
    assert "<b>voted</b>" in text, "shown as the words the story holds, not as bold"
    panel.search.clear()
    panel._start_search()
    assert not panel.model.searching
    assert panel.table.rowHeight(0) == single


def test_the_hit_stays_in_view_when_the_snippet_starts_mid_text(qtbot, window, desk, ferry):
    """A snippet from mid-text begins with its own "…" piece: only that was taken for the
    words before the hit, so a narrow list showed "…June 14. It follows re…" without the hit."""
    from PySide6.QtGui import QFont, QFontMetrics

    from app.gui.panels.snippet_delegate import _lead_to_hit

    panel = window.story_list
    window._update_page()
    _search(qtbot, panel, "ferry", ferry.headline)
    snippet = panel.model.index(0, StoryColumn.HEADLINE).data(StoryRole.SUMMARY).snippet
    assert snippet.parts[0] == ("…", False) and not snippet.parts[1][1], "starts mid-text"
    metrics = QFontMetrics(QFont(panel.font()))
    room = 140  # the headline column's width at 1280x800
    pieces = _lead_to_hit(snippet, metrics, room // 3)
    lead, hit = pieces[0], pieces[1]
    assert hit == ("ferries", True), "the body's first word the stemmed search matched"
    assert metrics.horizontalAdvance(lead[0]) <= room // 3 and lead[0].startswith("…")


def test_a_word_found_by_its_stem_is_the_hit_the_list_shows(qtbot, window, desk, ferry) -> None:
    """'crack hull' finds the story by "cracks in the hulls" (stemmed search): the list's
    snippet is those words, marked, not the opening words with nothing marked."""
    panel = window.story_list
    window._update_page()
    _search(qtbot, panel, "crack hull ", ferry.headline)
    snippet = panel.model.index(0, StoryColumn.HEADLINE).data(StoryRole.SUMMARY).snippet
    assert "found cracks in the hulls of two ferries" in snippet.text()
    assert [snippet.text()[s:e] for s, e in snippet.hits()] == ["cracks", "hulls"]
    image = panel.table.viewport().grab().toImage()
    assert image.format() != QImage.Format.Format_Invalid
