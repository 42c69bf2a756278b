"""A possessive right after a verb of saying is the sayer's: "The principal said that his nephew
was ill. “…,” he said" is the principal, not the nephew (sayer_possessives.py)."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of

_OPENING = "Two pupils were caught cheating during an exam on Monday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "The principal said that his nephew, who was sitting the exam, suffers from asthma.",
            "the principal",
        ),
        ("The principal said his nephew had been ill for years.", "the principal"),
        ("The headmaster told reporters that his nephew had been ill.", "the headmaster"),
    ],
)
def test_he_after_the_sayer_of_his_noun_is_the_sayer(sentence: str, speaker: str) -> None:
    text = _OPENING + sentence + '\n\n"He has had the illness since he was small," he said.'
    assert speaker_of(text, "illness") == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # near misses: no verb of saying before the possessive ...
        ("The principal visited his nephew in hospital on Monday.", "his nephew"),
        # ... or a named sayer, which the gender of the name already decides
        ("Ravi Desai said that his brother had been ill for years.", "Ravi Desai"),
    ],
)
def test_a_possessive_not_right_after_saying_leaves_the_reading(
    sentence: str, speaker: str
) -> None:
    text = _OPENING + sentence + '\n\n"He has had the illness since he was small," he said.'
    assert speaker_of(text, "illness") == speaker
