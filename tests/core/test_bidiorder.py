"""Drawn order of text with bidi controls, checked against orders worked out by hand (UAX #9)."""

from __future__ import annotations

import pytest

from app.core.bidiorder import visual_order

RLO, PDF, LRE, RLI, PDI = "\u202e", "\u202c", "\u202a", "\u2067", "\u2069"


@pytest.mark.parametrize(
    ("text", "page", "drawn"),
    [
        (f"a {RLO}cba{PDF} b", False, "a abc b"),
        (f"{RLO}ab cd", False, "dc ba"),
        (f"{RLO}ab\ncd", False, "ba\ncd"),  # a text file: the line ends the override
        (f"{RLO}ab\ncd", True, "dc\nba"),  # a page: the line break is inside the paragraph
        (f"{RLO}ab\n\ncd", True, "ba\n\ncd"),  # a blank line ends the paragraph
        (f"{RLO}ab{PDI}cd{PDF}e", False, "dcbae"),  # no isolate open: U+2069 closes nothing
        (f"{RLI}{RLO}ab{PDI}cd", False, "bacd"),  # the isolate closes the override inside it
        (f"{RLO}{LRE}ab{PDF}cd{PDF}e", False, "dcabe"),  # U+202C closes the LRE first
        (f"{RLO}{RLO}ab{PDF}cd{PDF}", False, "dcba"),
    ],
)
def test_drawn_order(text: str, page: bool, drawn: str) -> None:
    result = visual_order(text, page=page)
    assert result is not None
    assert result[0] == drawn


def test_text_without_an_override_is_left_alone() -> None:
    assert visual_order(f"ab {LRE}cd{PDF}") is None


def test_every_drawn_character_points_back_at_itself() -> None:
    text = f"x {RLO}ab{PDI}cd{PDF}\ny"
    drawn, index = visual_order(text)
    assert [text[i] for i in index] == list(drawn)
