"""Masking quotes for reading, and reading back the words a masked phrase stands for."""

from __future__ import annotations

from app.core.analysis.masking import MASK, find_written, mask_quotes, written_at
from app.core.analysis.quotes import scan_block


def _masked(block: str) -> str:
    return mask_quotes(block, scan_block(block).spans)


def test_a_quote_is_blanked_and_offsets_stay() -> None:
    block = "“We will rebuild,” said Ana Ruiz."
    masked = _masked(block)
    assert len(masked) == len(block)
    assert MASK * len("We will rebuild,") in masked
    assert masked.endswith("said Ana Ruiz.")


def test_a_title_is_blanked_as_one_word_so_the_sentence_reads_on() -> None:
    block = "The star of “Harbour Lights” said she was thrilled."
    masked = _masked(block)
    assert len(masked) == len(block)
    assert "Harbour" not in masked
    assert masked.startswith("The star of xxx")
    assert masked.endswith(" said she was thrilled.")


def test_written_at_gives_back_a_titles_closing_mark() -> None:
    text = "The star of “Harbour Lights” said it. A producer on “Harbour Lights,” said it."
    end = text.index("” said")
    assert written_at(text, 0, end) == "The star of “Harbour Lights”"
    start = text.index("A producer")
    end = text.index(",” said")
    assert written_at(text, start, end) == "A producer on “Harbour Lights”"


def test_find_written_finds_a_masked_phrase_near_a_place() -> None:
    text = "Mara Quill, a producer on “Harbour Lights,” said the series would return."
    phrase = "a producer on " + "x" * len("“Harbour Lights")
    assert find_written(text, phrase, 0, len(text)) == "a producer on “Harbour Lights”"
    assert find_written(text, "a producer", 0, len(text)) == "a producer"
    assert find_written(text, "a critic on xxxxxxxx", 0, len(text)) == "a critic on xxxxxxxx"


def test_a_measure_reads_as_part_of_its_noun_phrase() -> None:
    # an inch sign is blanked and primes after a figure read as apostrophes, offsets kept
    block = 'The 6\'4" forward and the 6′2″ centre said it was "over."'
    found = scan_block(block)
    masked = mask_quotes(block, found.spans, found.inches)
    assert len(masked) == len(block)
    assert masked.startswith("The 6'4  forward and the 6'2  centre said")
