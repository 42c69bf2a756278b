"""`copydesk provenance`: the JSON contract, exit statuses, --pairs; and verify's `covered`."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.provenance.conftest import ORIGINAL, REWRITE, STATEMENT
from tests.integration.test_cli import copydesk


def test_provenance_json_contract_and_exit_status(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert copydesk("import", str(REWRITE), db=db).returncode == 0
    result = copydesk(
        "provenance", "tunnel-rewrite", "--against", str(ORIGINAL), str(STATEMENT), "--json", db=db
    )
    assert result.returncode == 1, result.stderr  # it has findings
    data = json.loads(result.stdout)
    assert set(data) == {"story", "sources", "sentences", "findings"}
    assert data["story"] == "tunnel-rewrite"
    for source in data["sources"]:
        assert set(source) == {"document", "title", "share", "credited"}
    body = json.loads(copydesk("show", "tunnel-rewrite", "--json", db=db).stdout)["body"]
    for sentence in data["sentences"]:
        assert set(sentence) == {"start", "end", "relation", "score", "source"}
        assert sentence["relation"] in ("copied", "paraphrased", "new")
        assert 0 <= sentence["score"] <= 1
        assert (sentence["source"] is None) == (sentence["relation"] == "new")
    texts = {
        d: Path(p).read_text("utf-8")
        for d, p in (("tunnel-original.txt", ORIGINAL), ("board-statement.txt", STATEMENT))
    }
    for finding in data["findings"]:
        assert set(finding) == {"code", "message", "story", "source"}
        story = finding["story"]
        assert body[story["start"] : story["end"]] == story["text"]
        source = finding["source"]
        assert texts[source["document"]][source["start"] : source["end"]] == source["text"]
    # the files stay attached, as with verify --against
    again = copydesk("provenance", "tunnel-rewrite", db=db)
    assert again.returncode == 1 and "fact_changed" in again.stdout


def test_a_story_without_findings_exits_0_and_bad_input_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    original = tmp_path / "ferry.md"
    original.write_text(
        "---\nheadline: Ferry\nslug: ferry\n---\n\nThe harbour ferry will run "
        "every hour from May, the operator said.\n",
        "utf-8",
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("The council will vote on the new library next week.\n", "utf-8")
    copydesk("import", str(original), db=db)
    clean = copydesk("provenance", "ferry", "--against", str(notes), db=db)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "no findings" in clean.stdout
    for args in (
        ("provenance", "nope"),
        ("provenance", "ferry", "--against", "missing.txt"),
        ("provenance",),
    ):
        bad = copydesk(*args, db=db)
        assert bad.returncode == 2 and "Traceback" not in bad.stderr, args
    fresh = tmp_path / "fresh.md"
    fresh.write_text("---\nheadline: F\nslug: fresh\n---\n\nA sentence of its own here.\n")
    copydesk("import", str(fresh), db=db)
    nothing = copydesk("provenance", "fresh", db=db)
    assert nothing.returncode == 2 and "--archive" in nothing.stderr


def test_pairs_one_line_out_each(tmp_path: Path) -> None:
    pairs = tmp_path / "in.jsonl"
    lines = [
        {
            "id": 1,
            "story": "Prices will fall soon.",
            "source": "Costs are set to come down before long.",
        },
        {
            "id": "b",
            "story": "The ferry will run every hour from May.",
            "source": "The ferry will run every hour from May.",
        },
        {
            "id": 3,
            "story": "The tunnel is one of the oldest in the country.",
            "source": "The council approved the budget on Tuesday.",
        },
    ]
    pairs.write_text("\n".join(json.dumps(x) for x in lines) + "\n", "utf-8")
    result = copydesk("provenance", "--pairs", str(pairs))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(o["id"], o["relation"]) for o in out] == [
        (1, "paraphrased"),
        ("b", "copied"),
        (3, "different"),
    ]
    assert all(set(o) == {"id", "relation", "score"} and 0 <= o["score"] <= 1 for o in out)
    pairs.write_text('{"id": 1, "story": "x"}\nnot json\n', "utf-8")
    bad = copydesk("provenance", "--pairs", str(pairs))
    assert bad.returncode == 2 and bad.stderr.count("in.jsonl:") == 2


def test_verify_json_says_covered_and_exits_1_only_for_blocking_quotes(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    story = tmp_path / "s.md"
    story.write_text(
        "---\nheadline: S\nslug: s\n---\n\n\u201cWe will not close the harbour,\u201d "
        "said Lena Ortiz.\n\n\u201cI will cycle instead,\u201d said Priya Nair.\n"
    )
    notes = tmp_path / "article.txt"
    notes.write_text("\u201cWe will not close the harbour,\u201d said Lena Ortiz.\n", "utf-8")
    copydesk("import", str(story), db=db)
    shown = json.loads(copydesk("show", "s", "--json", db=db).stdout)
    assert [q["covered"] for q in shown["quotes"]] == [None, None]
    result = copydesk("verify", "s", "--against", str(notes), "--json", db=db)
    checks = json.loads(result.stdout)
    assert [(c["verdict"], c["covered"]) for c in checks] == [
        ("verbatim", True),
        ("not_found", False),
    ]
    assert result.returncode == 0  # an uncovered quote warns, it does not block
    shown = json.loads(copydesk("show", "s", "--json", db=db).stdout)
    assert [q["covered"] for q in shown["quotes"]] == [True, False]
    check = copydesk("check", "s", db=db)
    assert "No material attached for this speaker (Priya Nair)" in check.stdout
