"""The review verbs as a user runs them: suggestions, comments, assignment, status rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.cli_run import run_cli


def copydesk(*args: str, db: Path, user: str = "ana"):
    """`copydesk ARGS` run in this process (tests/integration/cli_run.py) as USER."""
    env = {"COPYDESK_DATABASE": f"sqlite:///{db}", "USER": user, "LOGNAME": user}
    return run_cli(*args, env=env)


@pytest.fixture
def slug(tmp_path: Path) -> str:
    source = tmp_path / "vote.md"
    source.write_text(
        "---\nheadline: Council votes\nslug: vote\n---\n\n"
        'The council voted 7-2 on Tuesday. "We have no choice," said Mayor Ana Ruiz.\n\n'
        "Residents packed the hall.\n",
        encoding="utf-8",
    )
    assert copydesk("import", str(source), db=tmp_path / "cli.db").returncode == 0
    return "vote"


def test_suggest_list_accept_reject_by_id_and_author(tmp_path, slug) -> None:
    db = tmp_path / "cli.db"
    first = copydesk("suggest", slug, "--on", "7-2", "--replace", "8-1", db=db, user="ana")
    assert first.returncode == 0 and "Suggestion 1: replace “7-2” with “8-1”" in first.stdout
    assert copydesk("suggest", slug, "--on", "packed ", "--replace", "", db=db,
                    user="ben").returncode == 0  # fmt: skip
    third = copydesk("suggest", slug, "--on", "Tuesday", "--replace", "Monday", db=db)
    assert third.returncode == 0
    listed = json.loads(copydesk("suggestions", slug, "--json", db=db).stdout)
    assert [(s["id"], s["kind"], s["author"]) for s in listed] == [
        (1, "replace", "ana"),
        (3, "replace", "ana"),
        (2, "delete", "ben"),
    ]

    shown = json.loads(copydesk("show", slug, "--json", db=db).stdout)
    markup = shown["body_markup"]
    for s in shown["suggestions"]:
        assert markup[s["start"] : s["end"]].startswith("{") and s["old"] in markup
    for q in shown["quotes"]:
        assert shown["body"][q["start"] : q["end"]] == q["text"]
    assert "{" not in shown["body"] and "8-1 on Monday" in shown["body"]

    missing = copydesk("accept", slug, "9", db=db)
    assert missing.returncode == 2 and "no open suggestion 9" in missing.stderr
    assert copydesk("accept", slug, db=db).returncode == 2  # neither ids nor --all
    assert copydesk("reject", slug, "--all", "--author", "ben", db=db,
                    user="chief").stdout.startswith("Rejected 1 suggestion: 2.")  # fmt: skip
    assert copydesk("accept", slug, "1", "3", db=db, user="chief").returncode == 0
    shown = json.loads(copydesk("show", slug, "--json", db=db).stdout)
    assert shown["suggestions"] == [] and "Residents packed the hall" in shown["body"]
    history = json.loads(copydesk("history", slug, "--json", db=db).stdout)["revisions"]
    assert [(r["author"], r["reason"]) for r in history[:2]] == [
        ("chief", "accept"),
        ("chief", "reject"),
    ]


def test_anchor_text_that_is_not_there_exits_2(tmp_path, slug) -> None:
    db = tmp_path / "cli.db"
    for verb in (
        ["suggest", slug, "--on", "Thursday", "--replace", "x"],
        ["comment", slug, "--on", "Thursday", "--text", "?"],
    ):
        result = copydesk(*verb, db=db)
        assert result.returncode == 2 and "“Thursday” is not in the story" in result.stderr


def test_comments_replies_resolve_and_reopen(tmp_path, slug) -> None:
    db = tmp_path / "cli.db"
    made = copydesk("comment", slug, "--on", "Mayor Ana Ruiz", "--text", "Title?", db=db)
    assert made.returncode == 0 and made.stdout.startswith("Comment 1 on “Mayor Ana Ruiz”")
    assert copydesk("comment", slug, "--reply", "1", "--text", "Mayor since 2022", db=db,
                    user="ben").returncode == 0  # fmt: skip
    listed = json.loads(copydesk("comments", slug, "--json", db=db).stdout)
    assert listed == [
        {
            "id": 1,
            "anchor": {
                "start": listed[0]["anchor"]["start"],
                "end": listed[0]["anchor"]["end"],
                "text": "Mayor Ana Ruiz",
            },
            "detached": False,
            "author": "ana",
            "at": listed[0]["at"],
            "text": "Title?",
            "resolved": False,
            "replies": [
                {"author": "ben", "at": listed[0]["replies"][0]["at"], "text": "Mayor since 2022"}
            ],
        }
    ]
    attention = json.loads(copydesk("list", "--attention", "--json", db=db).stdout)
    assert [(r["slug"], r["open_items"]) for r in attention] == [(slug, 1)]
    assert "resolved" in copydesk("resolve", slug, "1", db=db).stdout
    assert json.loads(copydesk("list", "--attention", "--json", db=db).stdout) == []
    assert "reopened" in copydesk("reopen", slug, "1", db=db).stdout
    assert copydesk("resolve", slug, "7", db=db).returncode == 2


def test_status_ready_with_open_items_needs_a_reason_and_assign(tmp_path, slug) -> None:
    db = tmp_path / "cli.db"
    copydesk("comment", slug, "--on", "hall", "--text", "Which hall?", db=db)
    refused = copydesk("status", slug, "ready", db=db, user="chief")
    assert refused.returncode == 1
    assert "needs a reason" in refused.stderr and "comment 1 by ana" in refused.stderr
    moved = copydesk("status", slug, "ready", "--reason", "Hall confirmed by phone", db=db,
                     user="chief")  # fmt: skip
    assert moved.returncode == 0 and "reason recorded" in moved.stdout
    changes = json.loads(copydesk("history", slug, "--json", db=db).stdout)["status_changes"]
    assert changes[-1] == {
        "from": "draft",
        "to": "ready",
        "by": "chief",
        "at": changes[-1]["at"],
        "reason": "Hall confirmed by phone",
    }
    # the reason does not release the export gate
    blocked = copydesk("export", slug, "--out", "-", db=db)
    assert blocked.returncode == 1 and "open_comment" in blocked.stderr

    assert copydesk("assign", slug, "maria", db=db).stdout.strip() == "Assigned 'vote' to maria."
    assert json.loads(copydesk("show", slug, "--json", db=db).stdout)["assignee"] == "maria"
    assert copydesk("assign", slug, db=db).returncode == 2
    assert copydesk("assign", slug, "--none", db=db).returncode == 0
    assert json.loads(copydesk("show", slug, "--json", db=db).stdout)["assignee"] is None


def test_accept_with_ids_and_all_says_not_both(tmp_path, slug) -> None:
    """Ids with --all were told "accept takes suggestion ids, or --all", as if none were given."""
    db = tmp_path / "cli.db"
    copydesk("suggest", slug, "--on", "7-2", "--replace", "8-1", db=db)
    both = copydesk("accept", slug, "1", "--all", db=db)
    assert both.returncode == 2
    assert both.stderr == "copydesk: accept takes suggestion ids or --all, not both.\n"
    neither = copydesk("reject", slug, db=db)
    assert neither.returncode == 2 and "copydesk suggestions SLUG" in neither.stderr
    assert json.loads(copydesk("suggestions", slug, "--json", db=db).stdout)  # still open
