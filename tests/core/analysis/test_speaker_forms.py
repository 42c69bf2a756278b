"""An unnamed speaker is written as the person, not where they were met: "a steward" for "a
steward at the away end", kept whole in the mention; on invented copy in several house styles
(wire, live blog, local paper, police brief)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.speaker_forms import short_description


def _quote(text: str, words: str):
    return next(q for q in analyze(text).quotes if words in q.text)


@pytest.mark.parametrize(
    ("text", "words", "speaker", "mention"),
    [
        (  # wire: tag after the quote
            "TORVIK, June 3 (Wire) - Shops stayed shut on Tuesday. “We have bread for one more "
            "day,” said a shopkeeper at the harbour.",
            "bread for one more day",
            "a shopkeeper",
            "a shopkeeper at the harbour",
        ),
        (  # live blog: present tense, the tag before the quote
            "16:05\nA driver at the terminal says: “The queue is over a mile long and nobody is "
            "moving.”",
            "over a mile long",
            "a driver",
            "A driver at the terminal",
        ),
    ],
)
def test_unnamed_speaker_is_the_person_not_the_place(
    text: str, words: str, speaker: str, mention: str
) -> None:
    q = _quote(text, words)
    assert q.speaker == speaker
    assert q.speaker_mention == mention
    # the reason names the written description and the short form it became
    assert f"{mention} → {speaker}" in q.speaker_reason


def test_a_pronoun_for_a_described_speaker_gets_the_short_form() -> None:
    # local paper: the description in one paragraph, "he said" in the next
    text = (
        "Police were called to Quay Street at 11pm. A worker at the chipshop said the two men "
        "had argued for an hour.\n\n“He just kept shouting,” he said. “Then the window went.”"
    )
    shouting, window = _quote(text, "kept shouting"), _quote(text, "window went")
    assert (shouting.speaker, shouting.speaker_mention) == ("a worker", "he")
    assert window.speaker == "a worker"
    assert "he → A worker at the chipshop" in shouting.speaker_reason


@pytest.mark.parametrize(
    "written",
    [
        "a spokeswoman for the harbour board",  # whom she speaks for
        "a member of the crew",  # whom he belongs to
        "one union source on the panel",
        "an accountant at the firm",  # the employer
        "a nurse at Kestrel General Hospital",  # a named employer
        "an analyst at Brightwater Capital",
        "Ana Ruiz",  # a name is no description
        "a series of videos",  # no person noun
    ],
)
def test_whom_the_speaker_belongs_to_stays(written: str) -> None:
    assert short_description(written) is None


def test_a_person_noun_inside_a_phrase_before_a_place_has_no_short_form() -> None:
    # Before, "a study by researchers" was given as the speaker.
    assert short_description("A study by researchers at Leeds") is None
    assert short_description("A letter from residents in Hale") is None
    assert short_description("A farmer in Hale") == "a farmer"
    text = "A study by researchers at Leeds found the drug was “safe and effective in adults.”"
    assert analyze(text).quotes[0].speaker == "A study by researchers at Leeds"


@pytest.mark.parametrize(
    ("written", "short"),
    [
        ("a neighbour who saw the fire", "a neighbour"),
        ("one Democrat who attended the meeting", "one Democrat"),
        # the "of" phrase is who they are
        ("a friend of the victim who was there", "a friend of the victim"),
    ],
)
def test_a_relative_clause_comes_off_an_unnamed_speaker(written: str, short: str | None) -> None:
    assert short_description(written) == short
