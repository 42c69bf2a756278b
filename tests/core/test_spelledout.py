"""Runs of single letters closed up into the word a reader reads."""

from __future__ import annotations

from app.core.spelledout import close_up


def test_a_spelt_out_word_is_closed_up_with_its_offsets() -> None:
    text = "said K.o.w.a.l said"
    closed = close_up(text)
    assert closed is not None
    assert closed.text == "said Kowal said"
    start = closed.text.index("Kowal")
    assert text[slice(*closed.span(start, start + 5))] == "K.o.w.a.l"


def test_bracketed_letters_and_mixed_gaps() -> None:
    closed = close_up("(K)(o)(w) and K - o / w")
    assert closed is not None and closed.text == "Kow and Kow"


def test_initials_and_words_are_left_alone() -> None:
    assert close_up("J. K. Rowling met a man") is None
    assert close_up("Kowalczyk said so") is None
