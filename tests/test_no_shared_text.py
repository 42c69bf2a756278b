"""The copy check that keeps the shared evaluation texts out of the project (tools/copycheck.py,
run on them by benchmarks/shared_checks.py in .ci/run) really finds a copied run of eight words,
here in texts this test writes itself (an evaluation folder of its own, not the real one)."""

from __future__ import annotations

import json
from pathlib import Path

from tools.copycheck import copied, shared_runs


def test_the_check_finds_a_copied_run_in_a_fixture(tmp_path: Path) -> None:
    source = tmp_path / "evaluation" / "corpora" / "articles.jsonl"
    source.parent.mkdir(parents=True)
    article = "The harbour master said on Monday that all crossings would resume at dawn."
    source.write_text(json.dumps({"id": 1, "text": article}) + "\n", encoding="utf-8")
    tests = tmp_path / "tests"
    (tests / "fixtures").mkdir(parents=True)
    (tests / "fixtures" / "own.txt").write_text("Ferries sail again at dawn.", encoding="utf-8")
    (tests / "fixtures" / "copy.txt").write_text(
        "Officials said: the Harbour Master said on Monday that ALL crossings\nwould resume.",
        encoding="utf-8",
    )
    problems = copied(tests, shared_runs(tmp_path / "evaluation"))
    assert len(problems) == 1 and problems[0].startswith("fixtures/copy.txt")
    assert "(from articles.jsonl)" in problems[0]
