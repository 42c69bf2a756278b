"""Publishing, correcting and killing scripted end to end with `copydesk status` (issue 18,
item 4; issue 17 owns the verb): the same rules as the window, a publication per publish,
every published text exportable, reasons kept in the history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli_export import copydesk

SLUG = "ferry-vote"
DRAFT = """---
headline: Council backs night ferries
slug: ferry-vote
---

The council voted on Tuesday to keep the night ferries running, Ana Ortiz reported.

“The island cannot wait another winter,” said Mayor Bo Li.

Reporting by Ana Ortiz; Editing by Bo Li
"""
NOTE = "Corrects the day of the vote."
KILL = "The vote is being recounted."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "cli.db"
    source = tmp_path / "ferry.md"
    source.write_text(DRAFT, encoding="utf-8")
    result = copydesk("import", str(source), db=db)
    assert result.returncode == 0, result.stderr
    return db


def _ok(*args: str, db: Path) -> str:
    result = copydesk(*args, db=db)
    assert result.returncode == 0, f"{args}: {result.stderr}"
    return result.stdout


def _export(db: Path, publication: int, fmt: str = "text") -> str:
    return _ok("export", SLUG, "--format", fmt, "--publication", str(publication), "--out", "-",
               db=db)  # fmt: skip


def test_publish_correct_publish_again_and_kill_with_the_status_verb(db: Path) -> None:
    assert "from draft to ready" in _ok("status", SLUG, "ready", db=db)
    assert "from ready to published" in _ok("status", SLUG, "published", db=db)
    history = json.loads(_ok("history", SLUG, "--json", db=db))
    assert [(p["number"], p["kind"]) for p in history["publications"]] == [(1, "publish")]

    # Published text goes back to editing only through a correction or update, a kill only
    # through `kill`; a suggestion on it waits for the correction.
    back = copydesk("status", SLUG, "editing", db=db)
    assert back.returncode == 2 and "copydesk correct ferry-vote --note" in back.stderr
    killed = copydesk("status", SLUG, "killed", db=db)
    assert killed.returncode == 2 and "copydesk kill ferry-vote --reason" in killed.stderr
    early = copydesk("suggest", SLUG, "--on", "Tuesday", "--replace", "Monday", db=db)
    assert early.returncode == 2 and "open a correction" in early.stderr
    assert json.loads(_ok("show", SLUG, "--json", db=db))["status"] == "published"

    assert "back in editing" in _ok("correct", SLUG, "--note", NOTE, db=db)
    _ok("suggest", SLUG, "--on", "Tuesday", "--replace", "Monday", db=db)
    open_items = copydesk("status", SLUG, "ready", db=db)
    assert open_items.returncode == 1 and "suggestion" in open_items.stderr
    _ok("accept", SLUG, "--all", db=db)
    _ok("status", SLUG, "ready", db=db)
    _ok("status", SLUG, "published", db=db)

    first, second = _export(db, 1), _export(db, 2)
    assert "Tuesday" in first and "Correction" not in first
    assert "Monday" in second and "Tuesday" not in second
    assert f"Correction: {NOTE}" in second
    assert "{~~" not in second and "{>>" not in second
    item = json.loads(_export(db, 2, "ninjs"))
    assert item["version"] == "2"
    assert {"role": "correction", "value": NOTE}.items() <= next(
        d for d in item["descriptions"] if d.get("role") == "correction"
    ).items()

    assert "killed" in _ok("kill", SLUG, "--reason", KILL, db=db).lower()
    notice = _ok("export", SLUG, "--publication", "2", "--out", "-", db=db)
    assert "Story withdrawn" in notice and KILL in notice and "Monday" not in notice
    after = copydesk("status", SLUG, "editing", db=db)
    assert after.returncode == 2 and "a kill is final" in after.stderr

    history = json.loads(_ok("history", SLUG, "--json", db=db))
    assert [(c["from"], c["to"], c["reason"]) for c in history["status_changes"]] == [
        (None, "draft", None), ("draft", "ready", None), ("ready", "published", None),
        ("published", "editing", f"Correction: {NOTE}"), ("editing", "ready", None),
        ("ready", "published", None), ("published", "killed", KILL),
    ]  # fmt: skip
    assert [(p["number"], p["kind"]) for p in history["publications"]] == [
        (1, "publish"), (2, "correction"), (3, "kill")
    ]  # fmt: skip
    assert [r["reason"] for r in history["revisions"]].count("accept") == 1


def test_status_published_refuses_as_export_does_and_takes_the_same_override(
    tmp_path: Path,
) -> None:
    """Round 30: `status published` ran only the confidential check; it asks the export gate
    now, prints the same lines as `export` and is released by the same --override-reason."""
    db = tmp_path / "gate.db"
    source = tmp_path / "uncredited.md"
    source.write_text("---\nheadline: Ferry fares rise\nslug: fares\n---\n\nFares rise in May.\n",
                      encoding="utf-8")  # fmt: skip
    assert copydesk("import", str(source), db=db).returncode == 0
    published = copydesk("status", "fares", "published", db=db)
    exported = copydesk("export", "fares", "--out", str(tmp_path / "out"), db=db)
    assert (published.returncode, exported.returncode) == (1, 1)
    assert "no_credits" in published.stderr
    assert published.stderr == (
        exported.stderr.replace("Export of", "Publication of").replace("To export", "To publish")
    )
    assert json.loads(_ok("history", "fares", "--json", db=db))["publications"] == []

    moved = _ok("status", "fares", "published", "--override-reason", "Agency copy.", db=db)
    assert "from draft to published (reason recorded)" in moved
    history = json.loads(_ok("history", "fares", "--json", db=db))
    assert [p["number"] for p in history["publications"]] == [1]
    assert history["status_changes"][-1]["reason"].startswith(
        "Gate overridden (Agency copy.): no_credits"
    )


def test_an_override_reason_is_recorded_when_the_gate_blocks_nothing_and_refused_when_moot(
    db: Path,
) -> None:
    """Round 30 review: a publish the gate passed dropped --override-reason yet printed
    "(reason recorded)"; a move to another status dropped it too."""
    moot = copydesk("status", SLUG, "ready", "--override-reason", "Agency copy.", db=db)
    assert moot.returncode == 2 and "only a publish" in moot.stderr
    assert json.loads(_ok("show", SLUG, "--json", db=db))["status"] == "draft"

    moved = _ok("status", SLUG, "published", "--override-reason", "Agency copy.", db=db)
    assert "from draft to published (reason recorded)" in moved
    history = json.loads(_ok("history", SLUG, "--json", db=db))
    assert history["status_changes"][-1]["reason"] == (
        "Override reason (the gate blocked nothing): Agency copy."
    )


def test_the_reason_note_is_printed_only_when_a_reason_was_stored(db: Path) -> None:
    moved = _ok("status", SLUG, "editing", "--reason", "   ", db=db)
    assert "from draft to editing." in moved and "reason recorded" not in moved
