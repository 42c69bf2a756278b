"""A relative clause after an opening phrase belongs to that phrase: the person named inside it
("Asked about the winner, which took a deflection off defender Alexis Mbeki, she smiled") is not
the sentence's subject, so the "she" is who the story was about."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # UK sports report, single marks, no verb of saying with the quote
            "Manager Ruth Kells was pleased.\n\nAsked about the winner, which took a deflection "
            "off Town defender Alexis Mbeki, she smiled. ‘I'll take it.’\n",
            "Ruth Kells",
        ),
        (  # US features, double marks
            "Director Hal Brenner watched from the wings.\n\nAfter the premiere, which starred "
            'newcomer Jo Amari, he said: "We got lucky tonight."\n',
            "Hal Brenner",
        ),
    ],
)
def test_name_in_a_relative_clause_of_the_opening_is_not_the_subject(
    text: str, speaker: str
) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == speaker
