"""Migration 0012: a credit's organisation is stored, read back and kept by snapshots, on
SQLite and on the shared PostgreSQL server; credits stored before it stay intact."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from app.core.model import Credit, CreditRole, Story
from app.core.services import Desk
from app.core.store import snapshots
from tests.core.store.upgrading import upgrade_to

_CREDITS = (
    Credit(CreditRole.REPORTING, "Ida Marrow", "Orvel", organisation="Reuters"),
    Credit(CreditRole.PHOTO, "Tomas Brill", organisation="The Harbour Ledger"),
    Credit(CreditRole.REPORTING, "Nell Carrow", "Calderport"),
)


def test_a_database_from_before_0012_keeps_its_credits(database_url: str) -> None:
    upgrade_to(database_url, "0010")
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO stories (id, uid, slug, headline, dek, desk, status, keywords,"
            " language, body, words, version, created_at, updated_at, updated_by) VALUES"
            " (1, '00000000-0000-0000-0000-000000000001', 'harbour-wall', 'Harbour wall',"
            " '', 'Metro', 'draft', '[]', 'en', 'The wall held.', 3, 1,"
            " '2025-01-02 03:04:05+00', '2025-01-03 03:04:05+00', 'ann')"
        ))  # fmt: skip
        # No explicit people id: PostgreSQL's sequence must still hand out the next one.
        conn.execute(text("INSERT INTO people (name) VALUES ('Ida Marrow')"))
        conn.execute(text(
            "INSERT INTO credits (story_id, person_id, role, location, position)"
            " SELECT 1, id, 'reporting', 'Harbourside', 0 FROM people"
        ))  # fmt: skip
    engine.dispose()

    desk = Desk.open(database_url, user="carol")
    try:
        story = desk.get_story("harbour-wall")
        assert story.credits == (Credit(CreditRole.REPORTING, "Ida Marrow", "Harbourside"),)
        assert story.credits[0].organisation is None
        desk.set_credits("harbour-wall", _CREDITS)
        assert desk.get_story("harbour-wall").credits == _CREDITS
    finally:
        desk.close()


def test_the_store_keeps_the_organisation(any_desk) -> None:
    story = any_desk.create_story(
        Story(headline="Ferry fares rise", slug="ferry-fares", body="The fares rose.",
              credits=_CREDITS),
        analyse=False,
    )  # fmt: skip
    assert any_desk.get_story(story.slug).credits == _CREDITS


def test_a_snapshot_keeps_the_organisation() -> None:
    story = Story(headline="Ferry fares rise", slug="ferry-fares", credits=_CREDITS)
    assert snapshots.load(snapshots.dump(story)).credits == _CREDITS


def test_a_snapshot_written_before_organisations_still_loads() -> None:
    data = snapshots.dump(Story(headline="Ferry fares rise", slug="ferry-fares", credits=_CREDITS))
    for credit in data["credits"]:
        del credit["organisation"]
    loaded = snapshots.load(data).credits
    assert [c.name for c in loaded] == ["Ida Marrow", "Tomas Brill", "Nell Carrow"]
    assert all(c.organisation is None for c in loaded)
