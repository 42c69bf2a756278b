"""Archive candidates: an LSH index in the database, kept in step on save, finds originals."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from app.core.importing import read_file
from app.core.model import Story
from app.core.provenance.service import story_provenance
from app.core.provenance.signatures import bucket_keys
from app.core.services import Desk
from app.core.verification import load_document
from tests.core.provenance.conftest import ORIGINAL, REWRITE

OTHER = (
    "The city zoo welcomed twin red panda cubs on Sunday, keepers said.\n\n"
    "The cubs, a male and a female, will stay indoors with their mother until the spring."
)


def _items(desk: Desk) -> dict[int, int]:
    with desk.store.engine.connect() as conn:
        rows = conn.execute(text("SELECT item, count(*) FROM archive_index GROUP BY item"))
        return dict(rows.all())


def test_archive_finds_the_original_story(desk: Desk) -> None:
    original = desk.import_draft(read_file(ORIGINAL).draft).story
    desk.create_story(Story(headline="Red panda cubs", body=OTHER, slug="pandas"))
    desk.import_draft(read_file(REWRITE).draft)
    report = story_provenance(desk, "tunnel-rewrite", archive=True)
    sources = report.to_json()["sources"]
    assert [s["document"] for s in sources] == [f"story:{original.slug}"]
    assert sources[0]["title"] == original.headline
    assert sources[0]["credited"] is False and sources[0]["share"] > 0.5
    codes = {f.code for f in report.findings}
    assert {"source_uncredited", "fact_changed", "sourcing_changed"} <= codes


def test_the_index_follows_saves_attachments_and_purges(any_desk: Desk) -> None:
    desk = any_desk
    story = desk.create_story(Story(headline="Pandas", body=OTHER, slug="pandas"))
    assert _items(desk) == {story.id: len(set(bucket_keys(OTHER)))}
    desk.save_story(
        story.with_changes(
            body="Completely different words about harbour cranes "
            "and the dockers' new contract in Porthaven."
        )
    )
    with desk.store.engine.connect() as conn:
        keys = {k for (k,) in conn.execute(text("SELECT bucket FROM archive_index"))}
    assert keys == set(bucket_keys(desk.get_story("pandas").body))
    document = desk.attach_document("pandas", load_document(ORIGINAL))
    assert -document.id in _items(desk)
    desk.delete_story("pandas")
    desk.purge_stories(["pandas"])
    assert _items(desk) == {}


def test_upgrading_an_older_store_indexes_what_it_holds(sqlite_url: str) -> None:
    from tests.core.store.upgrading import upgrade_to

    upgrade_to(sqlite_url, "0005")
    engine = create_engine(sqlite_url)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO stories (id, uid, slug, headline, dek, desk, status, keywords,"
                " language, body, words, version, created_at, updated_at)"
                " VALUES (3, 'u-3', 'pandas',"
                " 'Pandas', '', '', 'draft', '[]', 'en', :body, 30, 1, '2025-01-02 03:04:05+00',"
                " '2025-01-02 03:04:05+00')"
            ),
            {"body": OTHER},
        )
    engine.dispose()
    desk = Desk.open(sqlite_url)
    try:
        assert _items(desk) == {3: len(set(bucket_keys(OTHER)))}
        assert desk.get_story("pandas").quotes == ()
    finally:
        desk.close()
