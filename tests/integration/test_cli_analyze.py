"""`copydesk analyze`: the report of a file or of JSON Lines, offsets into the text as given."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.test_cli import copydesk

PARTIAL_QUOTE = 2  # “the right call, if a late one”: its speaker is issue 13's to fix


def _analyze(wire_story: Path) -> dict:
    result = copydesk("analyze", str(wire_story), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_analyze_a_wire_file_as_json(wire_story: Path, wire_expected: dict) -> None:
    report = _analyze(wire_story)
    text = wire_story.read_text(encoding="utf-8")
    expected = wire_expected
    assert report["headline"] == expected["headline"]
    assert [q["text"] for q in report["quotes"]] == [q["text"] for q in expected["quotes"]]
    speakers = [q["speaker"] for q in report["quotes"]]
    wanted = [q["speaker"] for q in expected["quotes"]]
    del speakers[PARTIAL_QUOTE], wanted[PARTIAL_QUOTE]
    assert speakers == wanted
    for quote in report["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
    assert [(c["role"], c["name"], c["location"]) for c in report["credits"]] == [
        (c["role"], c["name"], c["location"]) for c in expected["credits"]
    ]
    assert "id" not in report
    for key in ("sources", "institutional_sources", "anonymous_sourcing", "findings", "dateline"):
        assert key in report


def test_analyze_names_the_speaker_of_a_partial_quote(wire_story: Path) -> None:
    report = _analyze(wire_story)
    assert report["quotes"][PARTIAL_QUOTE]["speaker"] == "Priya Raman"


def test_analyze_jsonl_writes_one_line_per_input(tmp_path: Path) -> None:
    lines = [
        {"id": "a", "text": "LONDON (Reuters) - \u201cWe will appeal,\u201d said Maria Lopez."},
        {"id": "b", "text": 'Tom Wells said: "Prices rose." He added, "Not by much."'},
    ]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(json.dumps(x) for x in lines) + "\n\n", encoding="utf-8")
    result = copydesk("analyze", "--jsonl", str(source))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b"]
    assert out[0]["dateline"]["place"] == "LONDON"
    assert out[0]["quotes"][0]["speaker"] == "Maria Lopez"
    assert [q["speaker"] for q in out[1]["quotes"]] == ["Tom Wells", "Tom Wells"]
    assert out[1]["quotes"][1]["speaker_mention"] == "He"
    for item, given in zip(out, lines, strict=True):
        for quote in item["quotes"]:
            assert given["text"][quote["start"] : quote["end"]] == quote["text"]


def test_analyze_reports_bad_lines_and_goes_on(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text('not json\n{"id": 1, "text": "Plain text, no quotes."}\n')
    result = copydesk("analyze", "--jsonl", str(source))
    assert result.returncode == 2
    assert "in.jsonl:1" in result.stderr
    assert json.loads(result.stdout)["id"] == 1


def test_analyze_marks_the_speakers_to_check(tmp_path: Path) -> None:
    story = tmp_path / "bridge.txt"
    story.write_text(
        "Bridge plan\n\n"
        "“We will rebuild the bridge by spring,” said Mayor Ana Lopez.\n\n"
        "Councillor Tom Vell wants the bridge “paid for by the state, every last penny.”\n",
        encoding="utf-8",
    )
    result = copydesk("analyze", str(story))
    assert result.returncode == 0, result.stderr
    quotes = [line for line in result.stdout.splitlines() if line.startswith("  quote")]
    assert len(quotes) == 2
    assert "Ana Lopez" in quotes[0] and not quotes[0].endswith("(check the speaker)")
    assert "Tom Vell" in quotes[1] and quotes[1].endswith("(check the speaker)")
    report = json.loads(copydesk("analyze", str(story), "--json").stdout)
    assert [q["check_speaker"] for q in report["quotes"]] == [False, True]
