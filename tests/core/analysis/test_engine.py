"""The analysis entry point: the project's wire story end to end, JSON shape, paragraph cache."""

from __future__ import annotations

import json

from app.core.analysis.engine import Analysis, AnalysisCache, analyze

# The wire story's partial quote and the sources described by a clause, checked on their own too.
PARTIAL_QUOTE = 2  # “the right call, if a late one” ("Priya Raman, ... struck a cautious note:")
DESCRIBED_BY_A_CLAUSE = {"Marta Okafor", "Helen Garvey", "Ruth Adeyemi"}


def test_wire_story_quotes_speakers_cues_venues(wire_text: str, wire_expected: dict) -> None:
    result = analyze(wire_text)
    expected = wire_expected["quotes"]
    assert [q.text for q in result.quotes] == [e["text"] for e in expected]
    for q, e in zip(result.quotes, expected, strict=True):
        assert wire_text[q.start : q.end] == q.text
        assert q.speaker == e["speaker"], q.text
        assert q.cue == e["cue"], q.text
        assert q.confidence >= 0.6
        if "venue" in e:
            assert q.venue is not None and e["venue"] in q.venue, q.text
        else:
            assert q.venue is None, q.text
    mentions = [q.speaker_mention for q in result.quotes]
    assert mentions[1] == "She" and mentions[5] == "he" and mentions[6] == "She"


def test_wire_story_partial_quote_after_a_colon_has_its_speaker(
    wire_text: str, wire_expected: dict
) -> None:
    quote = analyze(wire_text).quotes[PARTIAL_QUOTE]
    assert quote.speaker == wire_expected["quotes"][PARTIAL_QUOTE]["speaker"] == "Priya Raman"


def test_wire_story_partial_quote_after_a_colon_has_its_cue(
    wire_text: str, wire_expected: dict
) -> None:
    quote = analyze(wire_text).quotes[PARTIAL_QUOTE]
    assert quote.cue == wire_expected["quotes"][PARTIAL_QUOTE]["cue"]


def test_wire_story_body_without_trailer(wire_text: str, wire_expected: dict) -> None:
    body = wire_text.split("\nReporting by ")[0]
    result = analyze(body)
    speakers = [q.speaker for q in result.quotes]
    expected = [e["speaker"] for e in wire_expected["quotes"]]
    assert speakers == expected
    assert not any(f.code == "boilerplate_in_body" for f in result.findings)


def test_wire_story_sources(wire_text: str, wire_expected: dict) -> None:
    result = analyze(wire_text)
    found = {s.name: s for s in result.sources}
    for e in wire_expected["named_sources"]:
        source = found[e["name"]]
        assert source.description == e["description"], e["name"]
        assert source.title == e.get("title"), e["name"]
        assert not source.anonymous
    assert "Linnet Star" not in found
    assert len(result.anonymous_sourcing) == len(wire_expected["anonymous_sourcing"])
    assert len(result.institutional_sources) == len(wire_expected["institutional_sources"])


def test_wire_story_sources_described_by_a_clause(wire_text: str, wire_expected: dict) -> None:
    found = {s.name: s for s in analyze(wire_text).sources}
    got = {name: found[name].description for name in DESCRIBED_BY_A_CLAUSE}
    want = {
        e["name"]: e["description"]
        for e in wire_expected["named_sources"]
        if e["name"] in DESCRIBED_BY_A_CLAUSE
    }
    assert got == want


def test_wire_story_boats_are_not_sources(wire_text: str, wire_expected: dict) -> None:
    found = {s.name for s in analyze(wire_text).sources}
    assert not found & set(wire_expected["not_sources"])


def test_wire_story_anonymous_sourcing_span(wire_text: str, wire_expected: dict) -> None:
    result = analyze(wire_text)
    assert [a.text for a in result.anonymous_sourcing] == wire_expected["anonymous_sourcing"]


def test_wire_story_institutional_source_span(wire_text: str, wire_expected: dict) -> None:
    result = analyze(wire_text)
    assert [i.text for i in result.institutional_sources] == wire_expected["institutional_sources"]


def test_wire_story_findings(wire_text: str) -> None:
    result = analyze(wire_text)
    codes = {f.code for f in result.findings}
    assert {"no_credits", "boilerplate_in_body", "anonymous_without_reason"} <= codes
    assert "quote_without_speaker" not in codes
    assert "unbalanced_quotes" not in codes
    cookie = next(f for f in result.findings if f.code == "boilerplate_in_body")
    assert wire_text[cookie.start : cookie.end].startswith("Our pages use cookies")


def test_to_json_has_the_jsonl_analysis_keys(wire_text: str) -> None:
    data = analyze(wire_text).to_json()
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
        "check_speaker",
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


def test_cache_results_match_a_fresh_analysis(wire_text: str) -> None:
    cache = AnalysisCache()
    analyze(wire_text, cache=cache)
    edited = wire_text.replace("She added", "She said")
    assert edited != wire_text
    assert analyze(edited, cache=cache) == analyze(edited)


def test_cache_is_bounded() -> None:
    cache = AnalysisCache(max_blocks=3)
    analyze("\n".join(f"Paragraph {i}." for i in range(10)), cache=cache)
    assert len(cache) == 3


def test_words_a_crowd_cries_out_stay_a_quote_with_no_speaker_found() -> None:
    for text, words in (
        (
            "As the hearse turned into the square, many chanted “Nadia, Nadia” and wept.",
            "Nadia, Nadia",
        ),
        ("Outside the court, some shouted “liar” at the van.", "liar"),
    ):
        assert [q.text for q in analyze(text).quotes] == [words], text


def test_a_short_quote_nobody_cries_or_says_is_still_dropped() -> None:
    text = "The ferry made a “quick stop” at the pier before dawn."
    assert analyze(text).quotes == ()


def test_a_speaker_described_by_a_title_is_written_with_the_title() -> None:
    # The sentence is read with titles blanked out; the sidebar must never show the blanks.
    for text, speaker in (
        (
            'The "Harbour Lights" star said she was "thrilled" by the reviews.',
            'The "Harbour Lights" star',
        ),
        (
            "The star of “Harbour Lights” said she was “thrilled” by the reviews.",
            "The star of “Harbour Lights”",
        ),
    ):
        quote = analyze(text).quotes[0]
        assert (quote.speaker, quote.speaker_mention) == (speaker, speaker)


def test_a_source_described_by_a_show_is_listed_with_the_show() -> None:
    text = (
        "Mara Quill, a producer on “Harbour Lights,” said the series would return. "
        "“We start filming in May,” Quill said."
    )
    described = [s.description for s in analyze(text).sources if s.name == "Mara Quill"]
    assert described == ["a producer on “Harbour Lights”"]


def test_a_subheading_then_copy_starts_a_section_the_last_speaker_does_not_carry_into() -> None:
    text = (
        "“I cried for two days,” said Jo Baptiste.\n"
        "What the council says\n"
        "The council has offered each owner £90,000 and help finding a new unit.\n"
        "“That would not buy a cupboard on this street.”"
    )
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["Jo Baptiste", None]


def test_a_label_between_two_paragraphs_of_one_statement_still_carries_it() -> None:
    text = "“We are shocked,” said Jo Baptiste.\nClub statement\n“The club will appeal.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Jo Baptiste", "Jo Baptiste"]
