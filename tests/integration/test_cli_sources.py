"""`copydesk source add/list` and the confidentiality rule end to end, as a user runs them."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.integration.cli_run import run_cli

STORY = """Council tender was rigged, official says

SPRINGFIELD (Reuters) - The tender for the new depot was decided in advance, an official
said on Tuesday.

"It was decided before anyone applied," said Lech Walesa, a procurement official.

Reporting by Ana Ortiz; Editing by Bo Li
"""


def copydesk(*args: str, db: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`copydesk ARGS` run in this process (tests/integration/cli_run.py)."""
    return run_cli(*args, env={"COPYDESK_DATABASE": f"sqlite:///{db}"}, cwd=cwd)


@pytest.fixture
def story(tmp_path: Path) -> tuple[Path, str]:
    db = tmp_path / "cli.db"
    source = tmp_path / "tender.txt"
    source.write_text(STORY, encoding="utf-8")
    result = copydesk("import", str(source), db=db)
    assert result.returncode == 0, result.stderr
    slug = json.loads(copydesk("list", "--json", db=db).stdout)[0]["slug"]
    return db, slug


def test_source_add_then_list_and_update_by_name(story) -> None:
    db, slug = story
    added = copydesk("source", "add", slug, "--name", "Lech Wałęsa", "--title", "official",
                     "--confidential", "--contact", "+48 600 100 200", db=db)  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert "Added source 'Lech Wałęsa' (confidential)" in added.stdout
    again = copydesk("source", "add", slug, "--name", "lech wałęsa", "--notes", "met at cafe",
                     db=db)  # fmt: skip
    assert "Updated source 'Lech Wałęsa'" in again.stdout
    private = json.loads(copydesk("source", "list", slug, "--json", "--private", db=db).stdout)
    (secret,) = [s for s in private if s["name"] == "Lech Wałęsa"]
    assert secret == {"name": "Lech Wałęsa", "title": "official", "description": None,
                      "anonymous": False, "confidential": True,
                      "contact": "+48 600 100 200", "notes": "met at cafe"}  # fmt: skip
    public = copydesk("source", "list", slug, "--json", db=db)
    assert "Wałęsa" not in public.stdout and "600 100" not in public.stdout
    assert "(1 confidential source not shown;" in public.stderr  # README: --json too
    text = copydesk("source", "list", slug, db=db)
    assert "Wałęsa" not in text.stdout and "(1 confidential source not shown;" in text.stderr


def test_a_name_spelled_without_accents_blocks_check_and_export(story, tmp_path: Path) -> None:
    """Issue 12: source "Lech Wałęsa", copy "Lech Walesa": check was clean, exports named him."""
    db, slug = story
    copydesk("source", "add", slug, "--name", "Lech Wałęsa", "--confidential", db=db)
    check = copydesk("check", slug, "--json", db=db)
    assert check.returncode == 1
    assert "confidential_name" in {f["code"] for f in json.loads(check.stdout)["findings"]}
    for fmt in ("html", "fragment", "ninjs", "text"):
        out = tmp_path / f"out-{fmt}"
        result = copydesk("export", slug, "--format", fmt, "--out", f"{out}/",
                          "--override-reason", "editor insists", db=db)  # fmt: skip
        assert result.returncode == 1, result.stdout
        assert not out.exists() or not any(out.iterdir())


def test_show_json_replaces_a_confidential_name_in_another_sources_title(story) -> None:
    db, slug = story
    copydesk("source", "add", slug, "--name", "Marta Kowalczyk", "--confidential", db=db)
    copydesk("source", "add", slug, "--name", "Ana Ortiz", "--title", "aide to Marta Kowalczyk",
             db=db)  # fmt: skip
    shown = copydesk("show", slug, "--json", db=db)
    assert "Kowalczyk" not in shown.stdout
    (aide,) = [s for s in json.loads(shown.stdout)["sources"] if s["name"] == "Ana Ortiz"]
    assert aide["title"] == "aide to a confidential source"
    private = json.loads(copydesk("show", slug, "--json", "--private", db=db).stdout)
    assert "aide to Marta Kowalczyk" in {s["title"] for s in private["sources"]}


def test_out_with_a_trailing_slash_is_a_folder(story, tmp_path: Path) -> None:
    """Issue 12: `--out new/` wrote a file named `new`."""
    db, slug = story
    result = copydesk("export", slug, "--format", "text", "--out", "new/",
                      "--override-reason", "draft for the desk", db=db, cwd=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "new"
    assert folder.is_dir()
    assert [p.name for p in folder.iterdir()] == [f"{slug}.txt"]
