"""The command line as a user runs it: a real SQLite file; the entry point and one round trip
in a process of their own, the rest in this process (tests/integration/cli_run.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from tests.integration.cli_run import run_cli


def copydesk(*args: str, db: Path | None = None, check: bool = False):
    """`copydesk ARGS` run in this process (tests/integration/cli_run.py)."""
    env = {} if db is None else {"COPYDESK_DATABASE": f"sqlite:///{db}"}
    return run_cli(*args, env=env, check=check)


def copydesk_process(*args: str, db: Path | None = None, check: bool = False):
    """`python -m app ARGS`, a process of its own: the real entry point."""
    env = dict(os.environ)
    if db is not None:
        env["COPYDESK_DATABASE"] = f"sqlite:///{db}"
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=check,
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


@pytest.fixture
def story_md(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.md"
    path.write_text(
        "---\nheadline: Bridge reopens after repairs\nslug: bridge-reopens\ndesk: Metro\n"
        "status: editing\nkeywords: [transport, bridges]\n---\n\n"
        "The Elm Street bridge reopened on Monday after six months of repairs.\n\n"
        '"We are glad to have it back," said Mayor Ana Ortiz.\n',
        encoding="utf-8",
    )
    return path


def test_version_and_help() -> None:
    assert copydesk_process("--version").stdout.strip() == f"copydesk {__version__}"
    result = copydesk_process("--help")
    assert result.returncode == 0
    for verb in ("import", "list", "show", "history", "backup", "restore"):
        assert verb in result.stdout


def test_import_list_show_round_trip(db: Path, story_md: Path) -> None:
    imported = copydesk_process("import", str(story_md), db=db)
    assert imported.returncode == 0, imported.stderr
    assert "bridge-reopens" in imported.stdout

    listed = json.loads(copydesk_process("list", "--json", db=db).stdout)
    assert [(r["slug"], r["status"], r["desk"]) for r in listed] == [
        ("bridge-reopens", "editing", "Metro")
    ]
    assert listed[0]["words"] > 10
    assert listed[0]["updated_at"].endswith("+00:00")

    shown = json.loads(copydesk_process("show", "bridge-reopens", "--json", db=db).stdout)
    assert shown["headline"] == "Bridge reopens after repairs"
    assert shown["keywords"] == ["transport", "bridges"]
    assert shown["body"].startswith("The Elm Street bridge")
    assert len(shown["id"]) == 36
    quote = shown["quotes"][0]
    assert shown["body"][quote["start"] : quote["end"]] == quote["text"]
    assert quote["speaker"] == "Ana Ortiz"
    for key in (
        "slug",
        "dek",
        "dateline",
        "language",
        "version",
        "created_at",
        "credits",
        "sources",
    ):
        assert key in shown

    text = copydesk_process("list", "--search", "elm street", db=db).stdout
    assert "bridge-reopens" in text
    assert "#1" in copydesk_process("history", "bridge-reopens", db=db).stdout


def test_importing_the_same_file_twice_keeps_both(db: Path, story_md: Path) -> None:
    copydesk("import", str(story_md), db=db, check=True)
    again = copydesk("import", str(story_md), db=db)
    assert again.returncode == 0
    assert "bridge-reopens-2" in again.stdout
    assert "Identical text is already stored as 'bridge-reopens'" in again.stdout
    slugs = [r["slug"] for r in json.loads(copydesk("list", "--json", db=db).stdout)]
    assert sorted(slugs) == ["bridge-reopens", "bridge-reopens-2"]


def test_bad_input_gives_one_line_and_exit_2(db: Path, tmp_path: Path) -> None:
    missing = copydesk("import", str(tmp_path / "nope.txt"), db=db)
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr and missing.stderr.strip()
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00" * 20)
    result = copydesk("import", str(binary), db=db)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    unknown = copydesk("show", "no-such-story", db=db)
    assert unknown.returncode == 2 and "No story 'no-such-story'" in unknown.stderr
    bad_url = copydesk("--database", "nonsense", "list")
    assert bad_url.returncode == 2 and "not a database URL" in bad_url.stderr
    usage = copydesk("list", "--status", "nonsense", db=db)
    assert usage.returncode == 2 and "unknown status" in usage.stderr


def test_backup_and_restore(db: Path, story_md: Path, tmp_path: Path) -> None:
    copydesk("import", str(story_md), db=db, check=True)
    backup = tmp_path / "copy.db"
    assert copydesk("backup", str(backup), db=db).returncode == 0
    copydesk("delete", "bridge-reopens", db=db, check=True)
    copydesk("purge", "bridge-reopens", db=db, check=True)
    assert json.loads(copydesk("list", "--json", db=db).stdout) == []
    restored = copydesk("restore", str(backup), db=db)
    assert restored.returncode == 0, restored.stderr
    assert "kept at" in restored.stdout
    assert [r["slug"] for r in json.loads(copydesk("list", "--json", db=db).stdout)] == [
        "bridge-reopens"
    ]
    not_a_store = tmp_path / "junk.db"
    not_a_store.write_text("hello")
    refused = copydesk("restore", str(not_a_store), db=db)
    assert refused.returncode == 2 and "not a" in refused.stderr


def test_postgres_says_to_use_pg_dump(postgres_server) -> None:
    if postgres_server is None:
        pytest.skip("PostgreSQL binaries are not installed on this machine")
    url = postgres_server.create_database()
    result = copydesk("--database", url, "backup", "/tmp/x.db")
    assert result.returncode == 2 and "pg_dump" in result.stderr


def test_backup_and_restore_with_url_characters_in_the_name(
    db: Path, story_md: Path, tmp_path: Path
) -> None:
    copydesk("import", str(story_md), db=db, check=True)
    backup = tmp_path / "bk#1.db"
    assert copydesk("backup", str(backup), db=db).returncode == 0
    restored = copydesk("restore", str(backup), db=db)
    assert restored.returncode == 0, restored.stderr
    assert not (tmp_path / "bk").exists()


def test_show_says_a_story_is_in_the_trash(db: Path, story_md: Path) -> None:
    """A trashed story showed as any draft would, though `list` no longer listed it."""
    copydesk("import", str(story_md), db=db, check=True)
    assert "in the trash" not in copydesk("show", "bridge-reopens", db=db).stdout
    copydesk("delete", "bridge-reopens", db=db, check=True)
    header = copydesk("show", "bridge-reopens", db=db).stdout.splitlines()[1]
    assert "· in the trash (copydesk undelete brings it back)" in header, header
