"""50,000 short paragraphs import whole: every one is asked whether it is a credit line, by the
importer and again by the analysis of the story saved, and the second asking reuses the first's
verdict (app.core.analysis.credits). Its time: benchmarks/import_speed.py --pathological."""

from __future__ import annotations

from app.core.analysis.credits import is_credit_line, read_credit_line
from app.core.analysis.engine import analyze
from app.core.importing import read_text
from tests.pathological_inputs import SHORT_PARAGRAPHS, many_short_paragraphs


def test_fifty_thousand_short_paragraphs_import_whole_with_their_credit() -> None:
    middle = SHORT_PARAGRAPHS // 2
    text = many_short_paragraphs().replace(
        f"Para {middle}.\n\n", f"Para {middle}.\n\nBy Ana Lima\n\n", 1
    )
    draft = read_text(text).draft
    assert draft.headline == "Headline"
    assert [c.name for c in draft.credits] == ["Ana Lima"]
    assert draft.body.split("\n\n") == [f"Para {i}." for i in range(SHORT_PARAGRAPHS)]
    result = analyze(draft.body + "\n\nBy Tom Ray", credits=draft.credits)
    assert not result.quotes and not result.sources


def test_a_line_read_as_a_declared_credit_is_still_no_credit_line_in_the_body() -> None:
    # the credits panel reads a pasted "Ana Lima" as a credit; in the body it is a paragraph
    assert [c.name for c in read_credit_line("Ana Lima", declared=True).credits] == ["Ana Lima"]
    assert not is_credit_line("Ana Lima")
    assert is_credit_line("By Ana Lima") and is_credit_line("By Ana Lima")
