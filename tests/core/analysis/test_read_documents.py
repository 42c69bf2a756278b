"""Words read out from someone else's document are the writer's: "Whit read aloud from an
email the firm had received from a shop manager in Tiller, N.D.: “…”"; a document read with no
writer named stays the reader's."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

_OPENING = "The chief executive, Dana Whit, spoke on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "On the call, Whit read aloud from an email the firm had received from a shop "
            "manager in Tiller, N.D.: “My customers like the bar but they put it back.”",
            "a shop manager",
        ),
        ("Whit read a message from a customer: “Bring back the old box.”", "a customer"),
        ("Whit then quoted a letter from Ana Ruiz: “I have bought it for years.”", "Ana Ruiz"),
    ],
)
def test_the_writer_of_what_is_read_out_speaks(sentence: str, speaker: str) -> None:
    [quote] = analyze(_OPENING + sentence + "\n").quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and "Whit" not in quote.speaker_reason


@pytest.mark.parametrize(
    "sentence",
    [
        "Whit read a statement to reporters: “We are proud of the box.”",
        # the writer is named in a sentence of its own, before the one that holds the quote
        "Whit read a letter from Tom Vell. Then she said: “We are proud of the box.”",
    ],
)
def test_with_no_writer_named_the_reader_speaks(sentence: str) -> None:
    [quote] = analyze(_OPENING + sentence + "\n").quotes
    assert quote.speaker == "Dana Whit"
