"""An aside set off by a pair of dashes between the speaker and the verb of saying is read like
one set off by commas: the words inside it (a coat, a cap) are not who speaks."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # UK tabloid: spaced hyphens, single marks
            "Outside court, the singer - wearing a grey coat and a scarf - told waiting "
            "reporters: 'I am sorry for the trouble.'\n",
            "the singer",
        ),
        (  # US magazine: closed-up em dashes, double marks
            "After the vote, the councilor—clutching a folder of petitions—told the room: "
            '"This is not over."\n',
            "the councilor",
        ),
        (  # spaced en dashes, curly double marks
            "Outside the depot, the driver – wearing a hi-vis vest and a cap – said: "
            "“Nobody asked us.”\n",
            "the driver",
        ),
    ],
)
def test_dash_aside_is_skipped_to_the_speaker(text: str, speaker: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and speaker in quote.speaker_reason


def test_a_dash_that_opens_no_aside_changes_nothing() -> None:
    text = "The plan failed - and Dara Quill told the board: “We start again on Monday.”\n"
    [quote] = analyze(text).quotes
    assert quote.speaker == "Dara Quill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a list inside the aside, its first item no person's name: the names before the dash
        # speak, not the last names of the list read as an appositive
        (
            "Vera Holm – who has toured with The Lanterns, Ian Cole and Ada Marsh – said: "
            '"We never stopped."\n',
            "Vera Holm",
        ),
        (
            "Vera Holm sang first. Vera – who has dated The Drifter, Ian Cole and Leo Kay – "
            'sings in lyrics shared online: "Leave the light on."\n',
            "Vera Holm",
        ),
        # near misses: a possessive before the dash, a body named before it
        (
            "Tilda Vance's lawyer – who also represents Ian Cole and Ada Marsh – said: "
            '"We will appeal."\n',
            "Tilda Vance's lawyer",
        ),
        (
            "The Harbour Trust – backed by Ian Cole, Ada Marsh and Leo Kay – said: "
            '"The pier stays open."\n',
            "Harbour Trust",
        ),
    ],
)
def test_a_name_right_before_a_dash_aside_is_the_speaker(text: str, speaker: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == speaker
