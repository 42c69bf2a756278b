"""The glyphs a quotation mark is typed as: one list for double-mark and single-mark pairing."""

from __future__ import annotations

import pytest

from app.core.analysis.quote_glyphs import CLOSE_GLYPHS, OPEN_GLYPHS
from app.core.analysis.quote_marks import uses_double_marks
from app.core.analysis.quotes import scan_block


def test_no_glyph_faces_both_ways() -> None:
    # a glyph in both sets could never decide a mark that its neighbours leave open
    assert not OPEN_GLYPHS & CLOSE_GLYPHS


@pytest.mark.parametrize(
    "text",
    [
        "She said “the gate is shut” and left.",
        "She said «the gate is shut» and left.",
        "She said „the gate is shut” and left.",
        "She said ``the gate is shut'' and left.",
    ],
)
def test_each_double_style_is_read_as_one_quote(text: str) -> None:
    assert uses_double_marks(text)
    assert [text[q.start : q.end] for q in scan_block(text).spans] == ["the gate is shut"]


def test_single_marks_copy_reads_the_same_glyphs_one_at_a_time() -> None:
    text = "‘The fans’ support was incredible,’ she said. ‘We owe them.’"
    assert not uses_double_marks(text)
    assert [text[q.start : q.end] for q in scan_block(text, double=False).spans] == [
        "The fans’ support was incredible,",
        "We owe them.",
    ]
