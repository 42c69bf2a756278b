"""Where a paragraph's sentences start (sentence_bounds.py): a stop after an abbreviation, an
honorific or an initial goes on; one before a new sentence's subject ends the sentence."""

from __future__ import annotations

import pytest

from app.core.analysis.sentence_bounds import sentence_starts


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("Ada Moss grew up in the U.S. She left in 2010.", "She left in 2010."),
        ("Kit Dorr lives in Washington, D.C. His wife works there.", "His wife works there."),
        ("The shift ends at 7 a.m. They go home then.", "They go home then."),
    ],
)
def test_a_pronoun_after_an_abbreviation_opens_a_sentence(text: str, second: str) -> None:
    assert [text[i:] for i in sentence_starts(text)][1:] == [second]


@pytest.mark.parametrize(
    "text",
    [
        "The talk by Mr. He was short.",
        "Ada Moss moved to the U.S. in 2010.",
        "Kit Dorr lives in Washington, D.C. now.",
    ],
)
def test_an_abbreviation_before_other_words_goes_on(text: str) -> None:
    assert sentence_starts(text) == [0]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The council chose Option B. Ian Tate said it was cheaper.",
            "Ian Tate said it was cheaper.",
        ),
        ("He served in World War I. Tom Vell never spoke of it.", "Tom Vell never spoke of it."),
    ],
)
def test_a_things_letter_ending_a_sentence_is_no_initial(text: str, second: str) -> None:
    assert [text[i:] for i in sentence_starts(text)][1:] == [second]


@pytest.mark.parametrize(
    "text", ["John B. Kemp said it was cheaper.", "A. J. Kemp never spoke of it."]
)
def test_initials_inside_a_name_go_on(text: str) -> None:
    assert sentence_starts(text) == [0]
