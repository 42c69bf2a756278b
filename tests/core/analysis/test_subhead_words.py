"""A subhead's quoted words do not take the same words away from a named sayer below: a
sub-editor lifts a subhead from a quote in the story ("‘Smoke and mirrors’" over "Tom Vell said the
toll review was “smoke and mirrors”"), so the story's passage is still the sayer's. A
term met in a heading stays a term where no named person says it."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text).quotes]


def test_a_subhead_lifted_from_a_named_sayers_words_leaves_them_a_quote() -> None:
    text = (
        "The bridge company will raise its tolls in March after a review it paid for itself.\n\n"
        "‘Smoke and mirrors’\n\n"
        "Tom Vell, who drives a delivery van over the bridge twice a day, said the review was "
        "little more than “smoke and mirrors” dressed up as consultation.\n"
    )
    assert _quotes(text) == [("smoke and mirrors", "Tom Vell")]


def test_a_headline_lifted_from_a_named_sayers_words_leaves_them_a_quote() -> None:
    text = (
        "‘Paper harbour’: Port plans gather dust\n\n"
        "The fishermen's co-operative secretary Rayna Holt complained that years of plans with "
        "no dredging had left the town with a “paper harbour”.\n"
    )
    assert _quotes(text) == [("paper harbour", "Rayna Holt")]


def test_a_term_in_the_headline_stays_a_term_when_no_named_person_says_it() -> None:
    text = (
        "Driver shot at taxi stand; police seek ‘person of interest’\n\n"
        "She said detectives wanted to speak to a man whom the police are treating as a "
        "“person of interest”.\n"
    )
    assert _quotes(text) == []
