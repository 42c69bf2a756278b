"""Migration 0011: stories published before it get their first publication, and keep working."""

from __future__ import annotations

import json

from sqlalchemy import create_engine, text

from app.core.exporting import service
from app.core.model import PublicationKind, StoryStatus
from app.core.services import Desk
from tests.core.store.upgrading import upgrade_to


def test_stories_published_before_0011_get_publication_one(database_url: str) -> None:
    upgrade_to(database_url, "0005")
    engine = create_engine(database_url)
    with engine.begin() as conn:
        for sid, slug, status in ((1, "old-published", "published"), (2, "old-killed", "killed"),
                                  (3, "old-draft", "draft")):  # fmt: skip
            conn.execute(text(
                "INSERT INTO stories (id, uid, slug, headline, dek, desk, status, keywords,"
                " language, body, words, version, created_at, updated_at, updated_by) VALUES"
                " (:id, :uid, :slug, 'Old headline', '', 'Metro', :status, '[]', 'en',"
                " 'Flood waters rose overnight.', 4, 3, '2025-01-02 03:04:05+00',"
                " '2025-01-03 03:04:05+00', 'ann')"
            ), {"id": sid, "uid": f"00000000-0000-0000-0000-00000000000{sid}", "slug": slug,
                "status": status})  # fmt: skip
            conn.execute(text(
                "INSERT INTO status_changes (story_id, from_status, to_status, changed_by,"
                " changed_at) VALUES (:id, 'ready', :status, 'bob', '2025-01-02 09:00:00+00')"
            ), {"id": sid, "status": status})  # fmt: skip
        conn.execute(text("INSERT INTO people (id, name) VALUES (1, 'Ann Writer')"))
        conn.execute(
            text(
                "INSERT INTO credits (story_id, person_id, role, position)"
                " VALUES (1, 1, 'byline', 0)"
            )
        )
    engine.dispose()

    desk = Desk.open(database_url, user="carol")
    try:
        [first] = desk.publications("old-published")
        assert (first.number, first.kind, first.published_by) == (1, PublicationKind.PUBLISH, "bob")
        assert first.published_at.isoformat().startswith("2025-01-02T09:00:00")
        [kill] = desk.publications("old-killed")
        assert kill.kind is PublicationKind.KILL
        assert desk.publications("old-draft") == []
        # Still published and locked, so the working copy stands for the text that went out.
        item = json.loads(service.export_story(desk, "old-published", "ninjs", publication=1)
                          .content)  # fmt: skip
        assert item["version"] == "1" and "Flood waters" in item["bodies"][0]["value"]
        # A correction snapshots that text first: publication 1 survives the edit.
        story = desk.correct("old-published", "Corrects the day of the flood.")
        desk.save_story(story.with_changes(body="Flood waters rose on Monday."))
        desk.set_status("old-published", StoryStatus.PUBLISHED)
        old = service.export_story(desk, "old-published", "text", publication=1).content
        new = service.export_story(desk, "old-published", "text", publication=2).content
        assert "rose overnight" in old and "Correction" not in old
        assert "rose on Monday" in new and "Correction: Corrects the day of the flood." in new
    finally:
        desk.close()
