"""Fixtures for export tests: the imported wire story and small hand-made stories."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.model import Credit, CreditRole, Dateline, Story, StoryStatus


@pytest.fixture
def sample_story(desk, wire_story: Path) -> Story:
    """The project's wire story imported as a user would, then marked ready for publication."""
    outcome = desk.import_file(wire_story)
    return desk.set_status(outcome.story.slug, StoryStatus.READY)


@pytest.fixture
def make_story(desk) -> Callable[..., Story]:
    """A stored story with a headline and a credit, ready; keyword arguments replace fields."""

    def make(**changes: object) -> Story:
        fields: dict[str, object] = {
            "headline": "Council approves budget",
            "slug": "council-budget",
            "body": "The council approved the budget on Tuesday.\n\nThe vote was 7-2.",
            "dek": "Spending rises 3 percent",
            "desk": "Metro",
            "keywords": ("budget", "council"),
            "dateline": Dateline("SPRINGFIELD", "Nov 17", "Reuters"),
            "status": StoryStatus.READY,
            "credits": (Credit(CreditRole.REPORTING, "Ana Ortiz", "Springfield"),),
        }
        analyse = bool(changes.pop("analyse", True))
        fields.update(changes)
        return desk.create_story(Story(**fields), analyse=analyse)

    return make
