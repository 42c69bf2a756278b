"""Speakers an editor would correct whatever the copy, fixed locally: opening phrases that stack
before the subject ("Once, when the aide arrived, Ruiz nodded and said ...") do not hide the
subject, and no-break spaces pasted from the web ("it\u00a0attacked") read as spaces.
Invented copy in three house styles (curly double marks, straight double marks, British single
marks), checked the way test_general_copy.py checks the main cases."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.prepositions import skip_intro
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    Case(
        "stacked-intro-curly",
        "Once, when her editor mentioned the deadline on the phone, Rhea Lind laughed and said, "
        "“I have never missed one.”",
        {"I have never missed": "Rhea Lind"},
    ),
    Case(
        "stacked-intro-straight",
        "On Monday, after the council had voted, the harbour master Piet Olsen sighed and "
        'told reporters: "We will have to start again."',
        {"We will have to start": "Piet Olsen"},
    ),
    Case(
        "stacked-intro-single",
        "Later that night, while the crowd was leaving, the manager, Kath Dorey, smiled and "
        "said: ‘That was the best we have played all season.’",
        {"That was the best": "Kath Dorey"},
    ),
    Case(
        "stacked-intro-first-person",
        "Once, when my grandmother mentioned the flood while we were driving, I laughed and "
        "said, “It was only a bit of rain.” She did not speak to me for a day.",
        {"It was only a bit of rain": "I"},
    ),
    # -- no-break spaces from pasted web copy: the words around them still read -------------
    Case(
        "nbsp-participle-curly",
        "The Harbour Gazette ran its verdict on Sunday. Meanwhile, it\u00a0attacked Ruiz, "
        "saying she “had misled the ferry crews for a year.”",
        {"had misled the ferry crews": "Harbour Gazette"},
    ),
    Case(
        "nbsp-participle-straight",
        "The Valley Courier printed its endorsement late. Then it\u00a0criticised Ekberg, "
        'saying he "never answered a single letter."',
        {"never answered a single letter": "Valley Courier"},
    ),
    Case(
        "nbsp-participle-single",
        "The Northern Echo-Post gave its view on Friday. Later it\u00a0condemned Dorey, "
        "saying she had ‘walked away from the club’.",
        {"walked away from the club": "Northern Echo-Post"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_speaker_local_fix(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_skip_intro_stops_at_the_main_clause() -> None:
    text = "Once, when the aide arrived, Ruiz spoke."
    assert text[skip_intro(text, 0, len(text)) :].strip() == "Ruiz spoke."
    # a main clause that opens with a name is not skipped
    plain = "Ruiz, the mayor, spoke at noon."
    assert skip_intro(plain, 0, len(plain)) == 0


def test_a_no_break_space_stays_in_the_quote_but_not_in_the_speaker() -> None:
    text = "“We will not sign,” said union leader Tomas\u00a0Ekberg. “Not\u00a0today.”"
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["Tomas Ekberg", "Tomas Ekberg"]
    # the quote is the copy as written, offsets and all
    assert quotes[1].text == "Not\u00a0today."
    assert text[quotes[1].start : quotes[1].end] == quotes[1].text
