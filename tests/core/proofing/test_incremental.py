"""The editor's quick re-check after an edit finds exactly what a full check of the paragraph
finds: no underline missed, none left behind, whatever the edit (typing that splits or joins
words, a sentence ended or begun, a paste, a cut across paragraphs, an undo)."""

from __future__ import annotations

import random
import re

import pytest

from app.core.proofing import incremental, locality, spelling, style
from app.core.proofing.issues import STYLE, Issue
from app.core.proofing.proofreader import Proofreader, ProofSettings
from app.core.proofing.stylebook import Rule

PARAGRAPHS = [
    "Teh council met on Tuesday. In a startling twist, officials claimed the ferry's hull "
    "was completely destroyed, Gov. Ann Smith said at 5 p.m. in Sacramento, Calif. on Mar. 3.",
    "“We dont know why,” the mayor noted. The president of the U.S. spoke; Lt. Gov. Ray "
    "Ortiz said the future plans were undeniably late and the Yersinia pestis samples safe.",
    "He was runnin' late, takin’ the well-known sci-fi route via www.exampel.com and "
    "@harbourferry. Prof. Tanaka's recieve-side co-operation cost 9 percent, three years old.",
    'Kiev and Zelenskyy, the U.S. and the US: Oct. was dramatic. "Sure," Vaskenburg declared. '
    "On Dec. 12 the ferry's goverment  inspectors left… Then nine of them returned!",
]
SNIPPETS = [
    " ",
    ". ",
    "? ",
    "… ",
    ", ",
    '"',
    "'",
    "“",
    "”",
    "Teh",
    "teh",
    "the",
    "The",
    "Mar. 4",
    "Sept.",
    "Lt. Gov. Li",
    "Gov. ",
    "per cent",
    "startling",
    "U.S.",
    "US",
    " said",
    "claimed",
    "completely destroyed",
    "-",
    "in'",
    "g",
    "s",
    "x",
    "7",
    "  ",
    "pestis",
    "Kiev",
    "www.a.com",
    "recieve",
    "Calif.",
    "St. Louis",
    "note. Also",
    "so...",
    ". Then ",
    ", Calif. ",
    "five-year-old",
    '" he noted',
    "thier",
    "Ms. Lee",
]
CHARS = "abcdefghijklmnopqrstuvwxyz      ..,'\"’“”-ATMGSUK?!…0123"


def _edit(rng: random.Random, text: str, history: list[str]) -> str:
    """One random change of the kind a writer makes."""
    n = len(text)
    kind = rng.random()
    at = rng.randint(0, n)
    if kind < 0.35:  # a key typed
        return text[:at] + rng.choice(CHARS) + text[at:]
    if kind < 0.55:  # Backspace or Delete, or a word cut
        end = min(n, at + rng.choice([1, 1, 1, 2, 5, 12]))
        return text[:at] + text[end:]
    if kind < 0.75:  # a paste, or typing over a selection, mostly at a word's start
        if rng.random() < 0.6:
            at = text.rfind(" ", 0, at) + 1
        end = min(n, at + rng.choice([0, 0, 3, 8]))
        return text[:at] + rng.choice(SNIPPETS) + text[end:]
    if kind < 0.85:  # a cut across two paragraphs joins them
        other = rng.choice(PARAGRAPHS)
        return text[:at] + other[rng.randint(0, len(other)) :]
    if kind < 0.95 and history:  # undo, back to an earlier version
        return rng.choice(history)
    return rng.choice(PARAGRAPHS)  # another paragraph altogether (the cursor moved)


def _edits(seed: int, steps: int):
    rng = random.Random(seed)
    text = rng.choice(PARAGRAPHS)
    history: list[str] = []
    for _ in range(steps):
        new = _edit(rng, text, history)
        history.append(text)
        yield text, new
        text = new


@pytest.fixture(scope="module")
def reader() -> Proofreader:
    return Proofreader.build(ProofSettings(), names=["Ann Smith"]).with_story(PARAGRAPHS)


def _spelled(issues: list[Issue]) -> list[tuple]:
    return [(i.start, i.end, i.code, i.word, i.message, i.suggestion) for i in issues]


def test_spelling_after_random_edits_equals_a_full_check(reader: Proofreader) -> None:
    vocabulary = reader.vocabulary
    before = None
    for old, new in _edits(seed=17, steps=1500):
        before = incremental.spell(old, vocabulary, before)
        after = incremental.spell(new, vocabulary, before)
        assert _spelled(after.issues) == _spelled(spelling.check_paragraph(new, vocabulary)), (
            old, new)  # fmt: skip
        assert after.words == spelling.tokens(new)
        before = after


def test_editor_recheck_after_random_edits_equals_check_paragraph(reader: Proofreader) -> None:
    """Spelling and house style together, as the highlighter underlines them; a misspelling's
    suggestion, left out while typing, is the full check's once asked for."""
    previous = None
    seen = set()
    for _old, new in _edits(seed=5, steps=1500):
        check = reader.recheck(new, previous)
        full = reader.check_paragraph(new)
        got = [reader.complete(i) for i in check.issues]
        assert got == full, new
        seen |= {i.rule for i in full}
        previous = check
    # The edits reached the kinds of finding this test is about.
    assert {"spelling", "unknown_name", "months-never-abbreviated", "title-spelled-out",
            "redundancy", "double-space", "said-after-quote"} <= seen  # fmt: skip


def test_typing_a_word_letter_by_letter_then_splitting_and_joining_it(reader: Proofreader) -> None:
    text = "The council met. "
    check = reader.recheck(text)
    for letter in "goverment":
        text += letter
        check = reader.recheck(text, check)
    assert [(i.word, reader.complete(i).suggestion) for i in check.issues] == [
        ("goverment", "government")
    ]
    split = "The council met. gover ment"  # a space typed inside the word
    check = reader.recheck(split, check)
    assert [i.word for i in check.issues] == [i.word for i in reader.check_paragraph(split)]
    assert "goverment" not in [i.word for i in check.issues]
    check = reader.recheck(text, check)  # the space deleted again: one misspelling
    assert [i.word for i in check.issues] == ["goverment"]


def test_a_sentence_ended_before_a_capital_changes_its_verdict(reader: Proofreader) -> None:
    """ "Vaskenburg" mid-sentence is an unknown name; starting a sentence it is a misspelling
    candidate like any word: the word after an edit is judged again."""
    text = "the ferry left Vaskenburg at dawn"
    check = reader.recheck(text)
    for new in ("the ferry left. Vaskenburg at dawn", "the ferry left Vaskenburg at dawn"):
        check = reader.recheck(new, check)
        assert check.issues == tuple(reader.check_paragraph(new))


def test_a_phrase_rule_spanning_words_is_found_when_its_last_word_is_typed(
    reader: Proofreader,
) -> None:
    text = "The building was completely destroye"
    check = reader.recheck(text)
    assert "redundancy" not in {i.rule for i in check.issues}
    check = reader.recheck(text + "d", check)
    assert [(i.rule, i.word) for i in check.issues if i.code == STYLE] == [
        ("redundancy", "completely destroyed")
    ]
    check = reader.recheck("The building was completely  destroyed", check)
    assert "redundancy" not in {i.rule for i in check.issues}  # two spaces: no longer the phrase


def test_a_rule_reading_past_a_full_stop_sees_the_next_sentence(reader: Proofreader) -> None:
    """ "Mar. 3" is one finding across what looks like a sentence end, and "Gov." before a name
    too: typing the date or the name after the full stop brings it."""
    check = reader.recheck("They met on Mar. ")
    assert "months-never-abbreviated" not in {i.rule for i in check.issues}
    check = reader.recheck("They met on Mar. 3", check)
    assert "months-never-abbreviated" in {i.rule for i in check.issues}
    check = reader.recheck("They met Gov. ", check)
    assert "title-spelled-out" not in {i.rule for i in check.issues}
    check = reader.recheck("They met Gov. Smith", check)
    assert "title-spelled-out" in {i.rule for i in check.issues}


def _whole(text: str, rules: list[Rule]) -> list[Issue]:
    """House style the plain way: every rule searched over the whole paragraph."""
    issues, seen, quotes = [], set(), style.quoted_spans(text)
    for rule in rules:
        if not rule.enabled:
            continue
        for match in rule.compiled().finditer(text):
            start, end = match.span(rule.group)
            if end <= start or (rule.outside_quotes and any(a < start < b for a, b in quotes)):
                continue
            if rule.not_at_sentence_start and style._starts_sentence(text, start):
                continue
            if rule.not_after and rule.compiled_not_after().search(text, max(0, start - 40), start):
                continue
            if (start, end) in seen:
                continue
            seen.add((start, end))
            issues.append((start, end, rule.id, match.group(rule.group)))
    return sorted(issues)


def test_house_style_sentence_by_sentence_equals_whole_paragraph_search() -> None:
    """Rules of the desk's own making too: a phrase across a full stop, a lookbehind over it."""
    rules = [
        *ProofSettings().effective_rules(),
        Rule(id="fyi", pattern=r"\bnote\. Also\b", message="x"),
        Rule(id="st-louis", pattern=r"\bSt\. Louis\b", message="x"),  # "st. l" spans the stop
        Rule(id="after-stop", pattern=r"(?<=\.)\s+Then\b", message="x"),
        Rule(id="dots", pattern=r"\w+\.\.\.", message="x"),
        Rule(id="any", pattern=r"met.{0,8}officials", message="x"),
    ]
    local = {
        r.id
        for r in rules
        if locality.lookbehind(r.compiled().pattern, r.compiled().flags) is not None
    }
    assert {"redundancy", "after-stop", "dots"} <= local
    assert not {"fyi", "st-louis", "any", "months-never-abbreviated"} & local
    seen = set()
    for _old, new in _edits(seed=11, steps=1500):
        got = [(i.start, i.end, i.rule, i.word) for i in style.check_paragraph(new, rules)]
        assert got == _whole(new, rules), new
        seen |= {rule for _s, _e, rule, _w in got}
    assert {"st-louis", "after-stop", "dots", "months-never-abbreviated"} <= seen


@pytest.mark.parametrize(
    ("pattern", "local"),
    [
        (r"\bper cent\b", True),
        (r"Calif\.(?!\w)", True),
        (r"U\.S\b", True),
        (r"\d\.\d", True),
        (r"Mar\.(?=\s+\d)", False),  # reads on past the full stop
        (r"\w+\.\s+\w+", False),
        (r"(?<=\. )The", False),  # reads back over a full stop and a space
        (r"^The", False),
        (r"(?a)Calif\.\S", False),  # ASCII \S matches a no-break space
    ],
)
def test_which_rules_can_be_checked_one_sentence_at_a_time(pattern: str, local: bool) -> None:
    assert (locality.lookbehind(pattern, re.IGNORECASE) is not None) is local
