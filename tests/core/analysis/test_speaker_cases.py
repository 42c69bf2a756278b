"""Speakers an editor would name on invented copy (copy_cases.Case): an organisation named by one
word and then called "the charity", a described person ("the 58-year-old retired teacher") who is
the person just introduced, a title before a name kept apart from the name."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    Case(
        "org-one-word-then-role",
        "Oxfam said the report was “damning.” The charity added: “Governments must act now.”",
        {"damning": "Oxfam", "Governments must": "Oxfam"},
    ),
    Case(
        "named-surname-described-not-an-org",
        "Kerr, a former nurse, said the ward was “chaotic.” The company added: “We are "
        "investigating the complaint.”",
        {"chaotic": "Kerr", "We are investigating": "The company"},
    ),
    Case(
        "org-one-word-surname-of-someone",
        "Maya Brent and her brother run the farm. Brent said the harvest was “the worst in "
        "years.” The company added: “Prices will rise.”",
        {"the worst": "Maya Brent", "Prices will rise": "The company"},
    ),
    Case(
        "named-described-by-age",
        "Gina Wells is not convinced by the new bins. “It’s a gimmick,” says the 58-year-old "
        "retired teacher.",
        {"gimmick": "Gina Wells"},
    ),
    Case(
        "named-described-by-age-gender",
        "Tom Reed met Gina Wells at the market. “It’s a gimmick,” says the 58-year-old mother "
        "of two.",
        {"gimmick": "Gina Wells"},
    ),
    Case(
        "pronoun-person-with-org-word-surname",
        "The report by Westbay Council found the roads unsafe. Council leader Amy Fox defended "
        "the record.\n\n“We have spent more than ever,” she said.",
        {"We have spent": "Amy Fox"},
    ),
    Case(
        "named-owner-of-a-description",
        "Dan Bloom, Eve Hart’s lawyer, said she would appeal. “I have done nothing wrong,” Hart "
        "told reporters.",
        {"nothing wrong": "Eve Hart"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_speaker(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_the_owner_of_a_description_is_not_the_next_he() -> None:
    (quote,) = analyze(
        "Tom Reed’s lawyer said the charge was false. “My client is innocent,” he said."
    ).quotes
    assert quote.speaker != "Tom Reed"
