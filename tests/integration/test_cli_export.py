"""`copydesk export` and `copydesk check` as a user runs them: a real store (the
commands run in this process: tests/integration/cli_run.py)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.integration.cli_run import run_cli

SLUG = "port-authority-halts-night-ferries-after-hull-cracks-found"


def copydesk(*args: str, db: Path, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`copydesk ARGS` run in this process (tests/integration/cli_run.py)."""
    return run_cli(*args, env={"COPYDESK_DATABASE": f"sqlite:///{db}"}, cwd=cwd)


@pytest.fixture
def db(tmp_path: Path, wire_story: Path) -> Path:
    db = tmp_path / "cli.db"
    result = copydesk("import", str(wire_story), db=db)
    assert result.returncode == 0, result.stderr
    return db


def test_check_exits_1_for_a_draft_and_lists_findings(db: Path) -> None:
    result = copydesk("check", SLUG, db=db)
    assert result.returncode == 1
    assert "draft" in result.stdout
    data = json.loads(copydesk("check", SLUG, "--json", db=db).stdout)
    assert data["status"] == "draft" and data["blocks"] is True
    assert all({"severity", "code", "message"} <= set(f) for f in data["findings"])


CLEAN_DRAFT = """---
headline: Council approves budget
slug: council-budget
---

The council approved the budget on Tuesday.

Reporting by Ana Ortiz; Editing by Bo Li
"""


def test_check_on_a_clean_draft_says_it_needs_confirmation(tmp_path: Path) -> None:
    db = tmp_path / "clean.db"
    source = tmp_path / "budget.md"
    source.write_text(CLEAN_DRAFT, encoding="utf-8")
    assert copydesk("import", str(source), db=db).returncode == 0
    result = copydesk("check", "council-budget", db=db)
    assert result.returncode == 1  # a draft export without confirmation is refused
    assert "0 blocking" not in result.stdout
    last = result.stdout.strip().splitlines()[-1]
    assert "confirm" in last and "draft" in last and "no blocking findings" in last


def test_export_to_an_unwritable_path_is_one_line(db: Path) -> None:
    result = copydesk("export", SLUG, "--out", "/proc/x.html", "--override-reason", "t", db=db)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("copydesk: ") and "/proc/x.html" in result.stderr


def test_show_json_never_names_a_confidential_speaker(tmp_path: Path) -> None:
    from app.core.model import Source
    from app.core.services import Desk

    db = tmp_path / "show.db"
    source = tmp_path / "files.md"
    source.write_text('---\nheadline: Files\nslug: files\n---\n\n'
                      '"We were told to delete the files," the official said.\n',
                      encoding="utf-8")  # fmt: skip
    assert copydesk("import", str(source), db=db).returncode == 0
    desk = Desk.open(f"sqlite:///{db}")
    try:
        secret = desk.add_source("files", Source(name="Marta Kowalczyk", confidential=True))
        (quote,) = desk.get_story("files").quotes
        desk.set_quote_speaker(quote.id, "Marta Kowalczyk", secret.id)
    finally:
        desk.close()
    shown = copydesk("show", "files", "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    assert "Kowalczyk" not in shown.stdout
    assert json.loads(shown.stdout)["quotes"][0]["speaker"] is None
    private = copydesk("show", "files", "--json", "--private", db=db)
    assert json.loads(private.stdout)["quotes"][0]["speaker"] == "Marta Kowalczyk"


def test_blocked_export_exits_1_and_writes_nothing(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = copydesk("export", SLUG, "--out", str(out), db=db)
    assert result.returncode == 1
    assert "not ready" in result.stderr and "--override-reason" in result.stderr
    assert not out.exists()


def test_override_reason_exports_and_is_reported(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = copydesk(
        "export", SLUG, "--out", str(out), "--override-reason", "night desk", "--style", "ap",
        db=db,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith("<!doctype html>")
    assert "night desk" in result.stdout


@pytest.mark.parametrize("fmt", ["fragment", "ninjs", "text"])
def test_formats_to_stdout(db: Path, fmt: str) -> None:
    result = copydesk("export", SLUG, "--format", fmt, "--out", "-", "--override-reason", "x",
                      db=db)  # fmt: skip
    assert result.returncode == 0, result.stderr
    if fmt == "ninjs":
        assert json.loads(result.stdout)["type"] == "text"
    elif fmt == "fragment":
        assert result.stdout.startswith("<article")
    else:
        assert result.stdout.startswith("Port Authority Halts Night Ferries")


def test_batch_export_to_a_folder_with_progress(db: Path, tmp_path: Path, wire_story: Path) -> None:
    copydesk("import", str(wire_story), db=db)
    folder = tmp_path / "out"
    result = copydesk("export", SLUG, f"{SLUG}-2", "--out", str(folder),
                      "--override-reason", "batch", db=db)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "[1/2]" in result.stderr and "[2/2]" in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [f"{SLUG}-2.html", f"{SLUG}.html", "index.html"]
    )


def test_default_out_is_the_current_folder(db: Path, tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    result = copydesk("export", SLUG, "--override-reason", "x", db=db, cwd=work)
    assert result.returncode == 0, result.stderr
    assert (work / f"{SLUG}.html").is_file()


def test_unknown_story_is_a_usage_error(db: Path) -> None:
    result = copydesk("export", "no-such-story", db=db)
    assert result.returncode == 2
    assert "No story" in result.stderr


def test_an_override_to_stdout_is_recorded_with_its_reason(db: Path) -> None:
    """README: the override reason "is recorded and shown by `history`"; with `--out -` the
    draft left the workstation on stdout and its reason was kept nowhere."""
    printed = copydesk("export", SLUG, "--format", "text", "--out", "-",
                       "--override-reason", "for the web desk", db=db)  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.startswith("Port Authority Halts Night Ferries")
    exports = json.loads(copydesk("history", SLUG, "--json", db=db).stdout)["exports"]
    assert [(e["format"], e["path"], e["override_reason"]) for e in exports] == [
        ("text", "(standard output)", "for the web desk")
    ]
    assert "for the web desk" in copydesk("history", SLUG, db=db).stdout


def test_the_out_file_extension_chooses_the_format(db: Path, tmp_path: Path) -> None:
    """`--out story.txt` and `--out story.json` without --format wrote an HTML page."""
    text, item = tmp_path / "story.txt", tmp_path / "story.json"
    for out in (text, item):
        result = copydesk("export", SLUG, "--out", str(out), "--override-reason", "t", db=db)
        assert result.returncode == 0, result.stderr
    assert text.read_text(encoding="utf-8").startswith("Port Authority Halts Night Ferries")
    assert json.loads(item.read_text(encoding="utf-8"))["slugline"] == SLUG
    page = tmp_path / "page.txt"
    copydesk("export", SLUG, "--format", "html", "--out", str(page), "--override-reason", "t",
             db=db)  # fmt: skip
    assert page.read_text(encoding="utf-8").startswith("<!doctype html>")  # --format wins


def test_an_out_file_of_an_unknown_extension_is_refused_in_one_line(
    db: Path, tmp_path: Path
) -> None:
    """`--out story.xml` wrote an HTML page named .xml; it is refused, naming --format, and
    `--format` still writes any name."""
    xml = tmp_path / "story.xml"
    result = copydesk("export", SLUG, "--out", str(xml), "--override-reason", "t", db=db)
    assert result.returncode == 2 and not xml.exists()
    assert len(result.stderr.strip().splitlines()) == 1 and "--format" in result.stderr
    asked = copydesk("export", SLUG, "--format", "html", "--out", str(xml),
                     "--override-reason", "t", db=db)  # fmt: skip
    assert asked.returncode == 0 and xml.read_text(encoding="utf-8").startswith("<!doctype html>")
