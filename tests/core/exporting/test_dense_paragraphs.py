"""A paragraph of thousands of inline marks (a paste by accident or malice) is exported as plain
text at once; Python-Markdown's inline reading of it took minutes. Written copy is untouched."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.exporting import service
from app.core.exporting.markdown_render import DENSE_MARKS, render_body
from tests.pathological_inputs import EXPORT_PASTES, paste_id


def test_a_dense_paragraph_is_plain_text_with_curled_quotes() -> None:
    dense = '"' + "*a* " * (DENSE_MARKS // 2) + '*a*" it said'
    html = render_body(f"Before *this*.\n\n{dense}\n\nAfter *that*.")
    assert "<p>Before <em>this</em>.</p>" in html and "<p>After <em>that</em>.</p>" in html
    middle = html.split("</p>")[1]
    assert "<em>" not in middle and "*a* *a*" in middle
    assert middle.strip().startswith("<p>“*a*") and "*a*” it said" in middle


def test_a_paragraph_below_the_limit_keeps_its_markdown() -> None:
    html = render_body("*a* " * (DENSE_MARKS // 4))
    assert html.count("<em>a</em>") == DENSE_MARKS // 4


def test_markup_in_a_dense_paragraph_stays_text() -> None:
    html = render_body("<script>alert(1)</script> " + "[" * (DENSE_MARKS + 1))
    assert "<script>" not in html and "&lt;script&gt;" in html


@pytest.mark.parametrize("paste", EXPORT_PASTES, ids=paste_id)
def test_a_dense_paste_exports_whole(desk, make_story, tmp_path: Path, paste: str) -> None:
    story = make_story(body=f"The council met.\n\n{paste}\n\nThe vote was 7-2.")
    out = tmp_path / "page.html"
    service.export_story(desk, story.slug, "html", out, override_reason="probe")
    page = out.read_text(encoding="utf-8")
    assert "The council met." in page and "The vote was 7-2." in page
    assert len(page) > len(paste)


def test_a_run_of_small_blocks_is_not_one_dense_paragraph() -> None:
    """1,400 headings without a blank line between them hold more marks than the limit, but
    each is its own element: they keep their markup."""
    html = render_body("".join(f"# Part *{n}*\n" for n in range(1_400)))
    assert html.count("<h2>") == 1_400 and html.count("<em>") == 1_400
