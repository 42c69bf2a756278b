"""The start-up desk serves the list without opening the store, and is a Desk otherwise."""

from __future__ import annotations

import subprocess
import sys

from app.core.model import Story
from app.core.services import Desk
from app.core.startup import StartupDesk


def test_the_list_is_served_before_the_store_opens(sqlite_url: str) -> None:
    seeded = Desk.open(sqlite_url, user="ed")
    story = seeded.create_story(Story(headline="Morning news", body="Text."), analyse=False)
    seeded.close()

    desk = StartupDesk(sqlite_url, user="ed")
    try:
        assert desk.count_stories() == 1
        assert [s.slug for s in desk.list_stories()] == [story.slug]
        assert not desk.is_open
        assert desk.get_story(story.slug).headline == "Morning news"  # opens the real store
        assert desk.is_open
        assert desk.count_stories() == 1
    finally:
        desk.close()


def test_a_new_store_takes_the_full_path_at_once(sqlite_url: str) -> None:
    desk = StartupDesk(sqlite_url)
    try:
        assert desk.is_open
        assert desk.count_stories() == 0
    finally:
        desk.close()


def test_serving_the_first_page_imports_no_sqlalchemy(sqlite_url: str) -> None:
    Desk.open(sqlite_url).close()
    script = (
        "import sys\n"
        "from app.core.startup import StartupDesk\n"
        f"desk = StartupDesk({sqlite_url!r})\n"
        "desk.count_stories(); desk.list_stories()\n"
        "print([m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    assert out.strip() == "[]"
