"""Whether the words in marks are the sentence subject's own (own_words.py): someone named or
definite acting in the active voice keeps them, as does an intensified judgement and what
someone "calls" a thing; people in general naming a thing, a passive subject and an "it" that
names no one do not."""

from __future__ import annotations

import pytest

from app.core.analysis.attribution_rules import BEFORE_FAR, SUBJECT
from app.core.analysis.engine import analyze
from app.core.analysis.speech import not_speech
from tests.core.analysis.passage_ties import local_tie, span_of


def _quotes(text: str) -> dict[str, str | None]:
    """Each quote the engine keeps, by its words (stops and commas dropped), with its speaker."""
    return {q.text.strip(" ,."): q.speaker for q in analyze(text).quotes}


def _quoted(text: str) -> list[tuple[str, str | None]]:
    return [(q["text"], q["speaker"]) for q in analyze(text).to_json()["quotes"]]


def test_people_in_general_naming_a_thing_is_a_term() -> None:
    text = "Doctors call the condition “broken heart syndrome.”"
    start, end = span_of(text, "broken heart syndrome.")
    assert not_speech(text, start, end, local_tie(BEFORE_FAR, "Doctors", text, "call"))


def test_a_few_words_with_no_verb_of_saying_and_no_one_acting_are_scare_quotes() -> None:
    text = "Teachers were given a “reward” of an extra day’s training."
    start, end = span_of(text, "reward")
    assert not_speech(text, start, end, local_tie(SUBJECT, "Teachers", text))
    text = "Reid has been pounding Trump as a “con artist” for weeks."
    start, end = span_of(text, "con artist")
    assert not not_speech(text, start, end, local_tie(SUBJECT, "Reid", text))
    text = "Ruiz took a “break” from politics."
    start, end = span_of(text, "break")
    assert not_speech(text, start, end, local_tie(SUBJECT, "Ruiz", text))


def test_an_intensified_judgement_before_a_noun_is_the_sayers() -> None:
    quotes = _quotes('Officials at the museum said this was an "utterly dismal" week for staff.')
    assert quotes == {"utterly dismal": "Officials at the museum"}
    quotes = _quotes('Teachers at the school said it had been a "deeply unsettling" term.')
    assert "deeply unsettling" in quotes
    assert "phase one" not in _quotes('Negotiators say a "phase one" deal is close.')


def test_each_thing_in_what_they_call_is_their_word() -> None:
    text = (
        "The agency filed suit on Monday to end what state auditors call "
        '"reckless" spending and "wasteful" contracts at two depots.'
    )
    assert _quotes(text) == {"reckless": "auditors", "wasteful": "auditors"}
    text = 'Doctors call the condition "broken heart syndrome" in their notes.'
    assert _quotes(text) == {}


def test_one_word_a_sayer_uses_on_a_noun_stays_theirs_past_a_passive_in_their_clause() -> None:
    text = (
        "Ana Ruiz warned that the storm damage should not be used as a reason to cut "
        "“hard-won” pensions."
    )
    assert _quoted(text) == [("hard-won", "Ana Ruiz")]
    text = (
        "Tomas Brek argued that the new levy must not be spent on “vanity” projects in the "
        "city centre."
    )
    assert _quoted(text) == [("vanity", "Tomas Brek")]


def test_a_passive_subject_still_gets_no_modifier() -> None:
    text = "Ana Ruiz was told the river path was a “scenic” route."
    assert _quoted(text) == []


@pytest.mark.parametrize("pronoun", ["He", "She"])
def test_a_person_pronoun_before_was_is_no_expletive(pronoun: str) -> None:
    # "She was “quietly confident” about ...": a person's own state, in their words, is speech;
    # only an "it" before "was" can be an expletive that names no one
    text = (
        "Skipper Tomas Reyes brought the lifeboat home before the storm broke.\n\n"
        f"{pronoun} was “quietly confident” about the repairs the crew would finish by spring."
    )
    if pronoun == "She":
        text = text.replace("Tomas", "Maria")
    (quote,) = analyze(text).quotes
    assert quote.text == "quietly confident"
    assert quote.speaker == ("Tomas Reyes" if pronoun == "He" else "Maria Reyes")


def test_a_person_pronoun_before_a_passive_keeps_the_quote_out() -> None:
    # near miss: "He was “let go” by the board": the quoted verb is done to him, nobody's words
    text = (
        "Coach Daniel Orme left the club on Friday.\n\n"
        "He was “let go” by the board after a poor season."
    )
    assert not analyze(text).quotes


@pytest.mark.parametrize("verdict", ["promising but early", "costly but necessary"])
def test_a_verdict_weighed_is_a_quote_not_a_name(verdict: str) -> None:
    """ "Outside experts call it “promising but early.”": people in general naming a thing was
    read, and the verdict lost as a term; "Doctors call it “broken heart syndrome”" stays one."""
    text = f"The ring flagged attacks early. Outside experts call it “{verdict}.”"
    assert [q.text.rstrip(".") for q in analyze(text).quotes] == [verdict]
    named = "The ring flagged attacks early. Doctors call it “broken heart syndrome.”"
    assert not analyze(named).quotes
