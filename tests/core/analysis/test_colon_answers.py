"""A colon clause opening on someone's answer ("Tom Vell's answer was short: “…”") gives the
words to the one whose answer it is, not to the quote before's speaker."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def test_whose_answer_opens_the_clause_speaks() -> None:
    text = (
        "The minister posted on Friday: “The trains are coming.”\n\n"
        "Tom Vell's answer was short: “Never.”\n"
    )
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["The minister", "Tom Vell"]
    assert quotes[1].speaker_reason is not None and "possessive" in quotes[1].speaker_reason


def test_an_answer_read_out_by_someone_else_is_not_the_readers() -> None:
    # "She read Ana Ruiz's reply": the answer is not the clause's first words; nothing changes
    text = "Ana Ruiz wrote back at once.\n\nShe read Ana Ruiz's reply aloud: “Not today.”\n"
    [quote] = analyze(text).quotes
    assert quote.speaker == "Ana Ruiz"
