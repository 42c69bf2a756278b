"""A word someone avoids, refuses, leaves unmentioned or swaps for another (avoided_words.py) is
cited as a word, nobody's quote; a quote the same person does give in the sentence stays theirs."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _quotes(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor avoided calling it a “shutdown” in his speech on Monday.",
        "Ana Ruiz, the minister, declined to call the closures a “shutdown”.",
        "The minister told reporters he refused to call the closures of the harbour a “shutdown”.",
        "Officials said their position is that the closure is not to be described as a “crisis”.",
        "Ana Ruiz said the board's papers make no mention of ‘wage restraint’ anywhere.",
        "Advisers to the governor chose to say ‘pause’ instead of ‘shutdown’.",
        "Ana Ruiz said the ferry firm would avoid calling the winter a “slump” or “downturn”.",
        "Tom Vell said staff must show caution in talking about “closures” to passengers.",
    ],
)
def test_a_word_someone_avoids_or_swaps_is_no_quote(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the same person's partial quote beside the avoided word stays theirs
        (
            "He stopped short of calling it a “shutdown”, but said it was “a pause we cannot "
            "avoid”.",
            ["a pause we cannot avoid"],
        ),
        ("The mayor never used the word but said the plan was “reckless and cruel”.", None),
        ("Instead of apologising, Tom Vell called the ruling “a witch hunt”.", None),
        ("Rather than resign, Ana Ruiz said she would “fight on”.", None),
        ("The mayor said the closure was a “shutdown” in all but name.", None),
        ("Ana Ruiz said she had refused to sign what she called a “gagging order”.", None),
    ],
)
def test_words_someone_does_say_stay_quotes(text: str, kept: list[str] | None) -> None:
    expected = kept if kept is not None else [text.split("“")[1].split("”")[0]]
    assert _quotes(text) == expected
