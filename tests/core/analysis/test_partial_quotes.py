"""Short partial quotes that are someone's words even with no "said" next to them (a verdict
"ruled" or "announced", a predicate quoted after its pronoun subject, a note a person issued,
words quoted after someone's quote in the same paragraph), and a speaker described by role
first and named further down.
Invented copy (copy_cases.Case), checked the way test_general_copy.py checks the main cases."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    # -- verbs of saying in forms the tag list lacked: "ruled", "announcing", "stating" --------
    Case(
        "speech-ruled",
        "The tribunal ruled that the dismissal was “unfair,” ordering the club to pay "
        "compensation.",
        {"unfair": "The tribunal"},
    ),
    Case(
        "speech-announcing",
        "After a month of checks, the fact-checking site published its verdict, announcing "
        "that the minister’s figure was “accurate.”",
        {"accurate": "the fact-checking site"},
    ),
    Case(
        "speech-stating",
        "The museum’s board ended the exhibition early, stating that the loaned paintings had "
        "been “poorly stored” for months.",
        {"poorly stored": "The museum’s board"},
    ),
    Case(
        "speech-concluding",
        "Inspectors closed the kitchen on Tuesday, concluding that its fridges were “not fit "
        "for purpose.”",
        {"not fit": "Inspectors"},
    ),
    # -- a quoted predicate after its pronoun subject is not an adjective before a noun ------
    Case(
        "speech-pronoun-predicate",
        "Prosecutors say the brothers ran the charity for a decade and that they “routinely "
        "diverted” donations to a holiday home.",
        {"routinely diverted": "Prosecutors"},
    ),
    Case(
        "scare-adjective-before-noun",
        "The hotel reopened in June and now advertises its “newly renovated” rooms to families.",
        {},
        ("newly renovated",),
    ),
    # -- a note, notice or message someone issued speaks for them -----------------------------
    Case(
        "org-issued-note",
        "The panel’s chair, Rosa Vint, issued a short note stating that the bid had been "
        "“withdrawn.”",
        {"withdrawn": "Rosa Vint"},
    ),
    Case(
        "org-issued-notice",
        "Marlow Housing Trust sent a notice to tenants on Friday. “Repairs to the roofs will "
        "start in May,” the notice said.",
        {"Repairs to the roofs": "Marlow Housing Trust"},
    ),
    # -- a speaker described first and named further down, next to the same role -----------
    Case(
        "apposition-named-later",
        "The city’s new harbour master told a packed meeting that the ferry would “keep "
        "running.”\n\nLater that week, the city’s new harbour master, Olga Brandt, said the "
        "winter timetable was fixed.",
        {"keep running": "Olga Brandt"},
    ),
    Case(
        "apposition-named-later-with-place",
        "Brazil’s ambassador to Norway accused the press of “wild speculation.”\n\nBrazil’s "
        "ambassador to Norway Tiago Ramos has since apologised.",
        {"wild speculation": "Tiago Ramos"},
    ),
    Case(
        "unnamed-role-never-named",
        "The club’s new manager said the squad was “hungry.” The club’s new manager will be "
        "presented on Friday; Ana Silva, a fan, said she was pleased.",
        {"hungry": "The club’s new manager"},
    ),
    # -- words quoted with no tag after someone's quote in the same paragraph ---------------
    Case(
        "speech-same-paragraph",
        "“Since 2010 there has not been one good year for the regional papers,” says analyst "
        "Ken Doyle. That has meant “years of cuts in every newsroom.”",
        {"Since 2010": "Ken Doyle", "years of cuts": "Ken Doyle"},
    ),
    Case(
        "speech-same-paragraph-other-person",
        "“We have had no good year since 2010,” said Ken Doyle, an analyst. Sara Quist, who "
        "leads the union, has for years predicted “deeper cuts in every newsroom.”",
        {"no good year": "Ken Doyle", "deeper cuts": "Sara Quist"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_partial_quote(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []
