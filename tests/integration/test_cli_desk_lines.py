"""What an editor reads on the command line: list's table, check's finding lines, export's
refusal, history's exports, import's report (issue 15, items 5, 12 and 13)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli import copydesk

WIRE = Path(__file__).resolve().parents[1] / "fixtures" / "wire" / "harbour-ferry.txt"
SLUG = "port-authority-halts-night-ferries-after-hull-cracks-found"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


@pytest.fixture
def twice(db: Path) -> Path:
    """The wire fixture imported twice, as a desk does when the agency re-sends a story."""
    for _ in range(2):
        result = copydesk("import", str(WIRE), db=db)
        assert result.returncode == 0, result.stderr
    return db


def test_list_has_a_header_and_whole_slugs_that_show_accepts(twice: Path) -> None:
    lines = copydesk("list", db=twice).stdout.splitlines()
    assert lines[0].split() == [
        "SLUG",
        "STATUS",
        "DESK",
        "WORDS",
        "UPDATED",
        "OPEN",
        "ASSIGNEE",
        "HEADLINE",
    ]
    slugs = [line.split()[0] for line in lines[1:]]
    assert sorted(slugs) == [SLUG, f"{SLUG}-2"], "both copies, each told apart by its slug"
    for slug in slugs:  # longer than 40 characters: listed whole, so it can be typed back
        shown = copydesk("show", slug, "--json", db=twice)
        assert shown.returncode == 0, shown.stderr
        assert json.loads(shown.stdout)["slug"] == slug
    # The columns line up under the header.
    status_at = lines[0].index("STATUS")
    assert all(line[status_at:].startswith("draft") for line in lines[1:])


def test_import_reports_removed_boilerplate_whole(db: Path) -> None:
    out = copydesk("import", str(WIRE), db=db).stdout
    removed = [line for line in out.splitlines() if "Removed boilerplate" in line]
    assert any(line.rstrip().endswith("you consent to them. Accept all") for line in removed), out


def test_check_names_paragraph_and_words_not_offsets(db: Path) -> None:
    copydesk("import", str(WIRE), db=db)
    out = copydesk("check", SLUG, db=db).stdout
    line = next(x for x in out.splitlines() if "anonymous_without_reason" in x)
    assert line.strip().startswith("info anonymous_without_reason: ")
    assert '(paragraph 1: "' in line and "three port employees" in line
    assert " at " not in line.split("(paragraph")[0], "no character offsets"
    found = json.loads(copydesk("check", SLUG, "--json", db=db).stdout)["findings"]
    anonymous = next(f for f in found if f["code"] == "anonymous_without_reason")
    assert anonymous["paragraph"] == 1
    assert "three port employees" in anonymous["context"]


def test_export_refusal_names_the_flag_and_history_lists_exports(db: Path, tmp_path: Path) -> None:
    copydesk("import", str(WIRE), db=db)
    out = tmp_path / "ferry.html"
    refused = copydesk("export", SLUG, "--out", str(out), db=db)
    assert refused.returncode == 1
    assert "--override-reason" in refused.stderr
    assert not out.exists()
    assert json.loads(copydesk("history", SLUG, "--json", db=db).stdout)["exports"] == []

    done = copydesk("export", SLUG, "--out", str(out), "--override-reason", "desk proof", db=db)
    assert done.returncode == 0, done.stderr
    history = json.loads(copydesk("history", SLUG, "--json", db=db).stdout)
    (export,) = history["exports"]
    assert {"format", "path", "by", "at", "override_reason"} <= set(export)
    assert (export["format"], export["path"], export["override_reason"]) == (
        "html",
        str(out),
        "desk proof",
    )
    assert export["by"] and export["at"].endswith("+00:00")
    assert export["publication"] is None, "a draft's export carries no publication"
    assert history["publications"] == []
    text = copydesk("history", SLUG, db=db).stdout
    assert any(line.startswith("export ") and "desk proof" in line for line in text.splitlines())


def test_search_lists_a_snippet_of_the_hit(db: Path) -> None:
    copydesk("import", str(WIRE), db=db)
    (hit,) = json.loads(copydesk("list", "--search", "nurses", "--json", db=db).stdout)
    assert "nurses finish their shifts" in hit["snippet"]
    ((start, end),) = hit["snippet_hits"]
    assert hit["snippet"][start:end].lower() == "nurses"
    text = copydesk("list", "--search", "nurses", db=db).stdout
    assert f"{SLUG}: " in text and "nurses finish" in text


def test_search_snippet_marks_the_words_found_by_their_stems(db: Path) -> None:
    """'nurse shift' finds "nurses finish their shifts" (stemmed search); `list --search`
    prints that line, both words marked, as the story list shows it."""
    copydesk("import", str(WIRE), db=db)
    (hit,) = json.loads(copydesk("list", "--search", "nurse shift ", "--json", db=db).stdout)
    assert "nurses finish their shifts" in hit["snippet"]
    marked = [hit["snippet"][start:end] for start, end in hit["snippet_hits"]]
    assert marked == ["nurses", "shifts"]
    text = copydesk("list", "--search", "nurse shift ", db=db).stdout
    line = next(line for line in text.splitlines() if line.startswith(f"{SLUG}: "))
    assert "Our nurses finish their shifts at ten" in line
