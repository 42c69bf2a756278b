"""Races between workstations: every version change is one atomic step, writers take the lock
up front, and a story's history never stands in the way of a save (issue 12)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import event, update

from app.core.errors import ConflictError, StoreError
from app.core.model import Credit, CreditRole, Story
from app.core.services import Desk
from app.core.store import deltas
from app.core.store.schema import RevisionRow
from app.core.store.stories import StoryRepository


def _race_before_update(desk: Desk, action) -> tuple[list[BaseException], list[threading.Thread]]:
    """Run `action` in another thread the moment `desk` is about to update a story, give it a
    second, then let `desk` go on. Returns what the other thread raised, and the thread."""
    raised: list[BaseException] = []
    threads: list[threading.Thread] = []
    fired = threading.Event()

    def before(conn, cursor, statement, parameters, context, executemany) -> None:
        if fired.is_set() or not statement.lstrip().upper().startswith("UPDATE STORIES"):
            return
        fired.set()

        def run() -> None:
            try:
                action()
            except BaseException as exc:
                raised.append(exc)

        other = threading.Thread(target=run)
        threads.append(other)
        other.start()
        other.join(timeout=1.0)  # it may be waiting for our lock: then it runs after us

    event.listen(desk.store.engine, "before_cursor_execute", before)
    return raised, threads


@pytest.mark.parametrize("move", ["delete", "restore"])
def test_a_save_racing_a_trash_move_is_never_silently_overwritten(
    database_url: str, move: str
) -> None:
    """Trash/restore wrote `version = <number read> + 1`: a save that committed in between
    was lost without a conflict (and the version stayed or went backwards)."""
    mover, editor = Desk.open(database_url, user="mover"), Desk.open(database_url, user="ed")
    try:
        story = mover.create_story(Story(headline="Race", body="First text."), analyse=False)
        if move == "restore":
            mover.delete_story(story.id)
        start = editor.get_story(story.id)
        outcome: dict[str, object] = {}

        def save() -> None:
            outcome["saved"] = editor.save_story(start.with_changes(body="Second text."),
                                                 analyse=False).story  # fmt: skip

        raised, threads = _race_before_update(mover, save)
        moved_ok = True
        try:
            (mover.delete_story if move == "delete" else mover.restore_story)(story.id)
        except ConflictError:
            moved_ok = False
        (thread,) = threads
        thread.join(timeout=30)
        saved_ok = "saved" in outcome
        assert all(isinstance(e, ConflictError) for e in raised), raised
        final = editor.get_story(story.id)
        # Each change that reported success raised the version by exactly one.
        assert final.version == start.version + int(moved_ok) + int(saved_ok)
        if saved_ok:
            assert final.body == "Second text."
        assert moved_ok or saved_ok
    finally:
        mover.close()
        editor.close()


def test_a_sqlite_writer_holds_the_write_lock_from_its_first_statement(tmp_path: Path) -> None:
    """A deferred transaction that reads first and writes later gets SQLITE_BUSY at once when
    another writer committed meanwhile, whatever the busy timeout: 30 of 40 concurrent imports
    failed that way. Write units of work now begin with BEGIN IMMEDIATE."""
    desk = Desk.open(f"sqlite:///{tmp_path / 's.db'}", user="ed")
    try:
        with desk.store.session() as session:
            StoryRepository(session).count()  # a read, first thing in the write transaction
            other = sqlite3.connect(tmp_path / "s.db", timeout=0)
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
            other.close()
    finally:
        desk.close()


def test_concurrent_creates_of_one_slug_never_report_version_0(
    database_url: str, monkeypatch
) -> None:
    """A create that kept losing its slug said "saved by someone else ... (version 0)"."""
    desk = Desk.open(database_url, user="ed")
    try:
        desk.create_story(Story(headline="Same"), analyse=False)
        monkeypatch.setattr(StoryRepository, "unique_slug", lambda self, w, e=None: "same")
        with pytest.raises(StoreError) as caught:
            desk.create_story(Story(headline="Same"), analyse=False)
        assert "version 0" not in str(caught.value) and "slug" in str(caught.value)
    finally:
        desk.close()


def test_a_new_storys_first_revision_needs_no_diff(desk: Desk, monkeypatch) -> None:
    """A 97 KB story of short paragraphs took 93 s, mostly difflib diffing it against itself."""
    calls: list[tuple[int, int]] = []
    real = deltas.SequenceMatcher

    def counting(isjunk, a, b, autojunk=True):
        calls.append((len(a), len(b)))
        return real(isjunk, a, b, autojunk=autojunk)

    monkeypatch.setattr(deltas, "SequenceMatcher", counting)
    body = "\n\n".join('"Yes," he said.' for _ in range(6000))
    story = desk.create_story(Story(headline="Talks", body=body), analyse=False)
    assert calls == []
    edited = body.replace('"Yes," he said.', '"No," she said.', 1)
    desk.save_story(story.with_changes(body=edited[:50_000] + "Late line.\n\n" + edited[50_000:]),
                    analyse=False)  # fmt: skip
    assert all(a * b <= deltas.DIFF_LIMIT for a, b in calls), calls
    assert [r.body for r in desk.revisions(story.id)][-1] == body  # history still exact


def test_a_revision_that_does_not_decode_is_a_clear_error(desk: Desk) -> None:
    """zlib.error from revisions._latest reached the user as a crash."""
    story = desk.create_story(Story(headline="H", body="Text one."), analyse=False)
    story = desk.save_story(story.with_changes(body="Text two."), analyse=False).story
    with desk.store.session() as session:
        damaged = update(RevisionRow).where(
            RevisionRow.story_id == story.id, RevisionRow.number == 2
        )
        session.execute(damaged.values(body_format=deltas.ZDELTA, body_data=b"not zlib at all"))
    with pytest.raises(StoreError, match="cannot be read back"):
        desk.revisions(story.id)
    with pytest.raises(StoreError, match="cannot be read back"):
        desk.save_story(story.with_changes(body="Text three."), analyse=False)
    assert desk.get_story(story.id).body == "Text two."  # nothing half-saved


def test_analysis_runs_with_no_write_transaction_open(database_url: str, monkeypatch) -> None:
    """The slow part of a save (analysis here) holds no lock: another workstation writes
    while it runs, at once, not after the save's transaction."""
    from app.core import saving

    editor, other = Desk.open(database_url, user="ed"), Desk.open(database_url, user="other")
    real = saving._analyse
    transactions = {"open": 0, "begun": 0}  # the editor's, counted (not timed)

    def began(_connection) -> None:
        transactions["open"] += 1
        transactions["begun"] += 1

    def ended(_connection) -> None:
        transactions["open"] -= 1

    event.listen(editor.store.engine, "begin", began)
    event.listen(editor.store.engine, "commit", ended)
    event.listen(editor.store.engine, "rollback", ended)
    seen: list[int] = []
    written: list[Story] = []

    def analyse_while_another_writes(body, credits):
        seen.append(transactions["open"])
        meanwhile = Story(headline="Meanwhile", body="Written during the analysis.")
        written.append(other.create_story(meanwhile, analyse=False))
        return real(body, credits)

    try:
        story = editor.create_story(Story(headline="Talks", body="Talks resumed."))
        monkeypatch.setattr(saving, "_analyse", analyse_while_another_writes)
        editor.save_story(story.with_changes(body='"Yes," she said.'))
        editor.create_story(Story(headline="New", body='"No," he said.'))
        assert transactions["begun"] >= 2  # the saves' own transactions were counted
        assert seen == [0, 0]  # each save's analysis ran outside any transaction of the editor's
        assert [editor.get_story(s.id).headline for s in written] == ["Meanwhile"] * 2
        assert [q.text for q in editor.get_story(story.id).quotes] == ["Yes,"]
    finally:
        editor.close()
        other.close()


CREDITS = (Credit(CreditRole.REPORTING, "Ida Marrow"),)
"""Publishing passes the export gate, which refuses a story with no credit."""


def test_a_save_planned_before_someone_published_is_a_conflict(
    database_url: str, monkeypatch
) -> None:
    """Between the save's plan and its write another workstation publishes: the write finds
    the version moved on, so neither its text nor a second publication is written."""
    from app.core import saving
    from app.core.model import StoryStatus

    editor, chief = Desk.open(database_url, user="ed"), Desk.open(database_url, user="chief")
    real = saving.plan

    def plan_then_publish(stored):
        planned = real(stored)
        if planned.story.body == "The vote was 6-3.":  # the editor's save, not the chief's
            chief.set_status(planned.story.id, StoryStatus.PUBLISHED)
        return planned

    try:
        story = editor.create_story(Story(headline="Vote", body="The vote was 7-2.",
                                          status=StoryStatus.READY, credits=CREDITS),
                                    analyse=False)  # fmt: skip
        monkeypatch.setattr(saving, "plan", plan_then_publish)
        with pytest.raises(ConflictError):
            editor.save_story(story.with_changes(body="The vote was 6-3."))
        stored = editor.get_story(story.id)
        assert (stored.body, stored.status) == ("The vote was 7-2.", StoryStatus.PUBLISHED)
        assert [p.number for p in editor.publications(story.id)] == [1]
    finally:
        editor.close()
        chief.close()


def test_a_comment_numbered_while_a_save_was_planned_keeps_its_number(
    database_url: str, monkeypatch
) -> None:
    """Comments do not change a story's version, so one can be numbered between a save's plan
    and its write; the write plans again, and the save's new suggestion is numbered after it."""
    from app.core import saving

    editor, reviewer = Desk.open(database_url, user="ed"), Desk.open(database_url, user="rev")
    real = saving.plan

    def plan_then_comment(stored):
        planned = real(stored)
        if "{++" in (stored.request.story.body_markup or "") and not reviewer_done:
            reviewer_done.append(reviewer.comment_on(planned.story.id, "resumed", "Source?"))
        return planned

    reviewer_done: list = []
    try:
        story = editor.create_story(Story(headline="Talks", body="Talks resumed today."),
                                      analyse=False)  # fmt: skip
        monkeypatch.setattr(saving, "plan", plan_then_comment)
        markup = "Talks resumed {++on Monday++} today."
        editor.save_story(story.with_changes(body="Talks resumed on Monday today.",
                                             body_markup=markup), analyse=False)  # fmt: skip
        saved = editor.get_story(story.id)
        [comment] = saved.comments
        [suggestion] = editor.suggestions(story.id)
        assert comment.id != suggestion.id and saved.last_note_id == 2
        assert saved.body == "Talks resumed on Monday today."
        assert comment.anchor_text == "resumed"
    finally:
        editor.close()
        reviewer.close()
