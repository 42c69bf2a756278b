"""The speed-ups in the analysis change nothing it finds: guarded patterns match exactly what the
plain ones match, fast-built records stay frozen values, venues found late are the same."""

from __future__ import annotations

import dataclasses
import re

import pytest

from app.core.analysis import anonymous_sources as anonymous
from app.core.analysis import checks, cues
from app.core.analysis import institutional_sources as institutions
from app.core.analysis.blocks import AnalysisCache, analyze_block, analyze_blocks
from app.core.analysis.cues import Scan, find_venue
from app.core.analysis.entities import EntityKind
from app.core.analysis.mention import Mention, MentionKind
from app.core.analysis.patterns import (
    FOLDS_APART,
    compile_guarded,
    first_letter_guard,
    lower_case_twin,
    lowered,
)
from app.core.analysis.quote_marks import QuoteSpan

# Invented copy in several cases and scripts, for the patterns to be tried on.
_LINES = [
    "Officials familiar with the talks said the Ministry of Transport estimates costs rose.",
    "“We will not move,” said Ilse Varga, a spokeswoman for the Tallinn Port Authority.",
    "THE COUNCIL SAID ON TWITTER THAT IT USES COOKIES; Read More: ferry times.",
    "Mr. Okonkwo told reporters on Telegram he would, according to aides, appeal.",
    "Der Stadtrat (Kiel) sagte: «Nein.» She said it in a speech; they cited 12 sources.",
    "Cookie Settings | Accept all cookies © 2031 Harbour Gazette. All rights reserved.",
    "ſources and KELVIN-sign K words: İstanbul officials, who asked not to be named, agreed.",
    "Says Ilse Varga: “Enough.” Added Okonkwo, Asked why, Wrote a note, Said nothing.",
]


@pytest.mark.parametrize(
    "pattern",
    [cues.CUE_RE, cues._VENUE_RE, institutions._INSTITUTION_RE, checks._BOILERPLATE_RE],
    ids=["cues", "venues", "institutions", "boilerplate"],
)
def test_a_guarded_pattern_finds_what_the_plain_one_finds(pattern: re.Pattern[str]) -> None:
    guard = re.match(r"(\(\?i:)?\(\?=\[[^\]]*\]\)\)?\(\?:", pattern.pattern)
    assert guard is not None, "the pattern carries its first-letter guard"
    plain = re.compile(pattern.pattern[guard.end() : -1], pattern.flags)
    for line in _LINES + [line.lower() for line in _LINES] + [line.upper() for line in _LINES]:
        assert [m.span() for m in pattern.finditer(line)] == [
            m.span() for m in plain.finditer(line)
        ], line


def test_a_guard_is_left_out_when_a_match_may_start_anywhere() -> None:
    assert first_letter_guard(r"(?:the\s+)?Board") == ""  # may start with "t" or "B"
    assert first_letter_guard(r"\b(?:ab|cd)") == "(?=[ac])"
    assert first_letter_guard(r"(?i:ab|cd)") == "(?i:(?=[ac]))"  # case-folded like the words
    assert compile_guarded(r"\bcat|dog", re.IGNORECASE).findall("A Cat, a DOG") == ["Cat", "DOG"]


def test_fast_built_records_stay_frozen_values() -> None:
    mention = Mention(3, 11, "Ana Ruiz", MentionKind.NAME, name="Ana Ruiz")
    assert mention.entity is EntityKind.UNKNOWN and not mention.subject  # defaults kept
    assert mention == Mention(3, 11, "Ana Ruiz", MentionKind.NAME, "Ana Ruiz")
    assert hash(mention) == hash(Mention(3, 11, "Ana Ruiz", MentionKind.NAME, "Ana Ruiz"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.start = 4  # type: ignore[misc]
    moved = dataclasses.replace(mention, start=5, subject=True)
    assert (moved.start, moved.end, moved.subject, moved.name) == (5, 11, True, "Ana Ruiz")
    assert mention.shifted(10).start == 13 and mention.flagged(subject=True).subject
    span = QuoteSpan(1, 9, 0, 10)
    assert span.unclosed is False and span == QuoteSpan(1, 9, 0, 10, unclosed=False)


def test_venues_found_late_are_the_venues() -> None:
    line = "She said in a televised address on Monday that the crossing would reopen."
    scan = Scan(line)
    assert scan.venue_in(0, len(line)) == find_venue(line) == "televised address"
    assert scan.venue_starts == [m.start() for m in scan.venues]


def test_cues_read_from_a_sentence_start_are_the_whole_blocks_cues_from_there() -> None:
    from app.core.analysis.sentence_bounds import sentence_starts

    for line in [*_LINES, "Ruiz said it was late. Okafor added that she pointed it out."]:
        starts = sentence_starts(line)
        whole = [m.span() for m in Scan(line).cues]
        for start in starts:
            assert [m.span() for m in Scan(line, start).cues] == [
                span for span in whole if span[0] >= start
            ], (line, start)


def test_a_run_of_words_reads_the_same_wherever_it_stands() -> None:
    # Names are read once per run of words and reused (speed): the reading must not depend on
    # where the run stands, and a lone word opening a clause is still read with what follows.
    from app.core.analysis.mentions import find_mentions

    run = "Deputy Mayor Ilse Varga"
    for before in ("", "Yesterday, ", "“Fine,” said ", "Then Okonkwo and "):
        text = before + run + "’s boat sank."
        found = [m for m in find_mentions(text) if m.name == "Ilse Varga"]
        assert [(m.start, m.end, m.title, m.possessive) for m in found] == [
            (len(before), len(before) + len(run), "Deputy Mayor", True)
        ], text
    assert [m.text for m in find_mentions("Residents of Elm Court said no.")] == [
        "Residents of Elm Court"
    ]
    assert [m.text for m in find_mentions("Residents said no.")] == ["Residents"]
    # the same lone word, read twice: a name, then (before "on the quay") no one
    assert [m.start for m in find_mentions("Varga laughed. Varga on the quay.")] == [0]
    assert [m.start for m in find_mentions("Varga on the quay. Varga laughed.")] == [19]


def test_a_name_read_from_memory_is_the_name_read_afresh() -> None:
    from app.core.analysis import name_runs, names, run_reading

    for line in _LINES:
        for m in name_runs._NAME_RUN_RE.finditer(line):
            a, b = m.span()
            raw, after = line[a:b], line[b : b + 2]
            fresh = run_reading.read_run.__wrapped__(raw, after)
            opens = a == 0 or line[a - 2 : a].strip() in ("", ".", ",", ":", ";")
            expected = None if fresh is None else names._name_mention_at(line, a, b, fresh, opens)
            assert names._name_mention(line, a, b) == expected, (line, raw)


_SOURCING_LINES = [
    *_LINES,
    "The Harbour Authority also said on Monday that the Kestrel Ministry has estimated repairs.",
    "the interior ministry previously reported a rise, and the World Bank forecasts a fall.",
    "Two Senior Advisers said no; Neighbours told us. RESIDENTS WARNED. Spokespersons added it.",
    "Census bureau data showed the town shrank, Prosecutors’ office confirms, police say.",
]


def test_the_cheap_tests_before_the_long_sourcing_patterns_never_skip_a_match() -> None:
    # Each long pattern is searched only where a cheaper one finds what its matches must hold.
    verb_after_noun = re.compile(
        rf"\b{anonymous._SOURCE_NOUN}(?=\s+(?:said|say|says|told|tell|confirmed|added|described|"
        r"disclosed|revealed|cautioned|warned)\b)",
        re.IGNORECASE,
    )
    for line in _SOURCING_LINES + [line.lower() for line in _SOURCING_LINES]:
        for lo in range(0, len(line), 7):
            for hi in (len(line), lo + 40, lo + 90):
                if institutions._INSTITUTIONAL_RE.search(line, lo, hi):
                    assert institutions._INSTITUTION_THEN_VERB_RE.search(line, lo, hi), (line, lo)
                assert bool(anonymous._NOUN_THEN_VERB_RE.search(line, lo, hi)) == bool(
                    verb_after_noun.search(line, lo, hi)
                ), (line, lo, hi)
                if anonymous._GENERIC_ANON_RE.search(line, lo, hi):  # the long search it guards
                    assert anonymous._NOUN_THEN_VERB_RE.search(line, lo, hi), (line, lo, hi)
    assert any(institutions._INSTITUTIONAL_RE.search(line) for line in _SOURCING_LINES)
    assert any(verb_after_noun.search(line) for line in _SOURCING_LINES)
    assert any(anonymous._GENERIC_ANON_RE.search(line) for line in _SOURCING_LINES)


def test_cookie_notices_are_found_in_any_case() -> None:
    # The notice's search is skipped in blocks without "cook" in lower case (speed): every case
    # of it, the Kelvin sign's K too, lower-cases to that.
    for line in ("This site USES COO\u212aIES to remember you", "Cookie Settings | Accept"):
        [hit] = checks.find_boilerplate(line)
        assert hit.text == line
    assert checks.find_boilerplate("The cook said the soup was late.") == ()


def test_a_run_splits_where_a_sentence_ends_only() -> None:
    from app.core.analysis.name_runs import _run_groups  # read once per run of words (speed)

    def groups(run: str) -> list[str]:
        return [run[start:end] for start, end in _run_groups(run)]

    assert groups("Mr. Brandt. Ana Ruiz") == ["Mr. Brandt", "Ana Ruiz"]
    assert groups("U.S. President Ana\u00a0Ruiz") == ["U.S. President Ana\u00a0Ruiz"]
    assert groups("A. B. Cole") == ["A. B. Cole"] and groups("Ana Ruiz.") == ["Ana Ruiz"]


def test_double_marks_are_found_as_the_plain_alternation_finds_them() -> None:
    import random

    from app.core.analysis.quote_marks import _DOUBLE_RE

    plain = re.compile(
        "'''|''|``|\u2018\u2018|\u2018\u2019|\u2019\u2019|[\"\u201c\u201d\u201e\u201f\u00ab\u00bb\u301d\u301e]"
    )
    rng = random.Random(13)
    pieces = ["'", "`", "\u2018", "\u2019", '"', "\u201c", "\u201d", "\u00ab", "\u301e", "a", " "]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for line in [*_LINES, *lines, "''''' ``` \u2018\u2018\u2018 \u2019\u2019\u2019 ' ` \u2018"]:
        assert [m.span() for m in _DOUBLE_RE.finditer(line)] == [
            m.span() for m in plain.finditer(line)
        ], line


def test_sentence_ends_are_found_as_the_plain_pattern_finds_them() -> None:
    import random

    from app.core.analysis.sentence_bounds import _SENTENCE_END_RE

    plain = re.compile(r"[.!?…]+[\"”’')\]]*\s+(?=[\"“‘'(\[A-Z0-9À-Þ\x00])|\n")
    rng = random.Random(13)
    pieces = list(".!?…\n\"”’')] \t“‘([aZ0À\x00")
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(5000)]
    for line in [*_LINES, *lines, "Dr. Ruiz left... He said?! “No.” (Then)\nA new line"]:
        assert [m.span() for m in _SENTENCE_END_RE.finditer(line)] == [
            m.span() for m in plain.finditer(line)
        ], line


@pytest.mark.parametrize(
    "pattern",
    [anonymous._SOURCE_NOUN_RE, anonymous._ANON_RE, anonymous._GENERIC_ANON_RE],
    ids=["source-nouns", "anonymous", "generic-anonymous"],
)
def test_a_lower_case_twin_finds_in_the_lowered_text_what_the_case_blind_pattern_finds(
    pattern: re.Pattern[str],
) -> None:
    twin = lower_case_twin(pattern)
    for line in _LINES + [line.upper() for line in _LINES] + [line.title() for line in _LINES]:
        low = lowered(line)
        if low is None:
            continue
        assert [m.span() for m in twin.finditer(low)] == [m.span() for m in pattern.finditer(line)]


def test_only_the_letters_that_fold_apart_keep_a_text_from_being_lowered() -> None:
    # every character IGNORECASE matches to an ASCII letter lowers to that letter, and every
    # other one lowers to one character of its own class, but for these
    letter = re.compile("[a-z]", re.IGNORECASE)
    word = re.compile(r"\w")
    apart = set()
    for code in [*range(0x2000), 0x212A, 0x1E9E, 0xFB00, 0xFF21, 0xFF41]:
        char = chr(code)
        low = char.lower()
        folds_to_other = (letter.fullmatch(char) is not None) != ("a" <= low <= "z")
        if (
            len(low) != 1
            or folds_to_other
            or (word.match(char) is None) != (word.match(low) is None)
        ):
            apart.add(char)
    assert apart == set(FOLDS_APART)
    assert lowered("İstanbul") is None and lowered("ſources") is None
    assert lowered("Officials SAID") == "officials said"


def test_a_lower_case_twin_is_only_made_of_a_case_blind_lower_case_pattern() -> None:
    with pytest.raises(ValueError):
        lower_case_twin(re.compile("officials"))
    with pytest.raises(ValueError):
        lower_case_twin(re.compile("Officials", re.IGNORECASE))


_STORY_BLOCKS = [
    "“We will not move,” said Ilse Varga, a spokeswoman for the Tallinn Port Authority.",
    "Officials familiar with the talks said the ministry estimates costs rose.",
    "Gov.\u00a0Ana Ruiz added: “Nobody expected the water to rise so fast.”",
    "“It was chaos.",
    "Nobody slept,” she said.",
    "Brandt Calls Ferry Cuts a ‘Betrayal’",
    "Read More: ferry times",
]


def test_blocks_read_together_are_each_read_as_on_its_own() -> None:
    for double in (True, False):
        together = analyze_blocks(_STORY_BLOCKS, double=double)
        assert together == [analyze_block(b, double=double) for b in _STORY_BLOCKS]


def test_a_cache_filled_at_once_counts_and_keeps_what_one_by_one_would() -> None:
    blocks = _STORY_BLOCKS + _STORY_BLOCKS[:3] + ["A new line."] + _STORY_BLOCKS[1:2]
    for size in (20_000, 4, 1):
        at_once, one_by_one = AnalysisCache(max_blocks=size), AnalysisCache(max_blocks=size)
        one_by_one.get(_STORY_BLOCKS[2], True)
        at_once.get(_STORY_BLOCKS[2], True)
        read = at_once.get_all(blocks, True)
        assert read == [one_by_one.get(b, True) for b in blocks]
        assert (at_once.hits, at_once.misses) == (one_by_one.hits, one_by_one.misses)
        assert list(at_once._blocks) == list(one_by_one._blocks)
