"""`copydesk verify SLUG --against FILE --json`: one result per quote; exit 1 on altered."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.test_verification_workflow import BODY, TRANSCRIPT
from tests.integration.test_cli import copydesk


def test_verify_prints_one_result_per_quote(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    story = tmp_path / "river.md"
    story.write_text("---\nheadline: River plan\nslug: river-plan\n---\n\n" + BODY, "utf-8")
    transcript = tmp_path / "briefing.vtt"
    transcript.write_text(TRANSCRIPT, encoding="utf-8")
    assert copydesk("import", str(story), db=db).returncode == 0

    result = copydesk("verify", "river-plan", "--against", str(transcript), "--json", db=db)
    assert result.returncode == 1, result.stderr  # one quote is altered
    checks = json.loads(result.stdout)
    assert [c["verdict"] for c in checks] == ["verbatim", "altered"]
    for check in checks:
        assert set(check) >= {
            "text",
            "speaker",
            "verdict",
            "score",
            "evidence",
            "diff",
            "speaker_mismatch",
            "source_speaker",
        }
        assert 0 <= check["score"] <= 1
        assert check["evidence"]["document"] == "briefing.vtt"
    shown = json.loads(copydesk("show", "river-plan", "--json", db=db).stdout)
    assert [q["verdict"] for q in shown["quotes"]] == ["verbatim", "altered"]


def test_verify_bad_input_exits_2(tmp_path: Path) -> None:
    db = tmp_path / "v.db"
    story = tmp_path / "s.md"
    story.write_text("---\nheadline: S\nslug: s\n---\n\n\u201cHello there,\u201d said Ann Lee.\n")
    copydesk("import", str(story), db=db)
    missing = copydesk("verify", "s", "--against", str(tmp_path / "nope.srt"), db=db)
    assert missing.returncode == 2 and "Traceback" not in missing.stderr
    nothing = copydesk("verify", "s", db=db)
    assert nothing.returncode == 2 and "No source material" in nothing.stderr
