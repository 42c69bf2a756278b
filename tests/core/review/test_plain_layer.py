"""Spelling on a body with suggestions reads the accepted text: a struck word is never flagged,
a suggested one is, and each finding points at its word (in the markup, or in `body`)."""

from __future__ import annotations

from app.core.proofing import service
from app.core.services import Desk

MARKED = (
    "The ferry {--Teh--}{>>#1 ana 2026-05-01T10:00:00Z<<}{++crossed++}{>>#2 ana<<} the strait "
    "{~~untill~>until~~}{>>#3 bo 2026-05-01T11:00:00Z<<} dawn, and the crew "
    "{++recieved++}{>>#4 bo<<} a warning.{>>Is this confirmed?<<}\n\n"
    "Nobody {--beleived--}{>>#5 ana<<}doubted it.\n"
)


def _spelling(findings) -> list:
    return [f for f in findings if f.code == "spelling"]


def test_a_markdown_file_with_suggestions_is_checked_as_accepted_text() -> None:
    found = _spelling(service.check_text(None, MARKED, markdown=True))
    words = [MARKED[f.start : f.end] for f in found]
    assert words == ["recieved"], "the inserted misspelling, not the struck ones"
    assert found[0].suggestion == "received"
    assert found[0].paragraph == 1


def test_a_stored_story_with_suggestions_is_checked_on_its_body(desk: Desk) -> None:
    story = desk.import_text("---\nheadline: Ferry\n---\n" + MARKED, "ferry.md").story
    assert story.body_markup is not None and "{++" in story.body_markup
    assert "Teh" not in story.body and "recieved" in story.body
    found = _spelling(service.check_story(desk, story))
    assert [story.body[f.start : f.end] for f in found] == ["recieved"]
    # The same word found through the markup, where the editor and `suggestions` look.
    in_markup = _spelling(service.check_text(None, story.markup, markdown=True))
    assert [story.markup[f.start : f.end] for f in in_markup] == ["recieved"]
