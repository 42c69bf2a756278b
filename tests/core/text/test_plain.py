"""The plain-text view: what a reader sees of the Markdown body, mapped back to the body."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from app.core.text.plain import layer_names, plain_text, register_layer, unregister_layer

BODY = (
    "## A *bold* plan #\n\n"
    'In a **startling** twist, [Joe Biden](https://example.com/a "t")\'s\n'
    "aides said \\*not\\* \\# &amp; snake_case and 5 * 3.\n\n"
    "> - quoted _item_\n> more `code` here"
)


def test_markup_is_gone_and_the_words_stay() -> None:
    texts = [p.text for p in plain_text(BODY).paragraphs]
    assert texts == [
        "A bold plan",
        "In a startling twist, Joe Biden's aides said *not* # & snake_case and 5 * 3.",
        "quoted item more code here",
    ]


def test_every_plain_character_points_at_itself_in_the_body() -> None:
    view = plain_text(BODY)
    for paragraph in view.paragraphs:
        for i, ch in enumerate(paragraph.text):
            source = BODY[paragraph.offsets[i]]
            if ch == " ":
                assert source in " \n"  # a soft line break reads as a space
            elif ch == "&":
                assert BODY.startswith("&amp;", paragraph.offsets[i])
            else:
                assert source == ch


def test_a_span_maps_to_the_body_with_its_markup() -> None:
    view = plain_text(BODY)
    second = view.paragraphs[1]
    start = second.text.index("Joe Biden")
    body_start, body_end = second.body_span(start, start + len("Joe Biden"))
    assert BODY[body_start:body_end] == "Joe Biden"
    word = second.text.index("startling")
    assert BODY[slice(*second.body_span(word, word + 9))] == "startling"


def test_plain_files_are_read_as_written() -> None:
    view = plain_text("Teh *stars* and [x](y)\n\nnext", markup=False)
    assert [p.text for p in view.paragraphs] == ["Teh *stars* and [x](y)", "next"]
    assert view.paragraphs[1].offsets[0] == len("Teh *stars* and [x](y)\n\n")


def test_suggestions_read_as_accepted_text_in_front_of_markdown() -> None:
    """Issue 17's CriticMarkup layer: insertions in, deletions out, notes gone; every character
    still points into the markup."""
    assert layer_names() == ("criticmarkup", "markdown")
    body = ("The {++*new*++}{>>#1 Ana 2026-05-01T10:00:00Z<<} plan {--was--}{>>#2 Ana<<}is "
            "{~~bold~>brave~~}{>>#3 Bo<<}.{>>A question<<}")  # fmt: skip
    paragraph = plain_text(body).paragraphs[0]
    assert paragraph.text == "The new plan is brave."
    for word in ("new", "brave", "plan"):
        start = paragraph.text.index(word)
        assert body[slice(*paragraph.body_span(start, start + len(word)))] == word
    assert plain_text("A \\{++literal++} brace").paragraphs[0].text == "A {++literal++} brace"


def test_another_layer_can_go_in_front() -> None:
    addition = re.compile(r"<<(.*?)>>")

    def unwrap(text: str):
        out, offsets, pos = [], [], 0
        for m in addition.finditer(text):
            out.append(text[pos : m.start()])
            offsets += range(pos, m.start())
            out.append(m.group(1))
            offsets += range(m.start(1), m.end(1))
            pos = m.end()
        out.append(text[pos:])
        offsets += range(pos, len(text) + 1)
        return "".join(out), tuple(offsets)

    register_layer("demo", unwrap, before="markdown")
    try:
        assert layer_names() == ("criticmarkup", "demo", "markdown")
        body = "The <<*new*>> plan"
        paragraph = plain_text(body).paragraphs[0]
        assert paragraph.text == "The new plan"
        start = paragraph.text.index("new")
        assert body[slice(*paragraph.body_span(start, start + 3))] == "new"
    finally:
        unregister_layer("demo")
    assert layer_names() == ("criticmarkup", "markdown")


@given(st.text(alphabet=st.sampled_from(list("ab *_{}+-~=<>#\\\n")), max_size=80))
def test_any_marked_up_body_gives_offsets_inside_it_in_order(body: str) -> None:
    for paragraph in plain_text(body).paragraphs:
        offsets = paragraph.offsets
        assert len(offsets) == len(paragraph.text) + 1
        assert all(0 <= o <= len(body) for o in offsets)
        assert all(a <= b for a, b in pairwise(offsets))


@given(st.text(alphabet=st.sampled_from(list("ab *_[]()#>\\&;`!\n-1.")), max_size=80))
def test_any_body_gives_offsets_inside_it_in_order(body: str) -> None:
    for paragraph in plain_text(body).paragraphs:
        offsets = paragraph.offsets
        assert len(offsets) == len(paragraph.text) + 1
        assert all(0 <= o <= len(body) for o in offsets)
        assert all(a <= b for a, b in pairwise(offsets))
