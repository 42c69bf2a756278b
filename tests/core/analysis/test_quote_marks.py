"""Quotation-mark pairing (quote_marks.py): every style, nesting, multi-paragraph quotes,
strays, apostrophes, inch signs and primes."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.quote_marks import uses_double_marks
from app.core.analysis.quotes import scan_block


def texts(text: str) -> list[str]:
    return [q.text for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("“The bridge stays shut,” the engineer said.", "The bridge stays shut,"),
        ('"The bridge stays shut," the engineer said.', "The bridge stays shut,"),
        ("« The bridge stays shut », the engineer said.", " The bridge stays shut "),
        ("„The bridge stays shut“, the engineer said.", "The bridge stays shut"),
        ("``The bridge stays shut,'' the engineer said.", "The bridge stays shut,"),
        ("''The bridge stays shut,'' the engineer said.", "The bridge stays shut,"),
        ("‘The bridge stays shut,’ the engineer said.", "The bridge stays shut,"),
    ],
)
def test_every_mark_style(text: str, quoted: str) -> None:
    spans = analyze(text).quotes
    assert len(spans) == 1
    q = spans[0]
    assert text[q.start : q.end] == q.text
    assert q.text.strip() == quoted.strip()


def test_mixed_and_misdirected_marks_still_pair() -> None:
    # A curly opener closed by a straight mark, and a closing glyph typed as an opener.
    text = 'There was “no clear sign" of damage, she said.\n\n”We will rebuild,” she added.'
    assert texts(text) == ["no clear sign", "We will rebuild,"]


def test_nested_quote_stays_inside_the_outer_one() -> None:
    text = "“He told me, ‘Go home now,’ and I did,” Lopez said."
    assert texts(text) == ["He told me, ‘Go home now,’ and I did,"]


def test_nested_double_marks_of_another_style() -> None:
    text = '"The form asked: “Do you feel safe?” Most said yes," the researcher said.'
    assert texts(text) == ["The form asked: “Do you feel safe?” Most said yes,"]


@pytest.mark.parametrize(
    "text",
    [
        "“I told them, ‘You can’t say “never” to a voter,’ and they listened,” said Ana Ruiz.",
        '"I told them, \'You can\'t say "never" to a voter,\' and they listened," said Ana Ruiz.',
        "“She wrote ‘the word “done” in red,’ ” Ruiz said.",
    ],
)
def test_third_level_nesting_in_the_outer_style(text: str) -> None:
    # Double, single, double: the innermost opener is nested, not the sign of a missing close.
    result = analyze(text)
    assert [q.text.split(",")[0] for q in result.quotes] in (
        ["I told them"],
        ["She wrote ‘the word “done” in red"],
    )
    assert not any(f.code == "unbalanced_quotes" for f in result.findings)


def test_a_same_style_opener_outside_a_single_quote_is_still_a_stray() -> None:
    # The single quote is closed ("‘no’"), or is an elision ("the ‘90s"): the first opener is stray.
    for text in (
        "“He said ‘no’ and “then we lost,” Ruiz said.",
        "“In the ‘90s we won. “Then we lost,” he said.",
    ):
        result = analyze(text)
        assert [q.text for q in result.quotes][-1].lower() == "then we lost,"
        assert any(f.code == "unbalanced_quotes" and f.start == 0 for f in result.findings)


def test_multi_paragraph_quote_is_one_quote() -> None:
    text = (
        "The mayor read a statement.\n\n"
        "“We lost three homes on Elm Street last night.\n\n"
        "“Nobody was hurt, and the shelters are open,” she said."
    )
    quotes = analyze(text).quotes
    assert len(quotes) == 1
    q = quotes[0]
    assert q.text.startswith("We lost three homes") and q.text.endswith("are open,")
    assert "\n\n“Nobody" in q.text
    assert q.speaker == "she" or q.speaker_mention == "she"


def test_stray_mark_spoils_only_its_own_paragraph() -> None:
    text = (
        "The clerk wrote “this never closes, and the rest of the line runs on.\n\n"
        "Ines Costa, the librarian, said: “We open at nine.”\n\n"
        "“The roof is fixed,” Costa added."
    )
    result = analyze(text)
    good = [q for q in result.quotes if q.speaker == "Ines Costa"]
    assert [q.text for q in good] == ["We open at nine.", "The roof is fixed,"]
    stray = text.index("“this")
    assert any(f.code == "unbalanced_quotes" and f.start == stray for f in result.findings)
    doubtful = [q for q in result.quotes if q.start == stray + 1]
    assert doubtful and doubtful[0].confidence < 0.5


def test_single_marks_are_primary_when_the_text_quotes_with_them() -> None:
    assert not uses_double_marks("‘We are ready,’ she said.")
    assert texts("It isn’t the voters’ fault, ‘we are ready,’ she said.") == ["we are ready,"]


def test_apostrophes_are_not_quotes() -> None:
    assert texts("Don’t blame O’Neill for the ’90s, the Joneses’ lawyer said.") == []


@pytest.mark.parametrize(
    ("block", "quoted"),
    [
        # a plural's apostrophe inside a single-quoted quote, straight and curly
        ("'The fans' support was incredible,' Ortiz said.", ["The fans' support was incredible,"]),
        ("‘We trust the players’ view,’ said the coach.", ["We trust the players’ view,"]),
        ("He called it 'the villagers' night', and left.", ["the villagers' night"]),
        # a close before a tag with its comma missing stays a close
        ("'Ask the fans' he said, 'not me.'", ["Ask the fans", "not me."]),
        # a possessive before a quote is no mark at all
        ("Ortiz said the players' 'heart' had won it.", ["heart"]),
    ],
)
def test_plural_apostrophes_in_single_marks(block: str, quoted: list[str]) -> None:
    spans = scan_block(block, double=False).spans
    assert [block[s.start : s.end] for s in spans] == quoted


@pytest.mark.parametrize(
    ("block", "quoted"),
    [
        # an inch sign inside a quote: the quote closes at the mark after it
        ('"It\'s a 65" TV," the salesman said, "and it\'s on sale."', ["It's a 65\" TV,"]),
        (
            '"We sold the 55" model for $400," the manager said.',
            ['We sold the 55" model for $400,'],
        ),
        # an inch sign before a quote: no mark, no stray
        ('The 6\'4" forward said the team was "ready for anything."', ["ready for anything."]),
        ('She bought a 12" single and called it "the best day ever."', ["the best day ever."]),
        # a quote that ends on a figure still closes there
        ('The fans gave it "a perfect 10" on Sunday.', ["a perfect 10"]),
    ],
)
def test_inch_signs_after_a_figure_are_no_quotation_marks(block: str, quoted: list[str]) -> None:
    found = scan_block(block)
    assert [block[s.start : s.end] for s in found.spans][: len(quoted)] == quoted
    assert not found.strays


def test_a_quote_after_a_height_keeps_its_speaker() -> None:
    quotes = analyze('The 6\'4" forward said the team was "ready for anything."').quotes
    assert [q.text for q in quotes] == ["ready for anything."]
    assert quotes[0].speaker is not None and "forward" in quotes[0].speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        # double primes typed (or scanned) for straight marks
        (
            "″We can fix the roof,″ said Ilse Varga, the mayor.",
            "We can fix the roof,",
            "Ilse Varga",
        ),
        ("Ilse Varga said the plan was ″a disaster″ for the town.", "a disaster", "Ilse Varga"),
        # ... while a prime after a figure is still an inch sign
        ("“It is a 65″ screen,” said Ilse Varga.", "It is a 65″ screen,", "Ilse Varga"),
    ],
)
def test_double_primes_for_marks(text: str, quoted: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in analyze(text).quotes] == [(quoted, speaker)]


def test_a_double_prime_after_a_figure_is_no_mark() -> None:
    assert analyze("The 6″ pipe burst on Monday, the utility said.").quotes == ()
    assert scan_block("The 6′2″ centre scored twice.").spans == ()


def test_an_opening_double_typed_as_a_single_pair() -> None:
    # "‘’" before a word opens a quote that a curly double mark closes
    text = "The minister, Ravi Menon, said, ‘’We reviewed the meals and the beds.” He left."
    assert texts(text) == ["We reviewed the meals and the beds."]


def test_an_empty_single_pair_is_no_quote() -> None:
    # near miss: "‘’" standing alone before a space opens nothing
    assert texts("The sign read ‘’ and nothing else, Ana Ruiz said.") == []
