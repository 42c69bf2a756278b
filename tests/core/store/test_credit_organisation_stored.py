"""A credit's organisation ("Ana Lima/Reuters") is stored, read back and kept by a published
snapshot, on SQLite and PostgreSQL (migration 0012); a store from before it upgrades with its
credits intact."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from app.core.model import Credit, CreditRole, Story
from app.core.services import Desk
from app.core.store import snapshots
from tests.core.store.upgrading import upgrade_to

_CREDITS = (
    Credit(CreditRole.BYLINE, "Ana Lima", "Orvel", None, "Reuters"),
    Credit(CreditRole.PHOTO, "Tove Marsh", None, None, "Getty Images"),
    Credit(CreditRole.EDITING, "Ben Ottway"),
)


def test_the_store_keeps_a_credits_organisation(database_url: str) -> None:
    desk = Desk.open(database_url)
    try:
        desk.create_story(
            Story(headline="Ferry fares rise", slug="ferry-fares", body="The fares rose.",
                  credits=_CREDITS),
            analyse=False,
        )  # fmt: skip
        assert desk.get_story("ferry-fares").credits == _CREDITS
    finally:
        desk.close()


def test_a_snapshot_keeps_the_organisation_and_reads_old_ones() -> None:
    story = Story(headline="Ferry fares rise", slug="ferry-fares", credits=_CREDITS)
    assert snapshots.load(snapshots.dump(story)).credits == _CREDITS
    old = snapshots.dump(Story(headline="Ferry", slug="ferry", credits=(_CREDITS[2],)))
    for credit in old["credits"]:  # type: ignore[union-attr]
        del credit["organisation"]  # as snapshots taken before 0012 were written
    assert snapshots.load(old).credits == (_CREDITS[2],)


def test_a_store_from_before_0012_upgrades_with_its_credits(database_url: str) -> None:
    upgrade_to(database_url, "0010")
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO stories (id, uid, slug, headline, dek, desk, status, keywords,"
            " language, body, words, version, created_at, updated_at, updated_by) VALUES"
            " (1, '00000000-0000-0000-0000-000000000001', 'old-story', 'Old headline', '',"
            " 'Metro', 'draft', '[]', 'en', 'Flood waters rose.', 3, 1,"
            " '2025-01-02 03:04:05+00', '2025-01-03 03:04:05+00', 'ann')"
        ))  # fmt: skip
        conn.execute(text("INSERT INTO people (id, name) VALUES (1, 'Ann Writer')"))
        conn.execute(text(
            "INSERT INTO credits (story_id, person_id, role, location, position)"
            " VALUES (1, 1, 'byline', 'Orvel', 0)"
        ))  # fmt: skip
    engine.dispose()
    desk = Desk.open(database_url)
    try:
        assert desk.get_story("old-story").credits == (
            Credit(CreditRole.BYLINE, "Ann Writer", "Orvel"),
        )
    finally:
        desk.close()
