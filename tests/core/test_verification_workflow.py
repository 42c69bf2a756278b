"""Verdicts live with the stored quotes: kept across edits elsewhere, lost when words change."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import InputError
from app.core.exporting.service import check_story
from app.core.model import Credit, CreditRole, QuoteStatus, Story, StoryStatus, Verdict
from app.core.services import Desk

TRANSCRIPT = """WEBVTT

00:00:01.000 --> 00:00:06.000
<v Mayor Ana Ortiz>The new plan protects our rivers.

00:00:07.000 --> 00:00:12.000
<v Mayor Ana Ortiz>We will start work on the north bank in March.
"""

BODY = (
    "Mayor Ana Ortiz presented the plan on Monday.\n\n"
    "\u201cWe will start work on the north bank in March,\u201d Ortiz said.\n\n"
    "\u201cThe new plan will shield our rivers for a whole generation,\u201d she added.\n"
)


@pytest.fixture
def story(desk: Desk) -> Story:
    return desk.create_story(
        Story(
            headline="River plan",
            body=BODY,
            status=StoryStatus.READY,
            credits=(Credit(CreditRole.BYLINE, "Lee Park"),),
        )
    )


@pytest.fixture
def transcript(tmp_path: Path) -> Path:
    path = tmp_path / "briefing.vtt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    return path


def test_verdicts_are_stored_with_evidence_and_who_ran_the_check(
    desk: Desk, story: Story, transcript: Path
) -> None:
    results = desk.verify_story(story.slug, [transcript])
    verdicts = {q.text: q.verdict for q, _check in results}
    assert verdicts == {
        "We will start work on the north bank in March,": Verdict.VERBATIM,
        "The new plan will shield our rivers for a whole generation,": Verdict.ALTERED,
    }
    stored = {q.text: q for q in desk.get_story(story.slug).quotes}
    altered = stored["The new plan will shield our rivers for a whole generation,"]
    assert altered.verdict_by == "tester" and altered.verdict_at is not None
    assert altered.evidence.document == "briefing.vtt"
    assert altered.evidence.passage.startswith("The new plan protects our rivers")
    assert altered.evidence.timestamp == "00:00:01.000"
    assert any(op["op"] != "equal" for op in altered.check_detail["diff"])
    assert [d.title for d in desk.documents(story.slug)] == ["briefing.vtt"]


def test_the_gate_blocks_an_altered_quote_until_a_person_verifies_it(
    desk: Desk, story: Story, transcript: Path
) -> None:
    desk.verify_story(story.slug, [transcript])
    gate = check_story(desk, story.slug)
    assert "quote_altered" in {f.code for f in gate.blocking}
    altered = next(q for q in desk.get_story(story.slug).quotes if q.verdict is Verdict.ALTERED)
    desk.set_quote_status(altered.id, QuoteStatus.VERIFIED, note="Checked the tape: he said it")
    assert "quote_altered" not in {f.code for f in check_story(desk, story.slug).blocking}


def test_edits_elsewhere_keep_verdicts_and_changed_words_lose_them(
    desk: Desk, story: Story, transcript: Path
) -> None:
    desk.verify_story(story.slug, [transcript])
    current = desk.get_story(story.slug)
    edited = current.body.replace("on Monday", "on Monday evening").replace(
        "for a whole generation", "for a generation"
    )
    saved = desk.save_story(current.with_changes(body=edited)).story
    by_text = {q.text: q for q in saved.quotes}
    assert by_text["We will start work on the north bank in March,"].verdict is Verdict.VERBATIM
    changed = by_text["The new plan will shield our rivers for a generation,"]
    assert changed.verdict is None and changed.status is QuoteStatus.UNVERIFIED


def test_verifying_without_material_says_what_to_do(desk: Desk, story: Story) -> None:
    with pytest.raises(InputError, match="No source material"):
        desk.verify_story(story.slug)
