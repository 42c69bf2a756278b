"""The analysis entry point: the wire sample end to end, JSON shape, and the per-paragraph cache."""

from __future__ import annotations

import json

import pytest

from app.core.analysis.engine import Analysis, AnalysisCache, analyze


def test_wire_sample_quotes_speakers_cues_venues(atacms_text: str, atacms_expected: dict) -> None:
    result = analyze(atacms_text)
    expected = atacms_expected["quotes"]
    assert [q.text for q in result.quotes] == [e["text"] for e in expected]
    for q, e in zip(result.quotes, expected, strict=True):
        assert atacms_text[q.start : q.end] == q.text
        assert q.speaker == e["speaker"], q.text
        assert q.cue == e["cue"], q.text
        if "venue" in e:
            assert q.venue is not None and e["venue"] in q.venue, q.text
        assert q.confidence >= 0.6
    mentions = [q.speaker_mention for q in result.quotes]
    assert mentions[1] == "He" and mentions[5] == "he" and mentions[6] == "He"


def test_wire_sample_body_without_trailer(atacms_text: str, atacms_expected: dict) -> None:
    body = atacms_text.split("\nReporting by ")[0]
    result = analyze(body)
    assert [q.speaker for q in result.quotes] == [e["speaker"] for e in atacms_expected["quotes"]]
    assert not any(f.code == "boilerplate_in_body" for f in result.findings)


def test_wire_sample_sources(atacms_text: str, atacms_expected: dict) -> None:
    result = analyze(atacms_text)
    found = {s.name: s for s in result.sources}
    for e in atacms_expected["named_sources"]:
        source = found[e["name"]]
        assert source.description == e["description"], e["name"]
        assert source.title == e.get("title", source.title), e["name"]
        assert not source.anonymous
    assert found["Mike Turner"].title == "Republican Representative"
    assert "Donald Trump" not in found and "Joe Biden" not in found
    assert [a.text for a in result.anonymous_sourcing] == atacms_expected["anonymous_sourcing"]
    assert [i.text for i in result.institutional_sources] == atacms_expected[
        "institutional_sources"
    ]


def test_wire_sample_findings(atacms_text: str) -> None:
    result = analyze(atacms_text)
    codes = {f.code for f in result.findings}
    assert {"no_credits", "boilerplate_in_body", "anonymous_without_reason"} <= codes
    assert "quote_without_speaker" not in codes
    assert "unbalanced_quotes" not in codes
    cookie = next(f for f in result.findings if f.code == "boilerplate_in_body")
    assert atacms_text[cookie.start : cookie.end].startswith("This website uses cookies")


def test_to_json_has_the_jsonl_analysis_keys(atacms_text: str) -> None:
    data = analyze(atacms_text).to_json()
    assert list(data) == [
        "quotes",
        "sources",
        "institutional_sources",
        "anonymous_sourcing",
        "findings",
    ]
    assert set(data["quotes"][0]) == {
        "text",
        "speaker",
        "speaker_mention",
        "cue",
        "venue",
        "start",
        "end",
        "confidence",
        "speaker_reason",
    }
    assert set(data["sources"][0]) == {"name", "title", "description", "anonymous"}
    assert set(data["anonymous_sourcing"][0]) == {"text", "start", "end"}
    assert set(data["findings"][0]) == {"severity", "code", "rule", "message", "start", "end",
                                        "suggestion", "paragraph", "context"}  # fmt: skip
    assert all(isinstance(s, str) for s in data["institutional_sources"])
    json.dumps(data)  # plain JSON all the way down


def test_empty_and_odd_input() -> None:
    assert analyze("") == Analysis(findings=analyze("").findings)
    assert [f.code for f in analyze("").findings] == ["no_credits"]
    analyze("\x00\ufeff“”\"\"''``")
    analyze("“" * 5000)


def test_offsets_are_code_points_into_the_text_as_given() -> None:
    text = "😀 Émile\r\n\r\n“Crème brûlée for all,” said Zoë Åberg, a chef."
    (q,) = analyze(text).quotes
    assert text[q.start : q.end] == "Crème brûlée for all,"
    assert q.speaker == "Zoë Åberg"


def test_one_paragraph_edit_reads_one_paragraph() -> None:
    paragraphs = [
        f"“Line {i} is on time,” said Rail Chief Ada Moss, the operator's head, on day {i}."
        for i in range(50)
    ]
    cache = AnalysisCache()
    first = analyze("\n\n".join(paragraphs), cache=cache)
    assert cache.misses == 50
    paragraphs[20] = "“Line 20 is late,” Moss said."
    second = analyze("\n\n".join(paragraphs), cache=cache)
    assert cache.misses == 51
    assert second.quotes[20].text == "Line 20 is late,"
    assert second.quotes[20].speaker == "Ada Moss"
    assert len(second.quotes) == len(first.quotes)


def test_cache_results_match_a_fresh_analysis(atacms_text: str) -> None:
    cache = AnalysisCache()
    analyze(atacms_text, cache=cache)
    edited = atacms_text.replace("He emphasized", "He said")
    assert analyze(edited, cache=cache) == analyze(edited)


def test_cache_is_bounded() -> None:
    cache = AnalysisCache(max_blocks=3)
    analyze("\n".join(f"Paragraph {i}." for i in range(10)), cache=cache)
    assert len(cache) == 3


@pytest.mark.parametrize("words", [1000])
def test_speed_is_in_budget(words: int) -> None:
    """A loose guard (the benchmark measures properly): 1,000 words well under 50 ms."""
    import time

    text = "\n\n".join(
        f"“Crews fixed {i} pipes,” said Nora Quist, a city engineer, in district {i}."
        for i in range(words // 12)
    )
    analyze(text)
    started = time.process_time()
    for _ in range(5):
        analyze(text)
    assert (time.process_time() - started) / 5 < 0.05
