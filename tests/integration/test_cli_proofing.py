"""`copydesk spell`, `check --stylebook`, `dictionary` and `style` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.integration.test_cli import copydesk

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "wire" / "harbour-ferry.txt"
KEYS = {"severity", "code", "rule", "message", "start", "end", "suggestion", "paragraph",
        "context"}  # fmt: skip


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "cli.db"


def test_spell_a_file_offsets_index_the_text_as_read(tmp_path: Path, db: Path) -> None:
    path = tmp_path / "copy.txt"
    text = "Ferries halted\n\nThe authorty said “Teh boats” were safe — mostly.\n"
    path.write_text(text, encoding="utf-8")
    result = copydesk("spell", str(path), "--json", db=db)
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert all(set(f) == KEYS for f in findings)
    spelled = [(text[f["start"] : f["end"]], f["suggestion"], f["paragraph"])
               for f in findings if f["code"] == "spelling"]  # fmt: skip
    assert spelled == [("authorty", "authority", 2), ("Teh", "The", 2)]
    assert not db.exists()  # nothing stored, not even a new database


def test_spell_exit_status(tmp_path: Path, db: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The council met on Monday and said little.\n", encoding="utf-8")
    assert copydesk("spell", str(clean), db=db).returncode == 0
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00")
    bad = copydesk("spell", str(binary), db=db)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "not a text file" in bad.stderr
    missing = copydesk("spell", "no-such-story", db=db)
    assert missing.returncode == 2 and "No story" in missing.stderr
    unknown = copydesk("spell", str(clean), "--stylebook", "chicago", db=db)
    assert unknown.returncode == 2 and "Unknown stylebook" in unknown.stderr


def test_check_and_spell_a_story_with_a_stylebook(db: Path) -> None:
    assert copydesk("import", str(FIXTURE), db=db).returncode == 0
    slug = json.loads(copydesk("list", "--json", db=db).stdout)[0]["slug"]
    checked = json.loads(copydesk("check", slug, "--json", "--stylebook", "ap", db=db).stdout)
    style = [f for f in checked["findings"] if f["code"] == "style"]
    assert style and all(set(f) == KEYS for f in checked["findings"])
    assert {"editorialising", "said-before-quote"} <= {f["rule"] for f in style}
    spelled = copydesk("spell", slug, db=db)
    assert spelled.returncode == 1
    assert "warning style: Editorialising in news copy" in spelled.stdout
    assert "(paragraph 1:" in spelled.stdout


def test_style_and_dictionary_verbs(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "copy.txt"
    path.write_text("In a startling twist, the smallsat flew.\n", encoding="utf-8")
    assert copydesk("dictionary", "add", "smallsat", db=db).returncode == 0
    assert copydesk("dictionary", db=db).stdout.split() == ["smallsat"]
    assert "spelling" not in copydesk("spell", str(path), db=db).stdout
    out = copydesk("style", "set", "editorialising", "--severity", "error", "--desk", "Metro",
                   db=db)  # fmt: skip
    assert out.returncode == 0, out.stderr
    rules = json.loads(copydesk("style", "rules", "--desk", "Metro", "--json", db=db).stdout)
    assert {r["id"]: r["severity"] for r in rules["rules"]}["editorialising"] == "error"
    bad = copydesk("style", "set", "editorialising", "--pattern", "(oops", db=db)
    assert bad.returncode == 2 and "not a valid expression" in bad.stderr
    desk = copydesk("style", "desk", "Metro", "--stylebook", "ap", "--spelling", "en-GB", db=db)
    assert "stylebook ap, spelling en-GB" in desk.stdout
    assert copydesk("style", "reset", "editorialising", "--desk", "Metro", db=db).returncode == 0


def test_style_takes_the_rules_options_without_the_word_rules(db: Path) -> None:
    """README: `copydesk style [rules] [--desk D] [--stylebook NAME] [--json]`; `style --desk D`
    was read as the action 'D' and refused."""
    copydesk("style", "desk", "Metro", "--stylebook", "ap", db=db, check=True)
    shown = copydesk("style", "--desk", "Metro", db=db)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Stylebook ap, spelling en-US (desk 'Metro'):")
    rules = json.loads(copydesk("style", "--stylebook", "ap", "--json", db=db).stdout)
    assert rules["stylebook"] == "ap"
    misplaced = copydesk("style", "--desk", "Metro", "set", "editorialising", "--severity",
                         "error", db=db)  # fmt: skip
    assert misplaced.returncode == 2 and "goes after the action" in misplaced.stderr
    rules = json.loads(copydesk("style", "rules", "--desk", "Metro", "--json", db=db).stdout)
    assert {r["id"]: r["severity"] for r in rules["rules"]}["editorialising"] == "warning"


def test_dictionary_remove_names_the_words_it_did_not_have(db: Path) -> None:
    """A mistyped word said only "Removed 0 words."."""
    copydesk("dictionary", "add", "smallsat", db=db, check=True)
    out = copydesk("dictionary", "remove", "smallsat", "smalsat", db=db)
    assert out.returncode == 0
    assert out.stdout.strip() == "Removed 1 word. Not in the newsroom dictionary: smalsat."
    assert copydesk("dictionary", db=db).stdout == ""
