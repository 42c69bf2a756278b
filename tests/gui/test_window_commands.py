"""The window's story commands: what the status bar says when provenance finds a rewrite's
changes (round 27's walk-through read "1 rewrite finding(s).")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from app.core.model import Severity
from tests.gui.conftest import open_story


def _report(story, count: int) -> SimpleNamespace:
    """A provenance report as the runner hands it over: `count` findings on the story's text."""
    finding = SimpleNamespace(
        severity=Severity.WARNING,
        code="fact_changed",
        message="A figure differs from the source",
        story=SimpleNamespace(start=0, end=5),
    )
    return SimpleNamespace(materials=["original.txt"], story=story.slug, findings=[finding] * count)


@pytest.mark.parametrize(("count", "said"), [(1, "1 rewrite finding."), (2, "2 rewrite findings.")])
def test_the_status_bar_counts_rewrite_findings_in_words(qtbot, window, ferry, count, said):
    open_story(window, ferry)
    window._open_view = False
    window._provenance_ready(_report(ferry, count), window.sidebar.text)
    assert window.status.currentMessage() == said
    assert len(window.sidebar.model.content.findings) >= count
