"""An export that cannot finish leaves nothing behind and says why in one line: a store another
workstation holds locked, a folder that refuses the file, a name past the file system's limit."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, exc

from app.core.errors import StoreError
from app.core.exporting import service
from app.core.model import Story
from app.core.services import Desk


def test_an_export_the_store_cannot_record_writes_no_file(tmp_path: Path) -> None:
    db = tmp_path / "desk.db"
    desk = Desk.open(f"sqlite:///{db}", user="ed")
    story = desk.create_story(Story(headline="Ferries halted", body="The ferries stopped."))
    blocker = sqlite3.connect(db, timeout=0, isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another workstation mid-save: readers go on
    blocker.execute("UPDATE stories SET headline = headline")
    out = tmp_path / "out" / "ferries.html"
    out.parent.mkdir()
    try:
        # a short wait keeps the test quick; the app itself waits 15 s before giving up
        short_wait = "PRAGMA busy_timeout=100"
        event.listen(desk.store.engine, "connect", lambda c, _r: c.execute(short_wait))
        desk.store.engine.pool.dispose()
        with pytest.raises(StoreError, match="locked"):
            service.export_story(desk, story.id, "html", out, override_reason="wire deadline")
        assert not out.exists()  # no copy out there that the export history does not show
    finally:
        blocker.rollback()
        blocker.close()
    outcome = service.export_story(desk, story.id, "html", out, override_reason="wire deadline")
    assert outcome.path == out and out.read_text(encoding="utf-8")
    [record] = desk.exports(story.id)
    assert record.override_reason == "wire deadline"
    desk.close()


def test_an_export_whose_record_fails_to_commit_leaves_the_folder_as_it_was(
    tmp_path: Path,
) -> None:
    """Round 29: the file is written inside the transaction that records it; when the commit
    itself failed (a disk fault at the last moment), the new file stayed out with no record of
    who wrote it or why. Now the earlier file is put back, or a new one taken out."""
    desk = Desk.open(f"sqlite:///{tmp_path / 'desk.db'}", user="ed")
    story = desk.create_story(Story(headline="Ferries halted", body="The ferries stopped."))
    out = tmp_path / "ferries.html"
    service.export_story(desk, story.id, "html", out, override_reason="wire deadline")
    first = out.read_bytes()
    story = desk.get_story(story.id)
    desk.save_story(story.with_changes(body="The ferries stopped at noon."), story.version)

    def disk_fault(_connection) -> None:  # as SQLAlchemy reports the driver's failed COMMIT
        raise exc.OperationalError("COMMIT", {}, sqlite3.OperationalError("disk I/O error"))

    event.listen(desk.store.engine, "commit", disk_fault)
    try:
        with pytest.raises(StoreError):
            service.export_story(desk, story.id, "html", out, override_reason="second")
        assert out.read_bytes() == first  # the earlier export, as it went out
        fresh = tmp_path / "fresh.html"
        with pytest.raises(StoreError):
            service.export_story(desk, story.id, "html", fresh, override_reason="third")
        assert not fresh.exists()
    finally:
        event.remove(desk.store.engine, "commit", disk_fault)
    assert [r.override_reason for r in desk.exports(story.id)] == ["wire deadline"]
    desk.close()


def test_an_export_into_a_missing_parent_records_nothing(tmp_path: Path) -> None:
    """A file the file system refuses is said in one line and leaves no record behind."""
    desk = Desk.open(f"sqlite:///{tmp_path / 'desk.db'}", user="ed")
    story = desk.create_story(Story(headline="Ferries halted", body="The ferries stopped."))
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with pytest.raises(Exception, match="Cannot write") as caught:
        service.export_story(desk, story.id, "html", blocked / "x.html", override_reason="r")
    assert "\n" not in str(caught.value)
    assert desk.exports(story.id) == []
    desk.close()


def test_file_names_at_and_past_the_file_systems_limit(tmp_path: Path) -> None:
    """A 255-byte name is a valid name and is written (its temporary file's name was too long
    and the export refused); a longer one is refused in one line (it was a traceback)."""
    from app.core.errors import InputError

    desk = Desk.open(f"sqlite:///{tmp_path / 'desk.db'}", user="ed")
    story = desk.create_story(Story(headline="Ferries halted", body="The ferries stopped."))
    longest = tmp_path / ("n" * 250 + ".html")
    outcome = service.export_story(desk, story.id, "html", longest, override_reason="r")
    assert outcome.path == longest and longest.read_text(encoding="utf-8")
    too_long = tmp_path / ("z" * 300 + ".html")
    with pytest.raises(InputError, match=r"Cannot write .* too long") as caught:
        service.export_story(desk, story.id, "html", too_long, override_reason="r")
    assert "\n" not in str(caught.value)
    assert [r.path for r in desk.exports(story.id)] == [str(longest)]
    desk.close()


def test_thousands_of_one_overridden_finding_are_counted_not_listed(tmp_path: Path) -> None:
    """Round 29: an overridden export of a pathological paste printed (and recorded) every
    finding it overrode, 50,000 in one line for a paste of stray marks. The first few of each
    kind are kept and the rest counted; other kinds are listed as before."""
    desk = Desk.open(f"sqlite:///{tmp_path / 'desk.db'}", user="ed")
    body = "\n\n".join(f"Paragraph {i} opens \u201ca quote." for i in range(2_000)) + "\n"
    story = desk.create_story(Story(headline="Stray marks", body=body))
    outcome = service.export_story(desk, story.id, "html", tmp_path / "o.html",
                                   override_reason="deadline")  # fmt: skip
    unbalanced = [o for o in outcome.overridden if o.startswith("unbalanced_quotes:")]
    assert len(unbalanced) == 4 and unbalanced[-1] == "unbalanced_quotes: 1,997 more like these"
    assert any(o.startswith("no_credits:") for o in outcome.overridden)
    [record] = desk.exports(story.id)
    assert record.overridden == outcome.overridden
    desk.close()
