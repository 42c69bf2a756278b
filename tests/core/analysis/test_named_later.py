"""Speakers named only after their quote (named_later.py): a story opening on a quote and a
pronoun, the person named in the next sentence."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "“I never thought I’d see this day,” he said. Tom Vell, 45, spent 20 years in "
            "prison for a crime he did not commit.",
            ["Tom Vell"],
        ),
        (
            "“I never thought I’d see this day,” she said. “Not once.”\n\n"
            "Ana Ruiz, 61, waited two decades for her son’s release.",
            ["Ana Ruiz", "Ana Ruiz"],
        ),
        # a quote split around its tag: the second half ends its sentence inside the marks
        (
            "“We won,” she said, “but barely.” Coach Dana Fry looked tired after the game.",
            ["Dana Fry", "Dana Fry"],
        ),
        (
            "“It was close,” he said, “too close.”\n\nTom Vell, 31, coaches the under-12s.",
            ["Tom Vell", "Tom Vell"],
        ),
    ],
)
def test_a_pronoun_before_the_name_it_stands_for(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "pronoun"),
    [
        # someone else in the same sentence: the pronoun is not theirs
        ("“I never thought I’d see this day,” he said of Tom Vell’s release.", "he"),
        # the name the next sentence opens with is of the other gender
        (
            "“I never thought I’d see this day,” she said. Tom Vell, 45, spent 20 years in prison.",
            "she",
        ),
        # the next sentence opens on someone else
        ("“It was a long road,” he said. Police said Tom Vell, 45, was released.", "he"),
    ],
)
def test_no_name_after_is_guessed_past_another_reading(text: str, pronoun: str) -> None:
    # the quote stays, with its pronoun unresolved rather than guessed
    assert _speakers(text) == [pronoun]


def test_a_bare_surname_takes_the_full_name_given_later() -> None:
    text = (
        '"We will see about the injuries," Harlan said. "You need your bench."\n\n'
        "Harlan says Vance must practise first.\n\n"
        'The problem, Rovers coach Dave Harlan said after the game, was "something with his '
        'shoulder."\n'
    )
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers == ["Dave Harlan"] * 3


def test_a_bare_surname_two_full_names_share_stays_as_written() -> None:
    text = (
        '"We will see," Harlan said.\n\n'
        'Coach Dave Harlan said: "The bench matters."\n\n'
        'His sister Ena Harlan said: "He never sleeps."\n'
    )
    assert _speakers(text)[:1] == ["Harlan"]


def test_an_organisation_is_not_given_a_longer_organisation_name() -> None:
    text = (
        '"Results were strong," Reuters said in a statement.\n\n'
        'Thomson Reuters said: "The deal is on track."\n'
    )
    assert _speakers(text)[:1] == ["Reuters"]


def test_a_place_is_no_full_name_for_a_surname() -> None:
    # "Thames Harbour" was read as a place: "Harbour" keeps its own reading
    text = "“We will win,” Harbour said. Thames Harbour said: “We lost.”"
    assert analyze(text).quotes[0].speaker == "Harbour"


def test_a_generation_suffix_does_not_hide_the_surname() -> None:
    text = "“We will win,” Harlan said.\n\nCoach Dave Harlan Jr. said the team was “ready.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Dave Harlan Jr.", "Dave Harlan Jr."]


_LATER = "\n\nJudge Maura Fenwick made the remarks at Tralee District Court on Monday."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a delayed-identification lede, in capitals as tabloids set it and in plain case
        (
            "A JUDGE has described as “deeply troubling” claims that a driver was waved "
            "through the checkpoint." + _LATER,
            "Maura Fenwick",
        ),
        (
            "A judge has described as “deeply troubling” claims that a driver was waved "
            "through the checkpoint." + _LATER,
            "Maura Fenwick",
        ),
        # near misses: "a judge" further down the story is anyone; a bare "the officer"
        # does not become a judge; no later person with that title
        (
            "The hearing at Tralee lasted two days and drew a large crowd from the town.\n\n"
            "A judge has described as “deeply troubling” claims that a driver was waved "
            "through the checkpoint." + _LATER,
            "A judge",
        ),
        (
            "A JUDGE has described as “deeply troubling” claims that a driver was waved "
            "through the checkpoint.\n\nThe judge made the remarks at Tralee on Monday.",
            "JUDGE",
        ),
        (
            "A GARDA has described as “deeply troubling” claims that a driver was waved "
            "through the checkpoint." + _LATER,
            "GARDA",
        ),
    ],
)
def test_indefinite_lede_role_takes_the_titled_name_given_later(text: str, speaker: str) -> None:
    assert _speakers(text)[0] == speaker


def test_the_person_a_story_opens_on_named_with_an_age_next() -> None:
    """Delayed identification: the lead's "A LOCAL resident" is the person the next
    paragraph opens on with an age."""
    text = (
        "A LOCAL resident who scooped £4million says he has “never been happier”.\n\n"
        "Former bin man Ned Pollard, 63, bought the village pub last spring."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ned Pollard"
    assert "named with an age next" in (quote.speaker_reason or "")


@pytest.mark.parametrize(
    "second",
    [
        # an official commenting carries no age: someone else
        "Chief Inspector Ana Ruiz said the officer was “doing well.”",
        # a name with no age opening the paragraph may be anyone
        "Ana Ruiz, the force's spokeswoman, said he was in hospital.",
    ],
)
def test_a_name_with_no_age_after_the_lead_is_someone_else(second: str) -> None:
    text = f"A police officer who was hurt on Monday says he is “recovering well”.\n\n{second}"
    assert analyze(text).quotes[0].speaker == "a police officer"


@pytest.mark.parametrize(
    "second",
    [
        # acted upon: the conman, not the pensioner
        "Tom Vell, 45, was jailed on Friday for the fraud.",
        # counted among others
        "Ana Ruiz, 81, was one of six people he targeted.",
        # acting, but "she" in the lead and a man's first name
        "Tom Vell, 45, pleaded guilty on Friday.",
    ],
)
def test_an_aged_name_that_is_not_the_lead_person(second: str) -> None:
    text = f"A pensioner who lost £5,000 to a conman says she is “heartbroken”.\n\n{second}"
    assert analyze(text).quotes[0].speaker == "A pensioner"


def test_only_the_opening_paragraph_is_renamed() -> None:
    text = (
        "A LOCAL resident who scooped £4million says he has “never been happier”.\n\n"
        "Former bin man Ned Pollard, 63, bought the village pub last spring.\n\n"
        "Across town, a local resident said the queue was “ridiculous”."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Ned Pollard", "a local resident"]


@pytest.mark.parametrize("role", ["Judge", "Governor", "Sheriff"])
def test_a_headlines_bare_role_is_the_person_given_it_later(role: str) -> None:
    """ "Judge tells Lydiate his raids were 'cruel'": "Judge" was a person called Judge."""
    text = (
        f"{role} tells Craig Lydiate his raids were ‘cold, patient and cruel’\n\n"
        "By Hana Prowse\n\n"
        f"Craig Lydiate, 41, was jailed on Wednesday. {role} Miriam Falk said he had chosen "
        "his victims with care."
    )
    quote = next(q for q in analyze(text).quotes if "patient" in q.text)
    assert quote.speaker == "Miriam Falk"
