"""Speakers an editor would correct whatever the copy, fixed locally: opening phrases that stack
before the subject ("Once, when the aide arrived, Ruiz nodded and said ...") do not hide the
subject. Invented copy in three house styles (curly double marks, straight double marks,
British single marks), checked the way test_general_copy.py checks the main cases."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.sentences import skip_intro
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
