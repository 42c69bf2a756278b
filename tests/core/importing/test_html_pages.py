"""Pages saved from common content systems import as an editor expects: the story's
paragraphs whole and in order, the furniture left out, the headline and byline read."""

from __future__ import annotations

import pytest

from app.core.importing import read_text
from tests.core.importing.html_pages import SHAPES


def _flat(text: str) -> str:
    return " ".join(text.replace("**", "").split()).lstrip("># -")


@pytest.mark.parametrize("count", [5, 24], ids=["short", "long"])
@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_page_shape_imports_whole(shape: str, count: int) -> None:
    expected = SHAPES[shape](count)
    draft = read_text(expected.html, "page.html").draft
    paragraphs = [_flat(p) for p in draft.body.split("\n\n") if p.strip()]
    story = [p for p in paragraphs if p not in {_flat(x) for x in expected.extra}]
    assert draft.headline == expected.headline
    assert story == [_flat(p) for p in expected.body]  # none lost, joined or reordered
    for furniture in expected.absent:
        assert furniture.lower() not in draft.body.lower()
    if expected.byline:
        assert expected.byline in [credit.name for credit in draft.credits]


@pytest.mark.parametrize("count", [5, 24], ids=["short", "long"])
def test_teaser_picture_credit_is_not_the_story_s(count: int) -> None:
    draft = read_text(SHAPES["teaser-figure"](count).html, "page.html").draft
    assert "Wren Aldous" not in [credit.name for credit in draft.credits]
