"""The cheap reading of a sentence's start and end, which speech, unsaid and term_cues share."""

from __future__ import annotations

from app.core.analysis.rough_sentences import rough_sentence_end, rough_sentence_start


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


def test_the_sentence_ends_at_the_first_stop_after_the_passage_which_it_keeps() -> None:
    text = "It was “fine”, the master said. Nobody asked him! Then he left."
    at = text.index("”") + 1
    assert text[at : rough_sentence_end(text, at)] == ", the master said."
    line = "The master called it “fine”\nHarbour notes. More"
    assert line[: rough_sentence_end(line, line.index("”"))] == "The master called it “fine”\n"


def test_a_stop_with_no_blank_after_it_ends_nothing_and_the_reach_is_240() -> None:
    text = "It was “fine” at 3.5 knots, he said."
    at = text.index("”")
    # "3.5" is no stop, and the text's last "." has no blank after it: the text's end
    assert rough_sentence_end(text, at) == len(text)
    long = "“fine” " + "word " * 100
    assert rough_sentence_end(long, 6) == 6 + 240
