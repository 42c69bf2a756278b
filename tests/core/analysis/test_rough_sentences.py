"""The cheap reading of where a sentence starts, which speech, unsaid and term_cues share."""

from __future__ import annotations

from app.core.analysis.rough_sentences import rough_sentence_start


def test_the_sentence_starts_after_the_last_end_before_the_passage() -> None:
    text = "The ferry sailed late. Is it safe? The master said it was “fine” today."
    at = text.index("“fine”")
    # right after the stop: the space before the sentence is in it (callers search, not slice)
    assert text[rough_sentence_start(text, at) :].startswith(" The master said")


def test_a_line_break_ends_a_sentence_and_a_first_sentence_starts_at_zero() -> None:
    text = "Harbour notes\nThe master called it “fine”."
    assert rough_sentence_start(text, text.index("“")) == text.index("The master")
    assert rough_sentence_start("The master called it “fine”.", 21) == 0


def test_it_reads_back_no_further_than_240_characters() -> None:
    text = "word " * 100 + "“fine”"
    assert rough_sentence_start(text, len(text) - 6) == len(text) - 6 - 240
