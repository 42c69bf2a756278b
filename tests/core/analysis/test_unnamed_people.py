"""Unnamed people the role scan reads short or misses: the noun an age describes, and a party
member or national written as a capitalised noun ("a Republican who was there")."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import MentionKind, find_mentions


def _speaker_of(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The 45-year-old millionaire shook hands with the jury, saying: “I owe you "
            "everything.”",
            "The 45-year-old millionaire",
        ),
        (
            "The 38-year-old tycoon smiled and said: “It was worth the wait.”",
            "The 38-year-old tycoon",
        ),
        (
            "Outside court the 71-year-old pensioner, who lives alone, said: “Justice was done.”",
            "the 71-year-old pensioner",
        ),
    ],
)
def test_a_noun_after_an_age_is_the_head_of_the_description(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The 45-year-old said: “I owe you everything.”",
        "The 45-year-old then smiled and said: “I owe you everything.”",
        "Asked about the verdict, the 45-year-old sobbed: “I owe you everything.”",
    ],
)
def test_an_age_before_a_verb_is_the_whole_description(text: str) -> None:
    assert (_speaker_of(text) or "").lower() == "the 45-year-old"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“It was plain bullying,” said a Democrat who attended but asked not to be named.",
            "a Democrat",
        ),
        ("“Nobody told us anything,” said one Conservative.", "one Conservative"),
        (
            "An Australian at the harbour said: “The boats just vanished.”",
            "An Australian at the harbour",
        ),
    ],
)
def test_a_party_member_or_national_as_a_noun_is_an_unnamed_speaker(
    text: str, speaker: str
) -> None:
    assert _speaker_of(text) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "A Republican plan would cut the levy, Ana Ruiz said.",
        "The Democrat leader spoke first.",
        "Republican Ana Ruiz spoke first.",
    ],
)
def test_a_member_word_before_a_noun_or_name_is_no_person_of_its_own(text: str) -> None:
    texts = [m.text for m in find_mentions(text) if m.kind is MentionKind.NOMINAL]
    assert not any(t.lower() in ("a republican", "the democrat", "republican") for t in texts)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“Nothing moves this week,” Orla Finch, undersecretary of state for trade, said.",
            "Orla Finch",
        ),
        (
            "“The budget holds,” Piet Vossen, under-secretary for health, said on Monday.",
            "Piet Vossen",
        ),
        ("“We wait,” Ilse Marr, undersheriff of the county, told reporters.", "Ilse Marr"),
    ],
)
def test_a_role_written_solid_with_under_describes_the_name(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


def test_under_glued_to_a_word_that_is_no_role_opens_no_description() -> None:
    # "understood the risk" is a clause between commas, not who Orla Finch is
    text = "“Nothing moves this week,” Orla Finch, understood the risk, said Ivo Brandt."
    assert _speaker_of(text) == "Ivo Brandt"
