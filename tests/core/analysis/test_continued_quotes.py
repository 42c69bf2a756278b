"""A lone quote paragraph followed by "She continued, “…”" is the continuing speaker's
(continued_quotes.py)."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of

_OPENING = (
    "Speaking in Dunmore on Monday, the firm's managing director Lena Ashby said the plant was "
    "waiting on a permit.\n"
    "The new plant will be the firm's fifth in the region.\n"
    "“Demand here has doubled in two years, and this town is far ahead.”\n"
)


@pytest.mark.parametrize(
    "tag",
    ["She continued her remarks, “Exports are also growing.”", "She went on: “Exports grew.”"],
)
def test_a_lone_quote_before_she_continued_is_hers(tag: str) -> None:
    assert speaker_of(_OPENING + tag, "Demand") == "Lena Ashby"


@pytest.mark.parametrize(
    "tag",
    [
        # near misses: the next paragraph does not carry anyone's words on ...
        "She later told reporters: “Exports are also growing.”",
        # ... or its pronoun stands for nobody the story named
        "He added, “Exports are also growing.”",
    ],
)
def test_no_carrying_on_leaves_the_lone_quote_unsigned(tag: str) -> None:
    assert speaker_of(_OPENING + tag, "Demand") is None


@pytest.mark.parametrize(
    "tag",
    [
        # "continued" and "added" in their other senses: she kept working, he opened stalls
        "She continued to work at the quarry for a decade. “Nobody paid us,” said Lena Ashby.",
        "She added two night shifts in March. “Orders are up,” said Lena Ashby.",
    ],
)
def test_carrying_on_in_another_sense_leaves_the_lone_quote_unsigned(tag: str) -> None:
    assert speaker_of(_OPENING + tag, "Demand") is None


def test_she_continued_her_words_of_another_name_before_the_quote_still_carries_on() -> None:
    tag = "She continued her briefing, “Exports are also growing.”"
    assert speaker_of(_OPENING + tag, "Demand") == "Lena Ashby"
