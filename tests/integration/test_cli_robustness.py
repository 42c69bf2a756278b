"""Bad input on the command line: exit 2, exactly one line on stderr, never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from tests.integration.test_cli import copydesk, copydesk_process
from tests.pathological_inputs import docx_bomb


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "robust.db"


def _one_line_error(result, *expected: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("copydesk: ")
    for text in expected:
        assert text in lines[0]
    return lines[0]


def _story(tmp_path: Path, db: Path, slug: str = "s", body: str = "") -> None:
    story = tmp_path / f"{slug}.md"
    story.write_text(
        f"---\nheadline: Story {slug}\nslug: {slug}\n---\n\n"
        f"{body or 'Council meets.'}\n\n\u201cHello there,\u201d said Ann Lee.\n",
        encoding="utf-8",
    )
    copydesk("import", str(story), db=db, check=True)


def _docx_bomb(tmp_path: Path) -> Path:
    """A Word file of some 30 KB whose document.xml unpacks to 30 MB."""
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bomb(tmp_path))
    return path


def _corrupt_pdf() -> bytes:
    """A PDF whose cross-reference table points nowhere and whose page tree is missing: pypdf
    logs its repairs (to stderr, when nobody configured logging) and then gives up."""
    return (
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        b"xref\n0 3\n0000000000 65535 f \ntrailer\n<< /Size 3 /Root 1 0 R >>\n"
        b"startxref\n9999\n%%EOF\n"
    )


def test_import_a_folder(tmp_path: Path, db: Path) -> None:
    folder = tmp_path / "copy"
    folder.mkdir()
    _one_line_error(copydesk("import", str(folder), db=db), "folder")


def test_import_a_binary_file(tmp_path: Path, db: Path) -> None:
    binary = tmp_path / "story.txt"
    binary.write_bytes(bytes(range(256)) * 40)
    _one_line_error(copydesk("import", str(binary), db=db), "story.txt")


def test_import_an_empty_file(tmp_path: Path, db: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    _one_line_error(copydesk("import", str(empty), db=db), "empty")


def test_import_a_missing_file(tmp_path: Path, db: Path) -> None:
    _one_line_error(copydesk("import", str(tmp_path / "nope.txt"), db=db), "does not exist")


def test_import_a_corrupt_docx(tmp_path: Path, db: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04" + b"not really a zip archive" * 10)
    _one_line_error(copydesk("import", str(broken), db=db), ".docx")


def test_verify_against_a_corrupt_pdf(tmp_path: Path, db: Path) -> None:
    _story(tmp_path, db)
    broken = tmp_path / "transcript.pdf"
    broken.write_bytes(_corrupt_pdf())
    # A process of its own: in this one pytest's log handlers would take what pypdf logs.
    _one_line_error(copydesk_process("verify", "s", "--against", str(broken), db=db), "PDF")


def test_verify_against_a_corrupt_docx(tmp_path: Path, db: Path) -> None:
    _story(tmp_path, db)
    broken = tmp_path / "transcript.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    _one_line_error(copydesk("verify", "s", "--against", str(broken), db=db), "Word file")


def test_docx_zip_bomb_is_refused_at_once(
    tmp_path: Path, db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An 857 KB file holding 250 MB of XML ran for minutes; now it is refused by its sizes, so
    python-docx never parses it (the in-process time is printed by benchmarks/import_speed.py
    --pathological and verification_speed.py --bad-files)."""
    bomb = _docx_bomb(tmp_path)

    def parse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("python-docx was asked to parse the file")

    monkeypatch.setattr(docx, "Document", parse)
    _one_line_error(copydesk("analyze", str(bomb)), "unpacks to 30 MB", "at most 20 MB")
    _one_line_error(copydesk("import", str(bomb), db=db), "unpacks to 30 MB", "at most 20 MB")
    _story(tmp_path, db)
    _one_line_error(copydesk("verify", "s", "--against", str(bomb), db=db), "at most 20 MB")


@pytest.mark.parametrize("limit", ["-1", "0", "ten"])
def test_list_limit_must_be_positive(db: Path, limit: str) -> None:
    result = copydesk("list", "--limit", limit, db=db)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"--limit: expected a whole number of 1 or more, not '{limit}'" in result.stderr


def test_analyze_jsonl_text_must_be_a_string(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": 3, "text": 5}\n{"id": 4, "text": null}\n'
        '{"id": 5, "text": "Plain text, no quotes."}\n',
        encoding="utf-8",
    )
    result = copydesk("analyze", "--jsonl", str(source))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        f'copydesk: {source}:1: "text" must be a string, not int',
        f'copydesk: {source}:2: "text" must be a string, not null',
    ]
    assert json.loads(result.stdout)["id"] == 5


def test_list_search_filters_inside_the_search(tmp_path: Path, db: Path) -> None:
    """--status/--desk used to filter only the first --limit matches, and --trash was ignored."""
    for n in range(3):
        _story(tmp_path, db, f"bridge-{n}", "Bridge bridge bridge: the bridge reopens.")
    metro = tmp_path / "metro.md"
    metro.write_text(
        "---\nheadline: Council budget\nslug: metro-budget\ndesk: Metro\n---\n\n"
        "The council passed its budget; a bridge repair is in it.\n",
        encoding="utf-8",
    )
    copydesk("import", str(metro), db=db, check=True)
    found = copydesk(
        "list", "--search", "bridge", "--desk", "Metro", "--limit", "1", "--json", db=db
    )
    assert found.returncode == 0, found.stderr
    assert [r["slug"] for r in json.loads(found.stdout)] == ["metro-budget"]

    copydesk("delete", "bridge-1", db=db, check=True)
    trashed = copydesk("list", "--search", "bridge", "--trash", "--json", db=db)
    assert trashed.returncode == 0, trashed.stderr
    assert [r["slug"] for r in json.loads(trashed.stdout)] == ["bridge-1"]


def test_a_missing_file_is_named_once(tmp_path: Path, db: Path) -> None:
    """Import said "copydesk: nope.txt: nope.txt does not exist."."""
    missing = tmp_path / "nope.txt"
    line = _one_line_error(copydesk("import", str(missing), db=db), "does not exist")
    assert line.count(str(missing)) == 1, line


def test_usage_errors_are_one_line_naming_the_verb(db: Path) -> None:
    """argparse printed the top-level usage, then the error: two lines, and for a verb's
    unknown option the usage of `copydesk` rather than of the verb."""
    _one_line_error(copydesk("list", "--bogus", db=db), "--bogus", "copydesk list --help")
    _one_line_error(copydesk("show", db=db), "required: slug", "copydesk show --help")
    _one_line_error(copydesk("style", "rules", "--bogus", db=db), "copydesk style rules --help")


def test_a_mistyped_verb_gets_the_nearest_verb_not_all_of_them(db: Path) -> None:
    line = _one_line_error(copydesk("lst", db=db), "no verb 'lst'", "did you mean 'list'?")
    assert "purge" not in line  # the 33 verbs were listed
    _one_line_error(copydesk("qqqqqq", db=db), "no verb 'qqqqqq'", "copydesk --help")


def test_spell_of_a_missing_file_names_the_file(tmp_path: Path, db: Path) -> None:
    """An argument that is no file is taken as a slug: a mistyped file name said "No story"."""
    _one_line_error(copydesk("spell", str(tmp_path / "notes.txt"), db=db), "no file", "notes.txt")
    _one_line_error(copydesk("spell", str(tmp_path), db=db), "is a folder")
    _one_line_error(copydesk("spell", "no-such-slug", db=db), "No story 'no-such-slug'")


def test_style_set_of_an_unknown_rule_says_it_is_unknown(db: Path) -> None:
    """A mistyped rule id said only "Rule 'attribution-verbs' needs a pattern"."""
    _one_line_error(
        copydesk("style", "set", "attribution-verbs", "--severity", "error", db=db),
        "No stylebook has a rule 'attribution-verbs'",
        "copydesk style rules",
    )


def test_a_mistyped_database_folder_is_one_line_and_creates_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'typo' / 'dir' / 'x.db'}"
    _one_line_error(copydesk("--database", url, "list"), "does not exist", "typo")
    assert not (tmp_path / "typo").exists()
