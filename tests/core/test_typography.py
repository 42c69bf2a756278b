"""Which mark a typed straight quote becomes, per house style (the editor's smart quotes)."""

from __future__ import annotations

import pytest

from app.core.typography import QUOTE_STYLES, in_code_span, smart_quote, style_named

CURLY = QUOTE_STYLES["curly"]


@pytest.mark.parametrize(
    ("mark", "before", "expected"),
    [
        ('"', "", "“"),  # start of a paragraph
        ('"', " ", "“"),
        ('"', "(", "“"),
        ('"', "—", "“"),
        ('"', "‘", "“"),  # inside an opened single quotation
        ('"', "d", "”"),
        ('"', ".", "”"),
        ('"', ",", "”"),
        ("'", "n", "’"),  # don't: an apostrophe
        ("'", "s", "’"),
        ("'", " ", "‘"),
        ("'", "“", "‘"),
        ("'", ".", "’"),
        ("'", "9", "’"),
    ],
)
def test_curly_marks_open_and_close_as_smarty_reads_them(mark, before, expected) -> None:
    assert smart_quote(mark, before, CURLY) == expected


def test_house_styles() -> None:
    german, french = QUOTE_STYLES["german"], QUOTE_STYLES["french"]
    assert (smart_quote('"', " ", german), smart_quote('"', "t", german)) == ("„", "“")
    assert (smart_quote('"', " ", french), smart_quote('"', "t", french)) == ("«", "»")
    assert smart_quote("'", "t", german) == "’"
    assert smart_quote('"', " ", QUOTE_STYLES["straight"]) is None
    assert style_named(None) is CURLY and style_named("nonsense") is CURLY
    assert smart_quote("x", " ", CURLY) is None


def test_code_spans_are_told_by_their_backticks() -> None:
    assert in_code_span("Run `print(")
    assert not in_code_span("Run `print()` then ")
    assert not in_code_span("A literal \\` backtick ")
    assert not in_code_span("")
