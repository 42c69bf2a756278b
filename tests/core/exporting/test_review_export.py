"""Suggestions and comments at the gate: they block, an override exports the accepted text, and
no format or style ever carries a suggestion, a comment, an author's note or their authors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.errors import BlockedError
from app.core.exporting import gate, service
from app.core.exporting.credits import CREDIT_STYLES
from app.core.model import Credit, CreditRole, Story, StoryStatus
from app.core.services import Desk
from tests.core.exporting.helpers import parse_html

MARKED = (
    "---\nheadline: Bridge reopens\n---\n"
    "The harbour bridge {++finally ++}reopened on {~~Monday~>Tuesday~~} after repairs that "
    "cost {--nearly --}4 million.{>>Reviewer note: SECRETNOTE check the figure<<}\n\n"
    "Engineers said the {==deck==}{>>HIGHLIGHTNOTE is this the right word?<<} was sound.\n"
)
TRACES = ("{++", "{--", "{~~", "{==", "{>>", "<<}", "~>", "SECRETNOTE", "HIGHLIGHTNOTE",
          "Reviewer note", "Monday", "nearly", "reviewer-zed")  # fmt: skip


@pytest.fixture
def marked(desk: Desk) -> Story:
    desk.user = "reviewer-zed"
    story = desk.import_text(MARKED, "bridge.md").story
    desk.set_credits(story.slug, [Credit(CreditRole.BYLINE, "Lena Park")])
    desk.set_status(story.slug, StoryStatus.READY, reason="Chief will look at the notes")
    return desk.get_story(story.slug)


def test_open_suggestions_and_comments_block_and_a_status_reason_does_not_release(
    desk, marked
) -> None:
    result = service.check_story(desk, marked.slug)
    codes = [f.code for f in result.blocking]
    assert codes.count(gate.OPEN_SUGGESTION) == 3 and codes.count(gate.OPEN_COMMENT) == 2
    assert result.overridable
    with pytest.raises(BlockedError):
        service.export_story(desk, marked.slug, "html", None)


def _outputs(desk: Desk, slug: str, reason: str | None, tmp_path: Path) -> dict[str, str]:
    out = {}
    for fmt in service.FORMATS:
        for style in CREDIT_STYLES:
            folder = tmp_path / f"{fmt}-{style}"
            outcome = service.export_story(desk, slug, fmt, folder, style, reason, folder=True)
            assert outcome.path is not None
            out[f"{fmt}/{style}"] = outcome.path.read_text(encoding="utf-8")
    return out


def test_an_overridden_export_renders_the_accepted_text_in_every_format_and_style(
    desk, marked, tmp_path
) -> None:
    outputs = _outputs(desk, marked.slug, "Publishing the accepted text as is", tmp_path)
    assert len(outputs) == len(service.FORMATS) * len(CREDIT_STYLES)
    for name, content in outputs.items():
        for trace in TRACES:
            assert trace not in content, f"{trace!r} in {name}"
        readable = content
        if name.startswith("ninjs"):
            readable = json.dumps(json.loads(content), ensure_ascii=False)
        assert "finally" in readable and "Tuesday" in readable, name
    page = parse_html(outputs["html/reuters"])
    assert "finally reopened on Tuesday" in " ".join(page.all_text.split())
    assert page.comments == [] or all("note" not in c.lower() for c in page.comments)


def test_after_resolving_the_exported_files_carry_no_trace(desk, marked, tmp_path) -> None:
    desk.user = "chief"
    desk.accept_suggestions(marked.slug, everything=True)
    for comment in desk.comments(marked.slug):
        desk.resolve_comment(marked.slug, comment.id)
    assert not service.check_story(desk, marked.slug).blocking
    outputs = _outputs(desk, marked.slug, None, tmp_path)
    for name, content in outputs.items():
        for trace in TRACES:
            assert trace not in content, f"{trace!r} in {name}"
