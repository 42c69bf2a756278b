"""The publish gate: what blocks, what only warns, and overrides with a recorded reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import config
from app.core.errors import BlockedError
from app.core.exporting import gate, service
from app.core.model import (
    Credit,
    CreditRole,
    Finding,
    Quote,
    QuoteStatus,
    Severity,
    Story,
    StoryStatus,
    Verdict,
)
from app.core.store.exports import ExportRepository
from app.core.store.stories import StoryRepository

CREDIT = (Credit(CreditRole.REPORTING, "Ana Ortiz"),)


def _story(**changes: object) -> Story:
    base = Story(headline="Budget passes", body="Text.", status=StoryStatus.READY, credits=CREDIT)
    return base.with_changes(**changes)


def _quote(**changes: object) -> Quote:
    fields: dict = {"text": "We won", "start": 1, "end": 7, "speaker": "Ana Ortiz", **changes}
    return Quote(**fields)


def _codes(result: gate.GateResult) -> set[str]:
    return {f.code for f in result.blocking}


def test_clean_ready_story_passes() -> None:
    result = gate.evaluate(_story())
    assert not result.blocks() and result.blocking == ()


@pytest.mark.parametrize(
    ("story", "code"),
    [
        (_story(headline="  "), gate.NO_HEADLINE),
        (_story(credits=()), gate.NO_CREDITS),
        (_story(quotes=(_quote(verdict=Verdict.ALTERED),)), gate.QUOTE_ALTERED),
        (_story(quotes=(_quote(verdict=Verdict.NOT_FOUND),)), gate.QUOTE_NOT_FOUND),
        (_story(quotes=(_quote(status=QuoteStatus.DISPUTED),)), gate.QUOTE_DISPUTED),
        (
            _story(quotes=(_quote(status=QuoteStatus.DISPUTED, verdict=Verdict.VERBATIM),)),
            gate.QUOTE_DISPUTED,
        ),
    ],
)
def test_blocking_checks(story: Story, code: str) -> None:
    result = gate.evaluate(story)
    assert code in _codes(result)
    assert result.blocks()
    assert not result.blocks("checked by the desk chief")  # a reason releases it


def test_verified_by_a_person_wins_over_the_verdict() -> None:
    story = _story(quotes=(_quote(verdict=Verdict.ALTERED, status=QuoteStatus.VERIFIED),))
    assert not gate.evaluate(story).blocks()


def test_unverified_quote_blocks_only_when_the_desk_requires_it() -> None:
    story = _story(quotes=(_quote(),))
    assert not gate.evaluate(story).blocks()
    assert gate.QUOTE_UNVERIFIED in _codes(gate.evaluate(story, require_verified_quotes=True))


def test_analysis_findings_block_by_code_or_severity_and_warnings_do_not() -> None:
    findings = [
        Finding(Severity.WARNING, gate.UNBALANCED_QUOTES, "Unbalanced", 3, 4),
        Finding(Severity.WARNING, gate.BOILERPLATE_IN_BODY, "Cookie notice", 5, 9),
        Finding(Severity.ERROR, "something_else", "An error"),
        Finding(Severity.WARNING, "quote_without_speaker", "Who said it?"),
        Finding(Severity.INFO, "anonymous_without_reason", "Why anonymous?"),
    ]
    result = gate.evaluate(_story(), findings)
    assert _codes(result) == {gate.UNBALANCED_QUOTES, gate.BOILERPLATE_IN_BODY, "something_else"}
    assert {f.code for f in result.warnings} == {
        "quote_without_speaker",
        "anonymous_without_reason",
    }
    only_warnings = gate.evaluate(_story(), findings[3:])
    assert not only_warnings.blocks()


def test_long_headline_warns_only() -> None:
    result = gate.evaluate(_story(headline="x" * 111))
    assert gate.HEADLINE_TOO_LONG in {f.code for f in result.warnings}
    assert not result.blocks()


@pytest.mark.parametrize("status", [s for s in StoryStatus if s not in gate.CONFIRM_STATUSES])
def test_status_other_than_ready_asks_for_confirmation(status: StoryStatus) -> None:
    result = gate.evaluate(_story(status=status))
    assert result.needs_confirmation and result.blocks()
    assert not result.blocks(confirmed=True)


def test_unbalanced_and_boilerplate_from_the_real_analysis(desk, make_story) -> None:
    story = make_story(
        body='The mayor said "we will rebuild.\n\nThis website uses cookies to improve your '
        "experience. Accept Read More"
    )
    codes = {f.code for f in service.check_story(desk, story.slug).blocking}
    assert {gate.UNBALANCED_QUOTES, gate.BOILERPLATE_IN_BODY} <= codes


def test_blocked_export_writes_nothing(desk, make_story, tmp_path: Path) -> None:
    story = make_story(credits=())
    with pytest.raises(BlockedError) as caught:
        service.export_story(desk, story.slug, "html", tmp_path / "out.html")
    assert gate.NO_CREDITS in {f.code for f in caught.value.findings}
    assert not (tmp_path / "out.html").exists()
    assert not any(p.name.startswith(".out.html") for p in tmp_path.iterdir()), "no temp file"


def test_override_reason_is_recorded_with_the_export(desk, make_story, tmp_path: Path) -> None:
    story = make_story(credits=(), status=StoryStatus.EDITING)
    outcome = service.export_story(
        desk, story.slug, "html", tmp_path / "out.html", override_reason="Credits come later"
    )
    assert outcome.path == (tmp_path / "out.html").resolve() and outcome.path.exists()
    with desk.store.session(write=False) as session:
        story_id = StoryRepository(session).row(story.slug).id
        (record,) = ExportRepository(session).list(story_id)
    assert record.override_reason == "Credits come later"
    assert record.exported_by == "tester"
    assert record.format == "html"
    assert any(o.startswith("status:") for o in record.overridden)
    assert any(o.startswith(gate.NO_CREDITS) for o in record.overridden)


def test_confirmation_without_findings_needs_no_reason(desk, make_story) -> None:
    story = make_story(status=StoryStatus.EDITING)
    with pytest.raises(BlockedError):
        service.export_story(desk, story.slug, "html")
    outcome = service.export_story(desk, story.slug, "html", confirm_status=True)
    assert outcome.content.startswith("<!doctype html>")


def test_require_verified_quotes_preference(desk, make_story) -> None:
    story = make_story(body='"We will rebuild," said Mayor Ana Ortiz.')
    assert desk.get_story(story.slug).quotes, "the analysis found the quote"
    assert not service.check_story(desk, story.slug).blocks()
    config.Preferences(require_verified_quotes=True).save()
    assert gate.QUOTE_UNVERIFIED in _codes(service.check_story(desk, story.slug))
