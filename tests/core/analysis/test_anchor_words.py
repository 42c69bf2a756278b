"""Skipping a block's scan by its words changes nothing found: the words a block holds are
exactly the runs `\\w+` finds, and a pattern is skipped only where it cannot match."""

from __future__ import annotations

import re

import pytest

from app.core.analysis import (
    anonymous_sources,
    cues,
    institutional_sources,
    mentions,
    source_windows,
    sourcing,
)
from app.core.analysis.anchor_words import (
    finditer_at,
    leading_words,
    lower_words_of,
    may_match,
    words_of,
)
from app.core.analysis.blocks import _has_odd_spaces
from app.core.analysis.cues import Scan

# Invented copy with the punctuation, glued words, masks and scripts a block may hold.
_LINES = [
    "Officials familiar with the talks said the Ministry of Transport estimates costs rose.",
    "“We will not move,” said Ilse Varga, a spokeswoman for the Tallinn Port Authority.",
    "The co-chair’s aides—two of them—said the council’s office (Kiel) had a U.N. memo.",
    "snake_case_words, 12-year-olds and ſources: İstanbul officials, who asked not to be named.",
    "Said \x00\x00\x00\x00\x00\x00” the ministry\u00a0said; «Nein», people/residents agreed…",
    "Der Stadtrat sagte: Élysée officials and the WHO said so. Prosecutors’ office declined.",
    "a lawmaker-turned-adviser told her neighbours; the police—and the army—said nothing",
    "Ana Ruiz said the ferry left at dawn and the crew waved",
]


@pytest.mark.parametrize("text", _LINES)
def test_words_of_is_every_run_of_word_characters(text: str) -> None:
    assert words_of(text) == frozenset(re.findall(r"\w+", text))
    if "ſ" not in text and "İ" not in text:
        assert lower_words_of(text) == frozenset(re.findall(r"\w+", text.lower()))


def test_leading_words_of_a_word_list_pattern() -> None:
    assert leading_words(re.compile(r"\b(?:council|ministry|Defen[cs]e\s+Ministry)\b")) == {
        "council",
        "ministry",
        "Defence",
        "Defense",
    }
    # optional letters and an apostrophe after the word
    assert leading_words(re.compile(r"\bprosecutors?['’]?\s+office\b")) == {
        "prosecutor",
        "prosecutors",
    }


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bcouncil",  # may end inside a longer word ("councillor"): cannot tell
        r"council\b",  # may start inside a longer word ("subcouncil")
        r"\b[a-z]+ian\b",  # a word of any letters
        r"\b(?:said|told)\b",
    ],
)
def test_leading_words_gives_up_where_it_cannot_tell(pattern: str) -> None:
    words = leading_words(re.compile(pattern))
    if pattern == r"\b(?:said|told)\b":
        assert words == {"said", "told"}
    else:
        assert words is None
    assert leading_words(re.compile(r"\b(?:said|told)\b", re.IGNORECASE)) is None
    # a word start told by a lookbehind after the first letter ("h(?<!\wh)e")
    assert leading_words(re.compile(r"h(?<!\wh)e\b|w(?<!\ww)(?:e|ho)\b")) == {"he", "we", "who"}
    assert leading_words(re.compile(r"h(?<!\wx)e\b")) is None


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (institutional_sources._INSTITUTION_RE, institutional_sources._INSTITUTION_WORDS),
        (anonymous_sources._LOWER_SOURCE_NOUN_RE, anonymous_sources._LOWER_SOURCE_WORDS),
        (mentions._PRONOUN_RE, mentions._PRONOUN_WORDS),
    ],
)
def test_a_block_is_skipped_only_where_the_pattern_cannot_match(
    pattern: re.Pattern[str], words: frozenset[str]
) -> None:
    assert words is not None
    texts = [*_LINES, *(line.lower() for line in _LINES)]
    # every word the pattern opens with, in a sentence of its own and glued to others
    texts += [f"Then {w} said so." for w in sorted(words)]
    texts += [f"the sub{w} and {w}ish said" for w in sorted(words)]
    for text in texts:
        if pattern.search(text):
            assert may_match(words, text), text
    assert not may_match(words, "Nobody here spoke of the ferry at all.")


def test_sourcing_reads_the_same_with_and_without_the_skip() -> None:
    block = "Two officials familiar with the plan said the ministry estimates rose."
    found = sourcing.read_block(block, block, [])
    assert [a.text for a in found.anonymous] == ["Two officials familiar with the plan"]
    assert [i.text for i in found.institutional] == [
        m.group() for m in institutional_sources._INSTITUTIONAL_RE.finditer(block)
    ]
    assert found.institutional
    plain = "The ferry left at dawn and the crew waved from the deck."
    assert sourcing.read_block(plain, plain, []) == sourcing.BlockSourcing()


def test_venues_are_found_only_where_a_platform_or_event_word_is() -> None:
    assert cues._VENUE_WORDS is not None
    lines = [
        "Ana Ruiz said on Telegram that the ferry was late.",
        "Ruiz said in an e-mail to staff that it was late.",
        "Ruiz said at a news conference on Friday that it was late.",
        "Ruiz said in a long op-ed that it was late.",
        "Ruiz said in the hall that it was late.",
    ]
    for line in lines:
        assert [m.span() for m in Scan(line).venues] == [
            m.span() for m in cues._VENUE_RE.finditer(line)
        ]
    assert Scan(lines[0]).venues and Scan(lines[2]).venues
    assert not Scan(lines[4]).venues


def test_odd_spaces_are_the_no_break_spaces() -> None:
    assert _has_odd_spaces("Gov.\u00a0Ana Ruiz") and _has_odd_spaces("10\u202f000")
    assert _has_odd_spaces("a\u2007b") and not _has_odd_spaces("Gov. Ana Ruiz said")


def test_leading_words_read_a_lookahead_that_ends_the_word() -> None:
    assert leading_words(re.compile(r"(?<![\w-])(?:said|told)(?![\w-])")) == {"said", "told"}
    assert leading_words(re.compile(r"\b(?:one|many)(?=\s+said\b)")) == {"one", "many"}
    assert leading_words(re.compile(r"\bone(?=x)")) is None  # "onex..." is a longer word


@pytest.mark.parametrize("start", [0, 20])
def test_cues_found_at_their_words_are_the_cue_pattern_s_matches(start: int) -> None:
    lines = [
        *_LINES,
        "According to Ruiz, she highlighted that it was late, e-mailed staff and shot back.",
        "Added Okonkwo: it was late. Said Varga, who e-mails daily, underlines that it is.",
        "\x00\x00\x00” Varga told reporters, then went on to say, pointed out and put it so.",
    ]
    openers = cues._CUE_OPENERS
    assert openers is not None
    for line in lines:
        assert [
            m.span() for m in finditer_at(cues.CUE_RE, line, openers & words_of(line), start)
        ] == [m.span() for m in cues.CUE_RE.finditer(line, start)], line
        found = Scan(line, start).cues
        assert all(m.start() >= start for m in found)


def test_sourcing_windows_from_the_anchor_words_are_the_searched_ones() -> None:
    for line in _LINES:
        low = line.lower()
        assert source_windows.anchor_windows(
            institutional_sources._INSTITUTION_RE, line, 80, 60
        ) == source_windows.anchor_windows(
            institutional_sources._INSTITUTION_RE,
            line,
            80,
            60,
            source_windows.anchor_openers(institutional_sources._INSTITUTION_WORDS, line),
        )
        if "ſ" in line or "İ" in line:
            continue  # searched case-blind in the block itself, without openers
        nouns = anonymous_sources._LOWER_SOURCE_NOUN_RE
        openers = anonymous_sources._LOWER_SOURCE_WORDS & lower_words_of(line)
        assert source_windows.anchor_windows(nouns, low, 80, 320) == source_windows.anchor_windows(
            nouns, low, 80, 320, openers
        )
