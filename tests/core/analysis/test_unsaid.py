"""Marks in a sentence whose only sayer is no one (unsaid.py) are nobody's quote; a sentence
that also names a sayer keeps them as that sayer's words."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _quotes(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


def test_words_no_one_says_are_not_quotes() -> None:
    text = (
        "Tom Vell coaches the harbour side. No one will say, for instance, that Vell is training "
        "twice a day because it would make him “a target” and rivals would “come for him” in May."
    )
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Ana Ruiz said no one had told her the site was “unsafe”.", "unsafe"),
        (
            "No one said it would be easy, Ana Ruiz said, calling the plan “unworkable”.",
            "unworkable",
        ),
        ("No one would say the harbour was “finished”, Ruiz said.", "finished"),
    ],
)
def test_a_sayer_named_in_the_sentence_keeps_the_words(text: str, quote: str) -> None:
    assert _quotes(text) == [quote]


@pytest.mark.parametrize(
    "text",
    [
        "Most voters would think, “Why bother with the ferry at all?”",
        "When a tourist asks the way, locals just say “follow the gulls” and walk on.",
    ],
)
def test_what_someone_in_general_would_say_is_no_quote(text: str) -> None:
    # hypothetical(): nobody said it, whatever the words look like
    assert _quotes(text) == []


def test_what_a_named_person_would_say_is_still_not_hypothetical() -> None:
    # near miss: a definite speaker is read as any speaker is
    text = "Mayor Ana Ruiz said she would tell them, “The ferry stays.”"
    assert _quotes(text) == ["The ferry stays."]
