"""The "I" of an answer in a Q&A is the person interviewed (qa_answers.py)."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from app.core.analysis.qa_answers import interviewee

_QA = (
    "Mara Linden runs the bakery on Elm Street. We spoke to her on Tuesday.\n\n"
    "Q: Why did you open here?\n\n"
    "A: My grandmother lived here. I told my father, “I’m opening a bakery.”\n\n"
    "Q: Any regrets?\n\n"
    "A: None. I said to my staff, “We will be open on Christmas,” and we were."
)


def test_i_in_an_answer_is_the_person_interviewed() -> None:
    quotes = analyze(_QA).quotes
    assert [q.speaker for q in quotes] == ["Mara Linden", "Mara Linden"]


def test_a_titled_interviewee_on_single_lines() -> None:
    text = (
        "Coach Owen Pratt spoke to The Ledger.\nQ: How was the week?\n"
        "A: Badly. I told the players, “Nobody is safe,” and I meant it."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Owen Pratt"


def test_someone_else_quoted_in_an_answer_keeps_their_words() -> None:
    text = (
        "Mara Linden runs the bakery. Her son, Tom Linden, works there.\n\n"
        "Q: What did Tom say?\n\nA: He said, “Mom, you’re crazy.” I said, “Maybe.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Linden", "Mara Linden"]


def test_no_qa_no_interviewee() -> None:
    # a reporter's own "I" in running copy, and a paragraph that merely opens with "A"
    text = "I asked the mayor about it. “Nothing will change,” I said."
    assert interviewee(text, text.index("I said")) is None
    text = "Q: Why?\n\nA spokesman said I was wrong."
    assert interviewee(text, text.index("I was")) is None
