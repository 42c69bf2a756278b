"""A subhead's quoted words do not take the same words away from a named sayer below: a
sub-editor lifts a subhead from a quote in the story ("‘Lies and deceit’" over "Tom Vell said the
hearings would be marred by “lies and deceit”"), so the story's passage is still the sayer's. A
term met in a heading stays a term where no named person says it."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text).quotes]


def test_a_subhead_lifted_from_a_named_sayers_words_leaves_them_a_quote() -> None:
    text = (
        "The harbour board will hold its inquiry in private, its chair said on Monday.\n\n"
        "‘Lies and deceit’\n\n"
        "Tom Vell, whose shop on the quay closed in May, said private hearings would be marred "
        "by “lies and deceit”.\n"
    )
    assert _quotes(text) == [("lies and deceit", "Tom Vell")]


def test_a_headline_lifted_from_a_named_sayers_words_leaves_them_a_quote() -> None:
    text = (
        "‘Zombie council’: Leaders criticised as reports go unanswered\n\n"
        "The party's deputy leader Rayna Holt warned that the churn of leaders is creating a "
        "“zombie council”.\n"
    )
    assert _quotes(text) == [("zombie council", "Rayna Holt")]


def test_a_term_in_the_headline_stays_a_term_when_no_named_person_says_it() -> None:
    text = (
        "Driver shot at taxi stand; police seek ‘person of interest’\n\n"
        "She said detectives wanted to speak to a man whom the police are treating as a "
        "“person of interest”.\n"
    )
    assert _quotes(text) == []
