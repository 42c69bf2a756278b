"""A heckle or an answer tagged by its voice ("“…!” came a voice from the back", "“…?” came the
reply from Ana", "“…” shouted someone", "“Order!” called the chair") is that voice's: never
the quote before's speaker going on, and nobody when only the kind of words is named."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

_OPENING = (
    "Councillor Mara Tellin opened the budget debate on Monday night.\n\n"
    "“This plan will pay for itself,” she said.\n\n"
)


def _last(text: str):
    """The last quote of the story (the tagged reply under test)."""
    return analyze(_OPENING + text + "\n").quotes[-1]


@pytest.mark.parametrize(
    ("line", "speaker", "reason"),
    [
        (
            "“For the ferry!” came a voice from the gallery.",
            "a voice from the gallery",
            "as written",
        ),
        ("“When?” came the reply from Oskar Brandvold.", "Oskar Brandvold", "named in full"),
        ("“Since when?” came back the answer from Oskar Brandvold.", "Oskar Brandvold", "named"),
        ("“Rubbish!” shouted someone.", "someone", "as written"),
        ("“Shame!” said a voice near the door.", "a voice near the door", "as written"),
        ("“Order!” called the chair.", "the chair", "as written"),
    ],
)
def test_the_voice_named_in_the_tag_speaks(line: str, speaker: str, reason: str) -> None:
    quote = _last(line)
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None
    assert reason in quote.speaker_reason
    assert "continues the quote before" not in quote.speaker_reason


def test_a_reply_naming_no_one_is_nobodys_and_says_why() -> None:
    quote = _last("“Nonsense,” came the retort.")
    assert quote.text.startswith("Nonsense")  # kept as a quote, however short
    assert quote.speaker is None
    assert quote.speaker_reason is not None and "came the retort" in quote.speaker_reason


def test_a_retort_in_the_speakers_own_paragraph_is_not_hers() -> None:
    quote = analyze(
        "Mara Tellin stood up. “We will balance the books,” she said. “Never,” came the retort.\n"
    ).quotes[-1]
    assert quote.text.startswith("Never")
    assert quote.speaker is None


def test_the_speaker_goes_on_after_the_interruption() -> None:
    quotes = analyze(
        _OPENING + "“For the ferry!” shouted someone.\n\n“As I was saying,” she said.\n"
    ).quotes
    assert [q.speaker for q in quotes] == ["Mara Tellin", "someone", "Mara Tellin"]


def test_a_name_called_out_is_still_a_name() -> None:
    # "called" before a name (the one named), not after a cry: nothing changes
    quotes = analyze(
        "Mara Tellin called the plan “a lifeline” on Monday.\n\n“It is,” she said.\n"
    ).quotes
    assert [q.speaker for q in quotes] == ["Mara Tellin", "Mara Tellin"]


def test_a_cry_called_by_the_chair_is_a_quote_and_hers() -> None:
    text = (
        "The debate began at noon.\n\n"
        "The chair, Dame Ida Lowe, who had heard it all before, called “Order!” without "
        "looking up.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.text == "Order!"
    assert quote.speaker == "Ida Lowe"


def test_a_thing_called_by_an_exclaimed_name_is_no_quote() -> None:
    # "a musical called “…!”": the noun before "called" is what the name names
    assert (
        analyze("The theatre staged a musical called “Harbour Lights!” last year.\n").quotes == ()
    )


def test_the_one_prompted_to_call_out_speaks() -> None:
    text = (
        "The debate began at noon.\n\n"
        "“The levy is modest,” the minister, Ivo Strand, said, which prompted Tom Vell, the "
        "member for Ashby and Holt, to call out “Like the ferry!”.\n"
    )
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["Ivo Strand", "Tom Vell"]
    assert quotes[1].cue == "call out"


def test_what_came_from_a_place_is_nobodys() -> None:
    # "came the news from Paris": the news came from a city; no one is named as saying it
    quote = _last("“It is over,” came the news from Paris.")
    assert quote.speaker is None
    assert quote.speaker_reason is not None and "no one" in quote.speaker_reason
