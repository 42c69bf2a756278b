"""Markdown read as blanks: markup never ends a quote, never stands between a verb and a name,
and is never read as a name; offsets stay the body's own and quotes keep their markup."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.markup import blank_markup


def said(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("said **Nell Ambry**, the", "said   Nell Ambry  , the"),
        ("[Nell Ambry](https://e.org/a) said", " Nell Ambry                   said"),
        ("_“No,”_ she said", " “No,”  she said"),
        ("“No,”[^2] she said", "“No,”     she said"),
        ("> “No.”\n>\n> “Never.”", "  “No.”\n \n  “Never.”"),
        ("![a ferry](ferry.jpg) Ferries", "                      Ferries"),
        ("costs 5\\* more", "costs 5 * more"),
    ],
)
def test_markup_becomes_blanks_one_for_one(text: str, read: str) -> None:
    assert blank_markup(text) == read
    assert len(blank_markup(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "a f***ing disgrace",  # a censored word keeps its stars
        "the user_name field",  # snake_case
        "5 * 3 = 15",
        "* a list item",  # a bullet (quoted_headings.py reads it)
        "we were told [the plan] would pass",  # an editor's bracket, no link
        "## A heading keeps its hashes",
        "plain copy with no markup at all",
    ],
)
def test_text_that_is_no_markup_is_left_alone(text: str) -> None:
    assert blank_markup(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "“We will not sell the farm,” said **Nell Ambry**, the co-op's chair.",
        "“We will not sell the farm,” said [Nell Ambry](https://example.org/ambry), its chair.",
        "“We will not sell the farm,” said _Nell Ambry_.",
        "_“We will not sell the farm,”_ said Nell Ambry.",
        "*“We will not sell the farm,”* said Nell Ambry.",
        "“We will not sell the farm,”[^1] said Nell Ambry.",
    ],
)
def test_a_quote_tagged_through_markup_keeps_its_speaker(text: str) -> None:
    assert said(text) == [("We will not sell the farm,", "Nell Ambry")]


def test_a_linked_name_opening_the_sentence_is_the_speaker() -> None:
    text = "[Nell Ambry](https://example.org/ambry) said the co-op “will not sell the farm.”"
    assert said(text) == [("will not sell the farm.", "Nell Ambry")]


def test_a_quote_keeps_its_markup_and_offsets() -> None:
    text = "“We will *never* sell the farm,” said Nell Ambry."
    (quote,) = analyze(text).quotes
    assert quote.text == "We will *never* sell the farm,"
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Nell Ambry"


def test_a_blockquote_after_a_lead_in_is_the_lead_ins_speaker() -> None:
    text = (
        "Nell Ambry, the co-op's chair, said in a statement:\n\n"
        "> “We will not sell the farm. Our members voted, and the vote stands.”"
    )
    assert said(text) == [
        ("We will not sell the farm. Our members voted, and the vote stands.", "Nell Ambry")
    ]


def test_a_quote_running_over_blockquote_paragraphs_stays_one_speakers() -> None:
    text = (
        "Nell Ambry, the co-op's chair, spoke for an hour.\n\n"
        "> “We will not sell the farm,” she said. “Our members voted.\n"
        ">\n"
        "> “And the vote stands.”"
    )
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers == ["Nell Ambry", "Nell Ambry"]
    assert analyze(text).quotes[-1].text.endswith("And the vote stands.")


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“**Not** while I chair it,” said Nell Ambry.", "**Not** while I chair it,"),
        ("“_Never_ again,” said Nell Ambry.", "_Never_ again,"),
        ("“[The sale](https://example.org/s) is off,” said Nell Ambry.", None),
        ("*“Never again,”* said Nell Ambry.", "Never again,"),  # markup outside the marks
    ],
)
def test_markup_opening_a_quote_is_the_quotes_own(text: str, quoted: str | None) -> None:
    (quote,) = analyze(text).quotes
    if quoted is None:
        quoted = text[1 : text.index("”")]
    assert quote.text == quoted
    assert text[quote.start : quote.end] == quote.text
    assert quote.speaker == "Nell Ambry"


@pytest.mark.parametrize(
    "text",
    [
        "&ldquo;We will not sell the farm,&rdquo; said Nell Ambry.",
        "&quot;We will not sell the farm,&quot; said Nell Ambry.",
        "&#8220;We will not sell the farm,&#8221; said Nell&nbsp;Ambry.",
        "“We will not sell the farm,” said <strong>Nell Ambry</strong>.",
        "<em>“We will not sell the farm,”</em> said Nell Ambry.",
    ],
)
def test_web_copy_entities_and_tags_read_as_marks_and_blanks(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert (quote.text, quote.speaker) == ("We will not sell the farm,", "Nell Ambry")
    assert text[quote.start : quote.end] == quote.text


def test_an_entitys_mark_sits_against_its_word() -> None:
    assert blank_markup("&ldquo;No&rdquo;") == "      “No”      "
    assert blank_markup("said &quot;No&quot;.") == 'said      "No"     .'
    assert blank_markup("Procter &amp; Gamble") == "Procter &     Gamble"


def test_angle_brackets_that_are_no_tag_stay() -> None:
    assert blank_markup("5 < 6 and <https://example.org>") == "5 < 6 and <https://example.org>"
