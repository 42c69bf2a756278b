"""The one a participle of saying belongs to (participles.py): "Ana Ruiz rejected the plan
calling it ...", "resigned saying ...", a message sent or received ("sent a text saying",
"got a letter saying"), and a participle after a tag ("..., the club said, calling ...")."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _quote_speaker(text: str) -> str | None:
    (quote,) = analyze(text).quotes
    return quote.speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz rejected the plan calling it a “reckless gamble with our money.”", "Ana Ruiz"),
        (
            "Tellco CEO J.K. Doe condemned the ruling calling the verdict an “attack on "
            "honest trade.”",
            "J.K. Doe",
        ),
        (
            "Piet Olsen welcomed the vote saying the town had made “the only sane choice.”",
            "Piet Olsen",
        ),
    ],
)
def test_a_participle_after_a_verb_and_its_object_is_the_subjects(text: str, speaker: str) -> None:
    assert _quote_speaker(text) == speaker


def test_a_person_before_a_participle_may_be_the_one_saying() -> None:
    # "praised the nurse saying she had been ...": the one praising says it, and "she" is the
    # nurse spoken about; the quote must not go unattributed nor to the nurse
    speaker = _quote_speaker("Ana Ruiz praised the nurse saying she had been “a rock for us.”")
    assert speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Reed took over a day after Ana Ruiz, co-chair of the club's ethics panel, resigned "
            "saying Reed deserved a “fresh start” at the club.",
            "Ana Ruiz",
        ),
        (
            "The vote came hours after Piet Olsen, the harbour master, quit saying the plan was "
            "“doomed from the start.”",
            "Piet Olsen",
        ),
        (
            "Tom Keane left the meeting early and later resigned saying he wanted a “fresh start.”",
            "Tom Keane",
        ),
    ],
)
def test_a_participle_shares_the_subject_of_the_verb_right_before_it(
    text: str, speaker: str
) -> None:
    assert _quote_speaker(text) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ivo Marsh sent his mother a text saying “The boat is in, all fine.”", "Ivo Marsh"),
        ("Dara Quinn left a voicemail saying “Ring me when you land.”", "Dara Quinn"),
        ("Dara Quinn gave a warning saying “Keep off the ice” on Sunday.", "Dara Quinn"),
        ("Dara Quinn wrote a letter to the board saying “I cannot stay on.”", "Dara Quinn"),
        ("The club put out a statement saying “We are shocked.”", "The club"),
    ],
)
def test_a_message_sent_says_its_senders_words(text: str, speaker: str) -> None:
    # "saying" after a message that was sent, left or put out: the sender's words, not the
    # message phrase's
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Taxes will rise, the Chancellor said, calling the budget “tough but fair.”",
         "the Chancellor"),
        ("Prices will rise, Ana Ruiz said, calling the budget “tough but fair.”", "Ana Ruiz"),
        ("Ivo Marsh will stay, the club said on Friday, describing him as “our rock.”",
         "the club"),
        ("Ana Ruiz spoke first. Rents will rise, she told reporters in Leeds, calling it"
         " “a scandal.”", "Ana Ruiz"),
        # no tag before the participle: the main clause's subject still calls it so
        ("The same day, Ana Ruiz criticised Marsh, calling him “reckless.”", "Ana Ruiz"),
    ],
)  # fmt: skip
def test_a_participle_after_a_tag_is_the_tags_speakers(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Marta Lind received a letter saying “your tenancy will end in March.”",
        "Omar Reyes got a text saying “the shift is cancelled.”",
        "Priya Shah, 34, got a call saying “your son is in hospital.”",
        "Ana Ruiz said she received a letter saying “your claim has been rejected.”",
        "Residents received a notice saying “the water will be off until Friday.”",
    ],
)
def test_a_message_received_is_not_its_receivers_words(text: str) -> None:
    # the sender's words, said to the one who received them: kept, with no speaker named
    (quote,) = analyze(text).quotes
    assert quote.speaker is None


def test_a_message_received_from_a_named_sender_is_the_senders() -> None:
    text = "The club received a letter from Halden Council saying “the lease will end.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Halden Council"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The bakery issued a statement saying “we are heartbroken by the fire.”", "The bakery"),
        ("On Monday, the restaurant posted a message saying “we will reopen soon.”",
         "the restaurant"),
        ("The van driver left a note saying “back in five minutes.”", "The van driver"),
    ],
)  # fmt: skip
def test_a_message_sent_by_a_phrase_no_list_holds_is_the_phrases(text: str, speaker: str) -> None:
    # the one who issued it speaks, not "a statement", though "bakery" is no organisation word
    assert [q.speaker for q in analyze(text).quotes] == [speaker]
