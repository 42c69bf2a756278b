"""A tag with its verb left out: the quote, a comma, then only the person who said it."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Prices will fall before they rise,” Ana Ruiz, head of Tellco’s retail arm.", "Ana Ruiz"),
        ("“The river gave us everything,” Moses Adeyemi, a ferryman for forty years.",
         "Moses Adeyemi"),
        ("“She never missed a shift,” Ines Moura.", "Ines Moura"),
        # a name and one past tense ending the sentence: a tag whatever the verb
        ("“We will go to court and we will win,” Ortega hammered triumphantly.", "Ortega"),
        ("“The ferry is late again and nobody cares,” Lena Park hissed.", "Lena Park"),
        ('"Nobody told us about the closure," Tomas Wren grumbled loudly.', "Tomas Wren"),
    ],
)  # fmt: skip
def test_a_name_after_a_quote_with_no_saying_verb_is_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_a_name_with_a_generation_and_a_clause_is_the_speaker() -> None:
    (speaker,) = _speakers(
        "“He was happiest on the water,” Tom Keane, Jr., who lives in Dunmore, near the coast."
    )
    assert speaker is not None and speaker.startswith("Tom Keane")


@pytest.mark.parametrize(
    "text",
    [
        # a name then a clause of its own: the quote is not theirs by position alone
        "“Prices will fall,” Ana Ruiz’s office announced nothing of the sort.",
        # the quote does not end in a comma: the name opens the next sentence
        "“Prices will fall.” Ana Ruiz, head of sales, was not there.",
        # an organisation after the quote is not a person left without a verb
        "“Prices will fall,” Tellco Holdings, its annual report.",
        # the verb has an object: a sentence of its own, not a tag
        "“We will go to court,” Ortega wanted more from the council.",
        # the verb is followed by more of the sentence
        "“We will go to court,” Ortega hammered the table and walked out of the room.",
    ],
)
def test_no_verbless_tag_where_the_name_starts_a_sentence_of_its_own(text: str) -> None:
    rules = [q.speaker_reason or "" for q in analyze(text).quotes]
    assert not any("missing its verb" in r for r in rules)


def test_a_verb_after_the_name_keeps_its_own_rule() -> None:
    (quote,) = analyze("“Prices will fall,” Ana Ruiz, the chief economist, warned.").quotes
    assert quote.speaker == "Ana Ruiz"
    assert "right after the quote" in (quote.speaker_reason or "")
