"""A possessive right after a verb of saying is the sayer's: "The caretaker said that his
uncle was hurt. “…,” he said" is the caretaker, not the uncle (sayer_possessives.py)."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of

_OPENING = "A storm flooded the market hall at Kestle Bay on Friday.\n\n"
_QUOTE = '\n\n"He slipped on the ladder long before the water came in," he said.'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The caretaker said that his uncle, who runs a fish stall, broke an arm.",
            "the caretaker",
        ),
        ("The caretaker said his uncle had broken an arm.", "the caretaker"),
        ("The manager told reporters that his uncle had been hurt.", "the manager"),
    ],
)
def test_he_after_the_sayer_of_his_noun_is_the_sayer(sentence: str, speaker: str) -> None:
    text = _OPENING + sentence + _QUOTE
    assert speaker_of(text, "ladder") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # near misses: no verb of saying before the possessive ...
        ("The caretaker drove his uncle to the clinic on Friday.", "his uncle"),
        # ... or a named sayer, which the gender of the name already decides
        ("Piet Oduro said that his brother had been hurt as well.", "Piet Oduro"),
    ],
)
def test_a_possessive_not_right_after_saying_leaves_the_reading(
    sentence: str, speaker: str
) -> None:
    text = _OPENING + sentence + _QUOTE
    assert speaker_of(text, "ladder") == speaker
