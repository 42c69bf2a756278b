"""A list's marked items share one reading (list_items.py): once a capitalised item is left out
of the quotes, the sentence-case items listed right after it are the same kind of thing."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.list_items import continues_list


def _quotes(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


def test_slogans_listed_after_a_slogan_are_not_quotes() -> None:
    text = (
        "Supporters of Tom Vell crowded the hall carrying signs of “Vell 2030,” “Safer streets,” "
        "and “Jobs first.” The mayor spoke for an hour."
    )
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a stop inside the marks ends the list: the next marks open someone's words
        (
            "The band played “Harbour Lights.” “We love this town,” singer Ada Bell said.",
            ["We love this town,"],
        ),
        # a lower-case list is a run of verdicts, each the sayer's
        (
            "Ana Ruiz called the plan “reckless,” “dangerous” and “cruel.”",
            ["reckless,", "dangerous", "cruel."],
        ),
    ],
)
def test_verdict_lists_stay_quotes(text: str, quotes: list[str]) -> None:
    assert _quotes(text) == quotes


def _item(text: str, words: str) -> tuple[int, int, int]:
    start = text.index(words)
    return start, start + len(words), start - 1


def test_only_the_next_capitalised_sentence_case_item_continues() -> None:
    text = "signs of “Vell 2030,” “Safer streets,” and “Jobs First” and then “more”"
    left_out = text.index("2030,") + len("2030,")
    assert continues_list(text, left_out, *_item(text, "Safer streets,"))
    # a title-case item is read on its own; an item far from the last one left out is no list's
    streets_end = text.index("streets,") + len("streets,")
    assert not continues_list(text, streets_end, *_item(text, "Jobs First"))
    assert not continues_list(text, left_out, *_item(text, "more"))
