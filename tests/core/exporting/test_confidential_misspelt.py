"""A confidential surname misspelt in the copy blocks the export until an editor gives a reason:
the word may be the source (a leak) or someone else (a reason says so, and is recorded)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.errors import BlockedError
from app.core.exporting import confidential, service
from app.core.model import Credit, CreditRole, Source

SECRET = Source(name="Marta Kowalczyk", title="procurement official", confidential=True)


def test_a_misspelt_name_blocks_at_the_spot(desk, make_story, tmp_path: Path) -> None:
    body = "The tender was rigged, said Marta Kowalcyzk, a procurement official."
    story = make_story(body=body)
    desk.add_source(story.slug, SECRET)
    result = service.check_story(desk, story.slug)
    (finding,) = [f for f in result.blocking if f.code == confidential.NEAR_CODE]
    assert body[finding.start : finding.end] == "Kowalcyzk"
    assert "Marta Kowalczyk" in finding.message and "reason" in finding.message
    with pytest.raises(BlockedError) as caught:
        service.export_story(desk, story.slug, "html", tmp_path / "x.html")
    assert caught.value.overridable
    assert not (tmp_path / "x.html").exists()


def test_a_reason_releases_it_and_is_recorded(desk, make_story, tmp_path: Path) -> None:
    story = make_story(body="Kowalcyzk, the goalkeeper, saved twice.")
    desk.add_source(story.slug, SECRET)
    out = tmp_path / "x.html"
    outcome = service.export_story(
        desk, story.slug, "html", out, override_reason="the goalkeeper is another man"
    )
    assert out.exists() and "Kowalcyzk" in out.read_text(encoding="utf-8")
    assert any(confidential.NEAR_CODE in line for line in outcome.overridden)


def test_the_right_spelling_still_blocks_for_good(desk, make_story, tmp_path: Path) -> None:
    """The slip check adds to the name rule; it never turns a real mention into a reason's."""
    story = make_story(body="Kowalczyk said the tender was rigged.")
    desk.add_source(story.slug, SECRET)
    result = service.check_story(desk, story.slug)
    assert confidential.CODE in {f.code for f in result.blocking}
    assert confidential.NEAR_CODE not in {f.code for f in result.blocking}
    assert not result.overridable


def test_headline_and_other_sources_are_read_too(desk, make_story) -> None:
    story = make_story(headline="Kowalczk speaks out")
    desk.add_source(story.slug, SECRET)
    desk.add_source(story.slug, Source(name="Marta Kowalcyzk"))
    messages = [
        f.message for f in service.check_story(desk, story.slug).blocking
        if f.code == confidential.NEAR_CODE
    ]  # fmt: skip
    assert any("in the headline" in m for m in messages)
    assert any("in the sources" in m for m in messages)


def test_the_writers_are_someone_else(desk, make_story) -> None:
    """A reporter one letter from a confidential source is credited on purpose."""
    secret = Source(name="Ann Johnston", confidential=True)
    story = make_story(
        body="Johnson, who wrote this, saw the files.",
        credits=(Credit(CreditRole.REPORTING, "Tom Johnson", "Springfield"),),
    )
    desk.add_source(story.slug, secret)
    codes = {f.code for f in service.check_story(desk, story.slug).blocking}
    assert confidential.NEAR_CODE not in codes


def test_no_confidential_source_no_slip_check(desk, make_story) -> None:
    story = make_story(body="Kowalcyzk said the tender was rigged.")
    desk.add_source(story.slug, Source(name="Marta Kowalczyk"))
    codes = {f.code for f in service.check_story(desk, story.slug).findings}
    assert confidential.NEAR_CODE not in codes
