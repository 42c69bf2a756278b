"""A story quoting the press conference, with every kind of change the verdicts distinguish."""

from __future__ import annotations

import json

import pytest

from app.core import model
from app.core.verification import QuoteCheck, SourceText, verify_quote, verify_quotes

V = model.Verdict
REYES = "Mayor Dana Reyes"

# (quote as the story prints it, the story's speaker, expected verdict)
STORY: list[tuple[str, str | None, V]] = [
    # verbatim: the same words, typography aside; cut from the middle; across two cues
    ("The new plan protects our rivers.", REYES, V.VERBATIM),
    ("The new  plan\nprotects our rivers", REYES, V.VERBATIM),
    ("we listened to the kids who swim in these rivers every summer", REYES, V.VERBATIM),
    ("the old permits were a disgrace, and we’re ending them", REYES, V.VERBATIM),
    # minor: what the style allows
    ("The old permits were a disgrace, and we're ending them.", REYES, V.MINOR),
    (
        "We listened to the farmers, we listened to the fishermen and we listened to the kids",
        REYES,
        V.MINOR,
    ),
    (
        "We listened to the farmers … and we listened to the kids who swim in these rivers",
        REYES,
        V.MINOR,
    ),
    ("It [the plan] will cost 12 million dollars over three years", REYES, V.MINOR),
    ("[The plan] will cost 12 million dollars over three years", REYES, V.MINOR),
    ("It will cost twelve million dollars over 3 years", REYES, V.MINOR),
    # altered: words added, dropped or changed
    ("It will cost 15 million dollars over three years", REYES, V.ALTERED),
    ("The new plan fully protects our rivers.", REYES, V.ALTERED),
    ("we listened to the fishermen, and we listened to kids who swim", REYES, V.ALTERED),
    ("Frankly, the old permits were a scandal, and we're ending them.", REYES, V.ALTERED),
    ("The new plan will shield our rivers for a whole generation", REYES, V.ALTERED),
    # not found: nothing like it was said
    ("We will build a new stadium downtown next year", REYES, V.NOT_FOUND),
    ("Taxes are going down for every family in the county", None, V.NOT_FOUND),
]


@pytest.mark.parametrize(("text", "speaker", "expected"), STORY, ids=[s[0][:40] for s in STORY])
def test_each_change_gets_its_verdict(
    transcript: SourceText, text: str, speaker: str | None, expected: V
) -> None:
    check = verify_quote(text, [transcript], speaker)
    assert check.verdict == expected, check.reasons
    if expected == V.NOT_FOUND:
        assert check.evidence is None
    else:
        assert check.evidence is not None
        assert check.evidence.document == transcript.title
        assert transcript.text[check.evidence.start : check.evidence.end] == check.evidence.passage
        assert not check.speaker_mismatch


def test_rivers_example_is_altered_with_the_mayors_passage_as_evidence(
    transcript: SourceText,
) -> None:
    check = verify_quote(
        "The new plan will shield our rivers for a whole generation", [transcript], REYES
    )
    assert check.verdict == V.ALTERED
    assert check.evidence is not None
    assert check.evidence.passage == "The new plan protects our rivers"
    assert check.evidence.timestamp == "00:00:01.000"
    ops = [(op.op, op.story, op.source) for op in check.diff]
    assert ops == [
        ("equal", "The new plan", "The new plan"),
        ("replace", "will shield", "protects"),
        ("equal", "our rivers", "our rivers"),
        ("insert", "for a whole generation", ""),
    ]


def test_scores_order_the_verdicts(transcript: SourceText) -> None:
    verbatim = verify_quote("The new plan protects our rivers.", [transcript])
    minor = verify_quote("It will cost twelve million dollars over 3 years", [transcript])
    altered = verify_quote("It will cost 15 million dollars over three years", [transcript])
    assert verbatim.score == 1.0
    assert 0 < altered.score < minor.score < 1.0


def test_diff_shows_dropped_changed_and_omitted_words(transcript: SourceText) -> None:
    changed = verify_quote("It will cost 15 million dollars over three years", [transcript])
    assert ("replace", "15 million", "12 million") in [
        (o.op, o.story, o.source) for o in changed.diff
    ]
    dropped = verify_quote("we listened to the fishermen, and we listened to kids", [transcript])
    assert ("delete", "", "the") in [(o.op, o.story, o.source) for o in dropped.diff]
    omitted = verify_quote("We listened to the farmers … and we listened to the kids", [transcript])
    assert ("replace", "…", "we listened to the fishermen") in [
        (o.op, o.story, o.source) for o in omitted.diff
    ]
    bracket = verify_quote("It [the plan] will cost 12 million dollars", [transcript])
    assert ("insert", "[the plan]", "") in [(o.op, o.story, o.source) for o in bracket.diff]


def test_timestamp_is_that_of_the_cue_where_the_passage_starts(transcript: SourceText) -> None:
    check = verify_quote("It will cost 12 million dollars over three years", [transcript])
    assert check.evidence is not None and check.evidence.timestamp == "00:00:05.000"
    across = verify_quote("we listened to the kids who swim", [transcript])
    assert across.evidence is not None and across.evidence.timestamp == "00:00:10.500"


def test_another_speakers_words_are_flagged(transcript: SourceText) -> None:
    check = verify_quote("We have not seen the numbers yet", [transcript], REYES)
    assert check.verdict == V.VERBATIM
    assert check.speaker_mismatch
    assert check.source_speaker is not None and "hassan" in check.source_speaker.casefold()
    question = verify_quote(
        "Will the council support the plan before the election?", [transcript], REYES
    )
    assert question.speaker_mismatch
    assert question.source_speaker is not None
    assert question.source_speaker.casefold() == "reporter"


def test_the_right_speaker_or_an_unknown_one_is_no_mismatch(transcript: SourceText) -> None:
    for speaker in ("Amir Hassan", "Councillor Hassan", "he", None):
        check = verify_quote("We have not seen the numbers yet", [transcript], speaker)
        assert not check.speaker_mismatch, speaker


def test_best_passage_across_several_documents(transcript: SourceText) -> None:
    notes = SourceText("notes.txt", "text", "Reyes spoke about rivers and permits at length.")
    check = verify_quote("The new plan protects our rivers.", [notes, transcript])
    assert check.evidence is not None and check.evidence.document == transcript.title
    assert check.document_index == 1


def test_json_element_matches_the_cli_contract(transcript: SourceText) -> None:
    check = verify_quote("The new plan will shield our rivers", [transcript], REYES)
    data = json.loads(json.dumps(check.to_json()))
    assert set(data) == {
        "text",
        "speaker",
        "verdict",
        "score",
        "evidence",
        "diff",
        "speaker_mismatch",
        "source_speaker",
        "covered",
    }
    assert data["text"] == "The new plan will shield our rivers"
    assert data["speaker"] == REYES
    assert data["verdict"] == "altered"
    assert 0 <= data["score"] <= 1
    assert set(data["evidence"]) == {"document", "start", "end", "passage", "timestamp"}
    assert all(set(op) == {"op", "story", "source"} for op in data["diff"])
    assert {op["op"] for op in data["diff"]} <= {"equal", "insert", "delete", "replace"}
    missing = verify_quote("We will build a new stadium downtown", [transcript]).to_json()
    assert missing["evidence"] is None and missing["diff"] == []


def test_verify_quotes_takes_model_quotes_and_reports_progress(transcript: SourceText) -> None:
    quotes = [
        model.Quote(text="The new plan protects our rivers.", start=0, end=10, speaker=REYES),
        model.Quote(text="We have not seen the numbers yet", start=20, end=40, speaker=REYES),
        "We will build a new stadium downtown next year",
    ]
    seen: list[tuple[int, int]] = []
    checks = verify_quotes(
        quotes, [transcript], progress=lambda done, total: seen.append((done, total))
    )
    assert [c.verdict for c in checks] == [V.VERBATIM, V.VERBATIM, V.NOT_FOUND]
    assert checks[1].speaker_mismatch and checks[1].speaker == REYES
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert all(isinstance(c, QuoteCheck) for c in checks)
    assert [c.blocks_publication for c in checks] == [False, False, True]


def test_empty_material_and_empty_quotes_are_not_found() -> None:
    assert verify_quote("Anything at all", []).verdict == V.NOT_FOUND
    source = SourceText("a", "text", "Some words here.")
    assert verify_quote("…", [source]).verdict == V.NOT_FOUND


def test_words_dropped_beside_the_speakers_own_ellipsis_are_altered() -> None:
    source = SourceText("t", "text", "We will rebuild ... every school and every bridge.")
    check = verify_quote("We will rebuild ... school and every bridge.", [source])
    assert check.verdict == V.ALTERED
    omitted = SourceText("t", "text", "We will rebuild every school and every bridge.")
    assert verify_quote("We will rebuild ... every bridge.", [omitted]).verdict == V.MINOR
