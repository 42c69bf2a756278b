"""Lines whose quoted words are a heading's (quoted_headings.py): subheads, numbered and
Markdown headings, a live blog's entry heading; a headline's quote with its sayer is speech."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.quotes import QuoteKind, scan_block


def texts(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


def test_quoted_subheads_and_numbered_headings_are_not_quotes() -> None:
    text = (
        "The port reopened on Monday.\n\n‘NOT ONE MORE SEASON’\n\n"
        "“Harbour Fees Explained”\n\nThe fees rose."
    )
    assert texts(text) == []


def test_numbered_quoted_headings_are_not_quotes() -> None:
    text = "Five ways to save.\n\n2. “Keep Your Receipts”\n\nReceipts matter."
    assert texts(text) == []


def test_a_live_blog_entry_heading_is_not_a_quote() -> None:
    text = "The river rose.\n\n5:20 p.m. — “The bridge is gone”\n\nResidents moved upstairs."
    assert texts(text) == []
    tagged = "The river rose.\n\n5:20 p.m. — “The bridge is gone,” Tomas Brek said."
    assert texts(tagged) == ["The bridge is gone,"]


@pytest.mark.parametrize(
    "text",
    [
        "### Co-op chair: “We will not sell the farm”",
        "## “We will not sell the farm,” says co-op",
    ],
)
def test_a_markdown_headings_quoted_words_are_a_headlines(text: str) -> None:
    assert analyze(text).quotes == ()
    assert all(s.kind is QuoteKind.HEADING for s in scan_block(text).spans)


def test_a_hashtag_is_no_heading() -> None:
    text = "#farmsale “We will not sell the farm,” said Nell Ambry."
    assert [q.speaker for q in analyze(text).quotes] == ["Nell Ambry"]


HEADLINE_SAYERS = {
    # a headline's or a subhead's quote with its sayer attached is speech
    "colon-role-after": ("'We will not back down': Mayor", ["We will not back down"]),
    "says-name-after": ("‘We go again’, says Okoro", ["We go again"]),
    "role-says-after": ("‘No sign of foul play,’ fire chief says", ["No sign of foul play,"]),
    "time-stamp-first": (
        "4:10 p.m. PT: 'No sign of foul play,' fire chief says",
        ["No sign of foul play,"],
    ),
    # a tag's comma after the quote, its subject before: "Plan ‘reckless,’ critics say"
    "subject-quote-tag": ("Mayor's harbour plan 'reckless,' critics say", ["reckless,"]),
    # the sayer and a colon before a quote that ends the line
    "name-colon-before": ("Vell: ‘I will not resign’", ["I will not resign"]),
    # a quote alone, or with a story after it, stays a heading's words
    "label-colon-before": ("Analysis: ‘the end of an era’", []),
    "subject-quote-story": ("Mayor's harbour plan 'reckless' as critics line up", []),
    "quote-alone": ("‘A long way to go’", []),
    "story-after": ("'We Got Her!' Video Shows Dramatic Arrest", []),
    "teaser-say-as": ("Residents say 'we were left with nothing' as insurers delay payouts", []),
}


@pytest.mark.parametrize(("line", "quotes"), HEADLINE_SAYERS.values(), ids=HEADLINE_SAYERS.keys())
def test_a_headline_quote_with_its_sayer_is_speech(line: str, quotes: list[str]) -> None:
    # the body quotes with double marks; the headline, as headlines do, with single ones
    text = f'{line}\n\nThe council met on Tuesday. "We listened," Mayor Ana Ruiz said.'
    found = [q.text for q in analyze(text).quotes]
    assert found[:-1] == quotes
