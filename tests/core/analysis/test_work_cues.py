"""Titles and labels that roundups, reviews and guides set beside their makers or nouns
(work_cues.py), and the partial quotes beside the same shapes that stay someone's words."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _quotes(text: str) -> list[str]:
    return [q["text"] for q in analyze(text).to_json()["quotes"]]


NOT_QUOTES = {
    # a roundup's entry: maker, dash, the work's title, a colon, the entry
    "roundup-entry": "Tessa Marlow – “Harbour Lights”: The Leeds singer returns with a slow "
    "ballad about leaving home.",
    # a work credited to its maker after the marks
    "by-maker": "Other picks this week include “Salt in the Wind” by Glasgow trio Fennick and "
    "“Go Slow!” by Brighton singer Orla Vance.",
    # the same with a guest credited inside the title
    "by-maker-guest": "“Paper Lanterns (feat. Orla Vance)” by Fennick was the lift I needed on a "
    "grey Friday.",
    # a quoted label before the noun it qualifies
    "chorus": "The catchy ‘Let me go, let me go’ chorus will stay with you for days.",
    "refrain": "Ada Brine’s lilting “Salt and Sorrow, salt and sorrow” refrain carries the whole "
    "record.",
    "series": "For last summer’s Salt and Stone for Tidewell Gallery’s “MARGINS: a room of one’s "
    "own” series, the Leeds-based Brine brought together a singer and a dancer.",
    "strand": "Ada Brine joined the festival’s “Night Shift: music after midnight” strand in June.",
    # a slogan whose own title is the tag's sayer, then the spots listed after their noun
    "own-title-and-list": "The campaign reminds shoppers that ‘Good Bread Takes Time,’ as its "
    "title suggests, through three radio spots: ‘Oven,’ ‘Crust’ and ‘Baker.’ Each follows a "
    "tired worker home.",
}


@pytest.mark.parametrize("text", NOT_QUOTES.values(), ids=NOT_QUOTES.keys())
def test_titles_and_labels_are_not_quotes(text: str) -> None:
    assert _quotes(text) == []


STILL_QUOTES = {
    # a tag follows the dash-led words: speech
    "dash-then-tag": ("Tessa Marlow – “I never wanted to leave,” she said.", "I never wanted"),
    # words shouted beside a place after "by", no maker named
    "shouted-by": ("Ada Brine shouted “Stop The Boats” by the harbour wall.", "Stop The Boats"),
    # a single word of judgement before a noun, said by someone
    "verdict-noun": (
        "Brine said the match would be a “tough” test for the young side.",
        "tough",
    ),
    "verdict-noun-tag": (
        "It is a “game-changing” feature for farmers, Pellman said.",
        "game-changing",
    ),
    # words after a colon whose noun is no kind of work, or after a verb of saying
    "colon-not-works": ("Brine had two words for her critics: “Not Now.”", "Not Now."),
    "said-colon": ("Asked about the new songs, Brine said: “Wait And See.”", "Wait And See."),
    # speech followed by a comma before the noun phrase that owns it
    "comma-tag": ("“Go home,” the show's host told the crowd.", "Go home"),
}


@pytest.mark.parametrize(("text", "quote"), STILL_QUOTES.values(), ids=STILL_QUOTES.keys())
def test_partial_quotes_beside_the_same_shapes_stay(text: str, quote: str) -> None:
    assert any(q.startswith(quote) for q in _quotes(text))
