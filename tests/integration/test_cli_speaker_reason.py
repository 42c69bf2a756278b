"""`speaker_reason` in analyze --json, analyze --jsonl and show --json: the rule and the mention."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import copydesk

TEXT = (
    "Ana Lopez met Tom Reyes at the depot on Monday.\n\n"
    "“We are not done,” he said.\n\n"
    "“Nor are we,” Lopez said.\n"
)


def _check(quotes: list[dict]) -> None:
    assert [q["speaker"] for q in quotes] == ["Tom Reyes", "Ana Lopez"]
    assert quotes[0]["speaker_reason"].startswith("he → Tom Reyes: ")
    assert "gender agrees" in quotes[0]["speaker_reason"]
    assert quotes[1]["speaker_reason"] == (
        "Lopez → Ana Lopez: surname of a person named earlier; speech verb right after the quote"
    )


def test_analyze_json_and_jsonl_carry_the_reason(tmp_path: Path) -> None:
    story = tmp_path / "depot.txt"
    story.write_text("Depot talks go on\n\n" + TEXT, encoding="utf-8")
    result = copydesk("analyze", str(story), "--json")
    assert result.returncode == 0, result.stderr
    _check(json.loads(result.stdout)["quotes"])

    lines = tmp_path / "in.jsonl"
    lines.write_text(json.dumps({"id": "d", "text": TEXT}) + "\n", encoding="utf-8")
    result = copydesk("analyze", "--jsonl", str(lines))
    assert result.returncode == 0, result.stderr
    _check(json.loads(result.stdout)["quotes"])


def test_show_json_carries_the_stored_reason(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    story = tmp_path / "depot.md"
    story.write_text("---\nheadline: Depot talks\nslug: depot\n---\n\n" + TEXT, encoding="utf-8")
    assert copydesk("import", str(story), db=db).returncode == 0
    shown = copydesk("show", "depot", "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    _check(json.loads(shown.stdout)["quotes"])


def test_show_json_carries_the_speaker_mark(tmp_path: Path) -> None:
    """`show --json` marks the speakers to check as `analyze --json` does, from the stored
    figure; a speaker a person chose is certain and no longer marked."""
    from app.core.services import Desk

    db = tmp_path / "cli.db"
    story = tmp_path / "bridge.md"
    story.write_text(
        "---\nheadline: Bridge plan\nslug: bridge\n---\n\n"
        "“We will rebuild the bridge by spring,” said Mayor Ana Lopez.\n\n"
        "Councillor Tom Vell wants the bridge “paid for by the state, every last penny.”\n",
        encoding="utf-8",
    )
    assert copydesk("import", str(story), db=db).returncode == 0
    shown = copydesk("show", "bridge", "--json", db=db)
    assert shown.returncode == 0, shown.stderr
    quotes = json.loads(shown.stdout)["quotes"]
    assert [q["check_speaker"] for q in quotes] == [False, True]

    desk = Desk.open(f"sqlite:///{db}", user="sam")
    try:
        stored = desk.get_story("bridge").quotes
        assert [q["confidence"] for q in quotes] == [round(q.confidence, 2) for q in stored]
        desk.set_quote_speaker(stored[1].id, "Tom Vell")
    finally:
        desk.close()
    quotes = json.loads(copydesk("show", "bridge", "--json", db=db).stdout)["quotes"]
    assert [(q["check_speaker"], q["confidence"]) for q in quotes[1:]] == [(False, 1.0)]
