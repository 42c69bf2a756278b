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
