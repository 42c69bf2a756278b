"""A statement quoted over several paragraphs carries on past what an embedded post leaves in
the copy (a caption, the post's byline "— Club (@handle) date"): the paragraph after it is still
the statement's. Invented copy in several house styles (sports site, politics blog, showbiz)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

CASES = [
    (  # sports site: a caption and the club's post byline
        "Ashcombe Wanderers said in a statement: “Pete has been part of this club for twenty "
        "years.”\n\n“He leaves with our thanks.”\n\nClub statement\n\n"
        "— Ashcombe Wanderers (@AshcombeWFC) March 3, 2025\n\n"
        "“We wish him every success in whatever comes next.”",
        "every success",
        "Ashcombe Wanderers",
    ),
    (  # politics blog: a senator's post embedded between paragraphs of her words
        "Senator Ruth Okafor wrote on Monday: “The vote is not the end of this fight.”\n\n"
        "“We will bring the bill back in the spring.”\n\nRead the full thread\n\n"
        "— Ruth Okafor (@SenOkafor) April 14, 2025\n\n"
        "“Nobody in my state should pay more for insulin than they did last year.”",
        "pay more for insulin",
        "Ruth Okafor",
    ),
    (  # showbiz: a label and a byline
        "The singer Mara Lind posted a long message to fans: “I have loved every night of this "
        "tour.”\n\n“But my voice needs rest.”\n\nStatement in full\n\n"
        "— Mara Lind (@maralind) June 9, 2025\n\n“I will be back before you know it.”",
        "back before you know it",
        "Mara Lind",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), CASES)
def test_the_statement_carries_on_past_an_embed(text: str, words: str, speaker: str) -> None:
    q = next(q for q in analyze(text).quotes if words in q.text)
    assert q.speaker == speaker
    assert "continues the quote before" in q.speaker_reason


def test_a_paragraph_of_story_still_ends_the_run() -> None:
    text = (
        "Ashcombe Wanderers said in a statement: “Pete has been part of this club for twenty "
        "years.”\n\nThe club sits third in the table after a run of four wins.\n\n"
        "The manager's contract runs until 2027, and talks on an extension start in May.\n\n"
        "Club statement\n\n“We wish him every success.”"
    )
    q = next(q for q in analyze(text).quotes if "every success" in q.text)
    assert q.speaker is None
