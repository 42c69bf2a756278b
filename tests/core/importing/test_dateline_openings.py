"""A dateline is read however the file sets it (bold, italics, a link, small capitals), in
every import format: the dateline's place and agency are read, and the story starts with its
own first word, no stray markup left. A paragraph with no dateline keeps its emphasis."""

from __future__ import annotations

import pytest

from app.core.importing import read_bytes, read_text
from tests.core.importing.dateline_openings import (
    OPENINGS,
    as_docx,
    as_html,
    as_markdown,
    as_ninjs,
    as_text,
)

FORMATS = {
    "txt": lambda o: read_text(as_text(o), "story.txt"),
    "md": lambda o: read_text(as_markdown(o), "story.md"),
    "html": lambda o: read_text(as_html(o), "story.html"),
    "docx": lambda o: read_bytes(as_docx(o), "story.docx"),
    "ninjs": lambda o: read_text(as_ninjs(o), "story.json"),
}


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("name", sorted(OPENINGS))
def test_dateline_read_however_set(name: str, fmt: str) -> None:
    opening = OPENINGS[name]
    draft = FORMATS[fmt](opening).draft
    first = draft.body.split("\n\n")[0]
    if opening.place is None:
        assert draft.dateline is None
        assert first.lstrip("*_").startswith(opening.starts)
        if fmt != "txt" or "b" in {look for _, look in opening.pieces}:
            assert "**" in first  # the kicker's or the lede's bold is the writer's, kept
        return
    assert draft.dateline is not None, first
    assert (draft.dateline.place, draft.dateline.agency) == (opening.place, opening.agency)
    if opening.date:
        assert draft.dateline.date == opening.date
    assert first.startswith(opening.starts), first
    assert not any(mark in first for mark in ("**", "*", "__", "<span", "](")), first
    if opening.byline:
        assert opening.byline in [credit.name for credit in draft.credits]
