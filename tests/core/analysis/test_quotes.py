"""What a pair of marks holds, read by scan_block: speech, a title, a term, a heading's words,
a pull quote; and any text analyses with exact offsets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.analysis.engine import analyze
from app.core.analysis.quotes import QuoteKind, scan_block


def texts(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


def test_partial_quote() -> None:
    text = "Councillor Ana Ruiz called the plan “a waste of good money” on Monday."
    (q,) = analyze(text).quotes
    assert q.text == "a waste of good money"
    assert q.speaker == "Ana Ruiz"


def test_headings_and_titles_are_not_quotes() -> None:
    text = (
        "‘TOO LITTLE, TOO LATE’\n\n"
        "She appeared on the show “Morning Table” to discuss the book “A River Remembers”.\n\n"
        "“The river came up in an hour,” said Nils Berg, a farmer."
    )
    assert texts(text) == ["The river came up in an hour,"]
    heading = scan_block("‘TOO LITTLE, TOO LATE’", double=False)
    assert heading.spans[0].kind is QuoteKind.HEADING


def test_html_attributes_and_numbers_are_not_quotes() -> None:
    block = '<a href="https://example.org" data-id="12345">link</a>'
    assert all(s.kind is QuoteKind.OTHER for s in scan_block(block).spans)


def test_scare_quotes_without_a_speaker_are_dropped() -> None:
    text = "The so-called “reform” left the agency with fewer staff."
    assert texts(text) == []


@given(st.text(alphabet=st.sampled_from(list("ab .,\n\"“”‘’'«»„`")), max_size=200))
def test_any_text_analyses_and_offsets_are_exact(text: str) -> None:
    result = analyze(text)
    for q in result.quotes:
        assert text[q.start : q.end] == q.text
    for f in result.findings:
        if f.start is not None:
            assert 0 <= f.start <= (f.end or f.start) <= len(text)


def _quoted(text: str) -> list[str]:
    from app.core.analysis.engine import analyze

    return [q.text for q in analyze(text).quotes]


def test_what_he_called_is_a_quote_but_so_called_is_a_term() -> None:
    assert _quoted("Ruiz praised what he called “shuttle diplomacy” on Monday.") == [
        "shuttle diplomacy"
    ]
    assert _quoted("Ruiz met the so-called “Tiger Team” on Monday.") == []
    assert _quoted("It is known as the “Harlow rule” among tax lawyers.") == []
    assert _quoted("The state launched the slogan “Rust, we’re on it.” in May.") == []
    assert _quoted("Feather lung is a type of “allergic pneumonitis” doctors see.") == []


def test_names_given_in_the_passive_and_words_before_a_naming_noun_are_not_quotes() -> None:
    assert _quoted("The illness has been dubbed “feather duvet lung” by doctors.") == []
    assert _quoted("It earned the nickname of “the Iron Gate” long ago.") == []
    assert _quoted("The “Rust, we’re on it” ad campaign began in May.") == []
    assert _quoted("Fans know the “Bad Blood” songstress well.") == []


def test_a_slogan_quoted_again_is_still_a_slogan() -> None:
    text = (
        "The state launched the slogan “Rust, we’re on it” in May.\n\n"
        "“Rust, we’re on it” is rolling out on billboards across the state."
    )
    assert _quoted(text) == []


def test_speech_about_a_title_stays_a_quote() -> None:
    text = "“We will never change the name,” said Mia Holt of the “Harbour Lights” band."
    assert _quoted(text) == ["We will never change the name,"]


def test_a_one_word_sentence_after_a_tag_is_speech() -> None:
    text = "“Vote for the new pier,” she said later. “Please.”"
    assert texts(text) == ["Vote for the new pier,", "Please."]


def test_a_long_book_title_is_a_title() -> None:
    text = (
        'In his book "Tides and Timetables: How One Small Port Learned to Keep Its Ferries '
        'Running," Ivo Marsh sets out his rule.'
    )
    assert texts(text) == []


def test_a_quoted_name_of_a_formula_is_not_speech() -> None:
    text = "The council says it remains loyal to the “two boats, one fare” formula agreed in 2019."
    assert texts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "“Ride the Tide” is appearing on buses across the city.",
        'The board was pleased. “Sail Safe" had become a top trend by noon.',
    ],
)
def test_quoted_words_as_a_sentence_subject_are_a_name(text: str) -> None:
    assert texts(text) == []


def test_a_pull_quote_is_not_a_second_quote() -> None:
    text = (
        "“The harbour has never been this busy, and the old ferries cannot cope,” said "
        "Ivo Marsh, the harbour master.\n\n"
        "“The old ferries cannot cope”\n\n"
        "“The old ferries cannot cope with the winter timetable either.”\n\n"
        "Marsh said the board would meet on Friday."
    )
    assert texts(text) == [
        "The harbour has never been this busy, and the old ferries cannot cope,",
        "The old ferries cannot cope with the winter timetable either.",
    ]


def test_a_repeated_line_standing_alone_is_a_pull_quote() -> None:
    text = (
        "Ivo Marsh spoke to the board.\n\n"
        "“Nobody should wait an hour for a boat.”\n\n"
        "The board heard from the harbour master for an hour. “I have said it before: nobody "
        "should wait an hour for a boat. That is the whole of it,” Marsh said."
    )
    quotes = texts(text)
    assert len(quotes) == 1
    assert quotes[0].startswith("I have said it before")


def test_a_work_named_in_apposition_is_a_title_whatever_its_case() -> None:
    text = "Ana Ruiz's essay, “Why the night boat matters,” was widely shared."
    assert texts(text) == []


def test_a_quoted_job_title_before_a_name_is_not_speech() -> None:
    text = "The Gazette assigned its “chief waterfront correspondent” Lena Ortiz to the story."
    assert texts(text) == []


def test_a_quoted_name_joined_to_another_subject_is_a_name() -> None:
    text = 'By noon both the port and “Sail With Us" had become trending topics.'
    assert texts(text) == []
