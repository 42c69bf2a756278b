"""A body of tens of thousands of paragraphs, headings or list items exports whole and in order.

Python-Markdown's inline reading looked each block up among all its siblings, so such a paste
took from seconds to minutes; Copydesk reads them in groups and puts them back (markdown_render).
"""

from __future__ import annotations

from app.core.exporting.markdown_render import GROUP, render_body


def test_twenty_thousand_paragraphs_come_out_whole_in_order_and_typeset() -> None:
    count = 20_000
    html = render_body("".join(f'Para {i} said "yes" -- 5 km *away*.\n\n' for i in range(count)))
    expected = "\n".join(
        f"<p>Para {i} said &ldquo;yes&rdquo; &ndash; 5\u00a0km <em>away</em>.</p>"
        for i in range(count)
    )
    assert html == expected


def test_headings_and_list_items_past_a_group_keep_their_order_and_markup() -> None:
    count = GROUP * 7 + 3
    headings = render_body("".join(f"# Part *{i}*\n\n" for i in range(count)))
    assert headings == "\n".join(f"<h2>Part <em>{i}</em></h2>" for i in range(count))
    # One block of lines: few inline marks, or it would be set as a dense paragraph.
    items = render_body("".join(f"- item {i} -- 5 km\n" for i in range(count)))
    lines = items.split("\n")
    assert lines[0] == "<ul>" and lines[-1] == "</ul>"
    assert lines[1:-1] == [f"<li>item {i} &ndash; 5\u00a0km</li>" for i in range(count)]


def test_a_reference_defined_at_the_end_serves_a_link_at_the_start() -> None:
    body = "See [the report][r].\n\n" + "x\n\n" * (GROUP * 3) + "[r]: https://example.org/r\n"
    html = render_body(body)
    assert html.startswith('<p>See <a href="https://example.org/r">the report</a>.</p>')
    assert html.count("<p>x</p>") == GROUP * 3 and "copydesk-group" not in html
