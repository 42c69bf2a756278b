"""A lone quote paragraph followed by "She continued, “…”" is the continuing speaker's
(continued_quotes.py)."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of

_OPENING = (
    "At a preview in Harwick on Thursday, the museum's director Odile Marsh said the new wing "
    "would open in June.\n"
    "The wing will hold the city's collection of old charts and ship models.\n"
    "“Visitors have asked for these rooms for ten years, and at last they are ready.”\n"
)


@pytest.mark.parametrize(
    "tag",
    ["She continued, “The charts arrive next week.”", "She went on: “The charts arrive soon.”"],
)
def test_a_lone_quote_before_she_continued_is_hers(tag: str) -> None:
    assert speaker_of(_OPENING + tag, "Visitors") == "Odile Marsh"


@pytest.mark.parametrize(
    "tag",
    [
        # near misses: the next paragraph does not carry anyone's words on ...
        "She later told reporters: “The charts arrive next week.”",
        # ... or its pronoun stands for nobody the story named
        "He added, “The charts arrive next week.”",
    ],
)
def test_no_carrying_on_leaves_the_lone_quote_unsigned(tag: str) -> None:
    assert speaker_of(_OPENING + tag, "Visitors") is None


@pytest.mark.parametrize(
    "tag",
    [
        # "continued" and "added" in their other senses: she kept working, he opened stalls
        "She continued to work at the quarry for a decade. “Nobody paid us,” said Lena Ashby.",
        "She added two night shifts in March. “Orders are up,” said Lena Ashby.",
    ],
)
def test_carrying_on_in_another_sense_leaves_the_lone_quote_unsigned(tag: str) -> None:
    assert speaker_of(_OPENING + tag, "Visitors") is None


def test_she_continued_her_words_of_another_name_before_the_quote_still_carries_on() -> None:
    tag = "She continued her tour, “The ship models arrive in May.”"
    assert speaker_of(_OPENING + tag, "Visitors") == "Odile Marsh"
