"""`correct`, `update`, `kill`, `export --publication` and `audit` as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_cli_export import copydesk

SLUG = "council-budget"
PUBLISHED = """---
headline: Council approves budget
slug: council-budget
status: published
---

The council approved the budget on Tuesday, Ana Ortiz reported.

“We kept every library open,” said Mayor Bo Li.

Reporting by Ana Ortiz; Editing by Bo Li
"""


@pytest.fixture
def db(tmp_path: Path) -> Path:
    db = tmp_path / "cli.db"
    source = tmp_path / "budget.md"
    source.write_text(PUBLISHED, encoding="utf-8")
    result = copydesk("import", str(source), db=db)
    assert result.returncode == 0, result.stderr
    return db


def test_correct_then_publish_again_keeps_both_texts(db: Path) -> None:
    result = copydesk("correct", SLUG, "--note", "Corrects the day of the vote.", db=db)
    assert result.returncode == 0, result.stderr
    assert "back in editing" in result.stdout
    assert json.loads(copydesk("show", SLUG, "--json", db=db).stdout)["status"] == "editing"
    again = copydesk("correct", SLUG, "--note", "Twice?", db=db)
    assert again.returncode == 2 and "only a published story" in again.stderr
    for step in (("suggest", SLUG, "--on", "Tuesday", "--replace", "Monday"),
                 ("accept", SLUG, "--all"), ("status", SLUG, "published")):  # fmt: skip
        result = copydesk(*step, db=db)
        assert result.returncode == 0, result.stderr
    first = copydesk("export", SLUG, "--format", "text", "--publication", "1", "--out", "-", db=db)
    second = copydesk("export", SLUG, "--format", "text", "--publication", "2", "--out", "-",
                      db=db)  # fmt: skip
    assert "Tuesday" in first.stdout and "Correction" not in first.stdout
    assert "Monday" in second.stdout
    assert "Correction: Corrects the day of the vote." in second.stdout
    missing = copydesk("export", SLUG, "--publication", "3", "--out", "-", db=db)
    assert missing.returncode == 2 and "no publication 3 (2 so far" in missing.stderr
    history = json.loads(copydesk("history", SLUG, "--json", db=db).stdout)
    assert [c["reason"] for c in history["status_changes"]][-2:] == [
        "Correction: Corrects the day of the vote.", None
    ]  # fmt: skip
    assert [(p["number"], p["kind"], p["note"]) for p in history["publications"]] == [
        (1, "publish", None), (2, "correction", "Corrects the day of the vote.")
    ]  # fmt: skip
    assert {"number", "revision", "kind", "note", "by", "at"} <= set(history["publications"][1])
    assert history["publications"][1]["by"] == history["publications"][0]["by"]


def test_notes_and_reasons_are_required(db: Path) -> None:
    assert copydesk("update", SLUG, db=db).returncode == 2  # argparse: --note is required
    blank = copydesk("update", SLUG, "--note", "  ", db=db)
    assert blank.returncode == 2 and "needs a note" in blank.stderr
    assert copydesk("kill", SLUG, "--reason", "", db=db).returncode == 2
    assert json.loads(copydesk("show", SLUG, "--json", db=db).stdout)["status"] == "published"


def test_kill_turns_every_export_into_the_kill_notice(db: Path, tmp_path: Path) -> None:
    result = copydesk("kill", SLUG, "--reason", "The vote is being recounted.", db=db)
    assert result.returncode == 0, result.stderr
    page = copydesk("export", SLUG, "--publication", "1", "--out", "-", db=db).stdout
    assert "Story withdrawn" in page and "The vote is being recounted." in page
    assert "library" not in page and "Council approves" not in page
    item = json.loads(copydesk("export", SLUG, "--format", "ninjs", "--out", "-", db=db).stdout)
    assert item["pubStatus"] == "canceled" and item["version"] == "2"
    again = copydesk("kill", SLUG, "--reason", "Again", db=db)
    assert again.returncode == 2 and "already killed" in again.stderr
    written = copydesk("export", SLUG, "--out", str(tmp_path), db=db)
    assert "kill notice" in written.stdout


def test_audit_prints_html_and_writes_pdf_without_qt(db: Path, tmp_path: Path) -> None:
    page = copydesk("audit", SLUG, db=db)
    assert page.returncode == 0 and page.stdout.startswith("<!doctype html>")
    assert "We kept every library open" in page.stdout and "<script" not in page.stdout
    no_file = copydesk("audit", SLUG, "--format", "pdf", db=db)
    assert no_file.returncode == 2 and "--out" in no_file.stderr
    pdf = tmp_path / "audit.pdf"
    script = (
        "import sys, app.cli as cli\n"
        f"code = cli.run(cli.parse(['--database', 'sqlite:///{db}', 'audit', '{SLUG}', "
        f"'--format', 'pdf', '--out', r'{pdf}']))\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'app.gui'))]\n"
        "print(code, qt)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    assert run.stdout.strip().endswith("0 []"), run.stdout + run.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    folder = copydesk("audit", SLUG, "--out", str(tmp_path), db=db)
    assert folder.returncode == 2 and "folder" in folder.stderr


def test_history_lists_publications_and_the_exports_of_each(db: Path, tmp_path: Path) -> None:
    """Both sides of the record in one history: what went out (publications) and every file
    written (exports), each export naming the publication it carries."""
    first = tmp_path / "first.html"
    assert copydesk("export", SLUG, "--out", str(first), db=db).returncode == 0
    assert copydesk("correct", SLUG, "--note", "Corrects the mayor's name.", db=db).returncode == 0
    assert copydesk("status", SLUG, "published", db=db).returncode == 0
    second = tmp_path / "second.txt"
    assert copydesk("export", SLUG, "--format", "text", "--out", str(second), db=db).returncode == 0
    old = tmp_path / "old.txt"
    result = copydesk("export", SLUG, "--format", "text", "--publication", "1", "--out", str(old),
                      db=db)  # fmt: skip
    assert result.returncode == 0, result.stderr
    history = json.loads(copydesk("history", SLUG, "--json", db=db).stdout)
    assert [p["number"] for p in history["publications"]] == [1, 2]
    assert [(e["path"], e["publication"]) for e in history["exports"]] == [
        (str(first), 1), (str(second), 2), (str(old), 1)
    ]  # fmt: skip
    text = copydesk("history", SLUG, db=db).stdout.splitlines()
    assert any(line.startswith("publication 2") and "correction" in line for line in text)
    exports = [line for line in text if line.startswith("export ")]
    assert len(exports) == 3 and exports[1].rstrip().endswith(f"{second}  publication 2")


def test_audit_to_a_pdf_file_is_a_pdf(db: Path, tmp_path: Path) -> None:
    """`audit SLUG --out report.pdf` without --format wrote an HTML page named .pdf."""
    report = tmp_path / "report.pdf"
    assert copydesk("audit", SLUG, "--out", str(report), db=db).returncode == 0
    assert report.read_bytes().startswith(b"%PDF-")
    asked = tmp_path / "asked.pdf"
    assert copydesk("audit", SLUG, "--format", "html", "--out", str(asked), db=db).returncode == 0
    assert asked.read_text(encoding="utf-8").startswith("<!doctype html>")  # as asked
