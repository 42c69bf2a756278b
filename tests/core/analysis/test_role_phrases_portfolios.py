"""Role phrases whose office is named by a portfolio in plain words joined by "and"
(role_phrases._joins_modifiers): "the former fisheries and ports minister" is one description."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions


def test_a_portfolio_joined_by_and_stays_in_the_office_phrase() -> None:
    # "the former fisheries and ports minister told ... “...”": the portfolio's plain words,
    # joined by "and", describe one office, so the phrase is the speaker's description
    text = (
        "On Saturday, ex-mayor Odile Brannock visited the harbour at Kestle Bay.\n\n"
        "The former fisheries and ports minister told dock workers the new quay was "
        "a “shameful waste” of their money."
    )
    (quote,) = analyze(text).quotes
    assert quote.text == "shameful waste"
    assert quote.speaker == "Odile Brannock"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # near misses: a second determiner opens a second phrase; "and" right before the
        # office joins two people, not a portfolio
        ("The farmers and the minister met on Monday.", "The farmers"),
        ("The mayor and minister met on Monday.", "The mayor"),
    ],
)
def test_and_between_people_still_splits_the_phrase(text: str, first: str) -> None:
    assert find_mentions(text)[0].text == first
