"""General speaker-choice policy on invented copy in several house styles: a "he" or "she" after
a sentence means that sentence's subject, not a person named in its clauses."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    # -- the last sentence's subject, however many people its clauses name ------------------
    Case(
        "subject-before-sport",
        "Ross Farquhar, the Kelvin manager, stood on the touchline.\n\nFarquhar had no "
        "complaints about the result but was angry about the opener, which came after Kelvin "
        "appealed in vain for a foul by Sam Kerr on Stefan Orlić.\n\n“The referee has given "
        "nothing,” he said.",
        {"given nothing": "Ross Farquhar"},
    ),
    Case(
        "subject-before-court",
        "Judge Helen Marr rejected the application after hearing that the defendant, Karen "
        "Bell, had written to the victim’s sister, Lucy Ames, twice since her arrest.\n\n“This "
        "court will not tolerate it,” she said.",
        {"will not tolerate": "Helen Marr"},
    ),
    Case(
        "subject-before-business",
        "Nadia Voss defended the closure on a call in which analysts from Pembury, led by Clara "
        "Moss, pressed her on a report by the consultant Eva Lind.\n\n“It was not an easy "
        "call,” she said.",
        {"not an easy call": "Nadia Voss"},
    ),
    Case(
        "subject-before-a-newer-subject-wins",
        "Judge Helen Marr adjourned the case.\n\nLucy Ames, the victim’s sister, wept as the "
        "decision was read out to the court.\n\n“I just want it over,” she said.",
        {"want it over": "Lucy Ames"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_speaker_policy(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_the_reason_names_the_subject_rule() -> None:
    (quote,) = analyze(CASES[1].text).quotes
    assert quote.speaker_reason.startswith(
        "she → Helen Marr: subject of the sentence before, gender agrees (first name)"
    )
