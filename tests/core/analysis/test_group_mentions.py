"""Groups of people the name and role scans miss (group_mentions.py): part of a group, one
of a group saying something, a group opened by a capitalised describing word, and the office
"No 10"."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.group_mentions import number_ten


def _speaker_of(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Along the route to the stadium, many chanted “Tomas, Tomas.”", "many"),
        ("“Shut it down,” others shouted from the back of the hall.", "others"),
        ("“This was our park first,” several said.", "several"),
        ("“We need a bigger boat,” one said.", "one"),
    ],
)
def test_some_of_a_crowd_saying_something_are_the_speakers(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


def test_many_not_before_a_verb_of_saying_is_no_speaker() -> None:
    text = "“It is over,” said Ruiz, one of many called to testify."
    assert _speaker_of(text) == "Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("He said Marta heard someone shout, “Get off the pitch now!”", "someone"),
        ('The coach said the players heard somebody cry, "The roof is coming down!"', "somebody"),
        ("Ruiz told the court that someone yelled “Close the gates!” twice.", "someone"),
    ],
)
def test_someone_heard_saying_the_words_is_the_speaker(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # someone spoken to, not speaking: the teller keeps the words
        ("Lena Park told someone at the door, “We are closed for the night.”", "Lena Park"),
        ("Okafor asked somebody for directions and said, “This town has no signs.”", "Okafor"),
    ],
)
def test_someone_not_saying_anything_is_no_speaker(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The reform was welcomed in some towns as a step forward, but condemned by others "
            "as a “betrayal of the coast’s fishermen.”",
            "others",
        ),
        ("The new stadium roof was hailed by some as “the finest in the north.”", "some"),
        ("The merger was dismissed by many as “a rescue dressed up as a deal.”", "many"),
    ],
)
def test_a_group_as_the_agent_of_a_passive_with_as_is_the_speaker(text: str, speaker: str) -> None:
    assert _speaker_of(text) == speaker


def test_by_others_without_as_is_no_speaker() -> None:
    text = "Ruiz, who was joined by others at the gate, said the ferry was “a floating ruin.”"
    assert _speaker_of(text) == "Ruiz"


ANOTHER_OF_THEM = {
    # the second voice of a vox pop or a thread, with the tag either way round
    "said-another": ("“It was terrifying,” Ana Ruiz said. “We dropped,” said another.", "another"),
    "added-others": ("“Go home,” a steward said. “Not yet,” added others.", "others"),
    "another-replied": ("“Shameful,” wrote a user. Another replied: “Calm down.”", "Another"),
    "another-asked": ("A nurse said it was fine. Another asked: “Who pays?”", "Another"),
}


@pytest.mark.parametrize(("text", "speaker"), ANOTHER_OF_THEM.values(), ids=ANOTHER_OF_THEM.keys())
def test_another_saying_something_is_the_second_voice(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes][-1] == speaker


ONE_OF_THEM = {
    # "said one." turned round is one of the group just named, and the quote is kept
    "said-one": ("Residents were unimpressed. “They always say that,” said one.", "one resident"),
    "said-one-aside": ("Nurses walked out. “We are exhausted,” said one, a mother.", "one nurse"),
    "one-then-another": (
        "Shoppers were unimpressed. “Too dear,” said one. “I come weekly,” said another.",
        "one shopper",
    ),
}


@pytest.mark.parametrize(("text", "speaker"), ONE_OF_THEM.values(), ids=ONE_OF_THEM.keys())
def test_said_one_is_one_of_the_group_named_before(text: str, speaker: str) -> None:
    assert analyze(text).quotes[0].speaker == speaker


def test_said_one_thing_is_a_count() -> None:
    text = "The minister said one thing. “We will act,” she said."
    assert [q.speaker for q in analyze(text).quotes] == ["the minister"]


def test_another_showing_something_says_nothing() -> None:
    text = "“It died,” one user wrote. Another posted a photo of the “Service due” screen."
    assert [q.speaker for q in analyze(text).quotes] == ["one user"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We have full confidence in the minister,” No 10 said.", "No 10"),
        ("“We will not negotiate in public,” Number 10 said on Monday.", "Number 10"),
        ("“We will read the report,” Number Ten said.", "Number Ten"),
        ("No 10 said the prime minister had “full confidence” in Tessa Marr.", "No 10"),
        # the office named, then "it": the office again
        ("Asked about the row, No 10 said it was over. It called the matter “closed.”", "No 10"),
        # a description with the office in it stays one
        ("A No 10 spokesman said: “The prime minister has been clear.”", "A No 10 spokesman"),
    ],
)
def test_no_10_names_the_prime_ministers_office(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_shirt_number_is_no_office() -> None:
    text = "Liam Varga, who wore the No 10 shirt for a decade, said he was “heartbroken.”"
    assert number_ten(text, text.index("No 10")) is None
    assert [q.speaker for q in analyze(text).quotes] == ["Liam Varga"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Somebody who saw the crash said it was “terrifying.”",
            "Somebody who saw the crash",
        ),
        (
            "Someone who lives nearby shouted, “Get out of the car!”",
            "Someone who lives nearby",
        ),
        ("Someone shouted, “Run!”", "Someone"),
        ("Somebody told police the van was “going too fast.”", "Somebody"),
    ],
)
def test_someone_opening_a_sentence_is_no_surname(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker
    assert "surname" not in (quote.speaker_reason or "")
