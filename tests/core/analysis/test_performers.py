"""A performer called by what they do (performers.py, kin.py): "the singer" opening the sentence
after the named singer's is her, and a later "the star" or "the heavily pregnant musician" finds
her by that word, not whoever spoke in between; a promoter or a coach never becomes the star."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_the_star_is_the_singer_the_story_called_so_after_naming_her() -> None:
    text = (
        "Tamsin Arlo has cancelled the rest of her tour. The singer told fans on Monday that"
        " she needed rest.\n\nHer fans were upset. “We waited a year,” one wrote.\n\nIn a later"
        " interview, the star said: “I will be back next spring.”"
    )
    assert _speakers(text)[-1] == "Tamsin Arlo"


def test_a_promoter_named_between_is_not_the_singer() -> None:
    # the promoter was the subject just before "The singer": the singer is not him, and the
    # engine does not guess
    text = (
        "Tamsin Arlo has cancelled the rest of her tour. Promoter Dale Okri confirmed the news"
        " on Monday. The singer told fans that she needed rest.\n\n“I will be back next spring,”"
        " the star said."
    )
    assert _speakers(text) == ["the star"]


def test_an_age_and_a_trade_after_the_name_make_a_later_description_hers() -> None:
    text = (
        "Tamsin Arlo has a new album out. The 41-year-old musician said the record had taken"
        " two years. Producer Dale Okri said it was finished.\n\nIn an interview, the heavily"
        " pregnant musician explains: “It comes from a dark time.”"
    )
    assert _speakers(text) == ["Tamsin Arlo"]


def test_a_speaker_described_by_age_keeps_the_trade_for_later() -> None:
    text = (
        "Tamsin Arlo has a new album out. The 41-year-old musician said the single had"
        " “taken on new meaning” this year. Producer Dale Okri said it was finished.\n\nIn an"
        " interview, the heavily pregnant musician explains: “It comes from a dark time.”"
    )
    assert _speakers(text) == ["Tamsin Arlo", "Tamsin Arlo"]


def test_a_description_nobody_was_given_stays_as_written() -> None:
    text = (
        "Tamsin Arlo has a new album out. Producer Dale Okri said it was finished.\n\nIn an"
        " interview, the heavily pregnant musician explains: “It comes from a dark time.”"
    )
    assert _speakers(text) == ["the heavily pregnant musician"]


def test_a_position_the_story_never_gave_is_not_the_coach_named_last() -> None:
    text = (
        "Felo Amankwa scored twice on Saturday. Coach Dario Mendes praised him after the"
        " game.\n\n“It was the best day of my career,” said the Dutch midfielder."
    )
    assert _speakers(text) != ["Dario Mendes"]


@pytest.mark.parametrize(
    "first",
    [
        "Rafe Dunmore produced Kesia Orlin's new album.",
        "Rafe Dunmore has signed Kesia Orlin to his label.",
        "Kesia Orlin and Rafe Dunmore have split.",
    ],
)
def test_the_singer_is_nobody_when_another_person_shares_the_sentence(first: str) -> None:
    # the singer may be the other person of that sentence: no named answer, as written
    text = f"{first} The singer spoke to fans on Monday.\n\n“It is a new start,” the star said."
    assert _speakers(text) == ["the star"]
