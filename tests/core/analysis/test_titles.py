"""What the marks' surroundings alone decide (titles.py): a work named after its kind, an owner's
name for its own thing, and cries that only look like names."""

from __future__ import annotations

from app.core.analysis.titles import QuoteKind, kind_of


def _kind(text: str, words: str) -> QuoteKind:
    start = text.index(words)
    end = start + len(words)
    return kind_of(text, start, end, start - 1, end + 1, False, 0, len(text.rstrip(" .")))


def test_a_title_set_off_after_an_autobiography_is_a_title() -> None:
    text = 'Ruiz wrote in her autobiography, "Salt Roads," that she was "a restless child."'
    assert _kind(text, "Salt Roads,") is QuoteKind.TITLE
    assert _kind(text, "a restless child.") is QuoteKind.QUOTE
    text = 'In his biography, "The Long Tide," Vos tells of the war years.'
    assert _kind(text, "The Long Tide,") is QuoteKind.TITLE


def test_an_owner_naming_its_own_thing_gives_a_name() -> None:
    text = 'The board began calling its new channel "Harbour Nine," a memo showed.'
    assert _kind(text, "Harbour Nine,") is QuoteKind.TITLE
    text = 'The brewers branded their own venture "Gull Island" last spring.'
    assert _kind(text, "Gull Island") is QuoteKind.TITLE
    text = 'Ruiz called her rival "Miss Fixit" on Tuesday.'
    assert _kind(text, "Miss Fixit") is QuoteKind.QUOTE


def test_words_cried_out_are_no_title() -> None:
    text = 'They had cried "Long Live Dorsa" (a local hero) as the mayor arrived.'
    assert _kind(text, "Long Live Dorsa") is QuoteKind.QUOTE
    text = 'Fans chanted "Up The Reds" all night.'
    assert _kind(text, "Up The Reds") is QuoteKind.QUOTE
    text = 'She sang "Blue Harbour" at the gala.'
    assert _kind(text, "Blue Harbour") is QuoteKind.TITLE


def test_plain_words_with_a_plural_verb_are_things_not_a_name() -> None:
    text = 'The fires began in May and "grim private motives" were behind them, police said.'
    assert _kind(text, "grim private motives") is QuoteKind.QUOTE
    text = '"Deep money worries" were the cause, and the shop shut, Ruiz said.'
    assert _kind(text, "Deep money worries") is QuoteKind.QUOTE
    text = '"Cheap rent and long lunches" have kept the quarter alive, Vos said.'
    assert _kind(text, "Cheap rent and long lunches") is QuoteKind.QUOTE


def test_a_quoted_subject_with_a_singular_verb_or_in_title_case_is_a_name() -> None:
    text = '"Ride the tide" is painted on every bus.'
    assert _kind(text, "Ride the tide") is QuoteKind.TITLE
    text = 'The port and "Sail With Us" were trending by noon.'
    assert _kind(text, "Sail With Us") is QuoteKind.TITLE


def test_plain_quoted_subject_with_a_tag_is_the_sayers() -> None:
    from app.core.analysis.engine import analyze

    text = 'The fires began in May and "grim private motives" were behind them, police said.'
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [
        ("grim private motives", "police")
    ]
