"""A person followed by a "whose" clause ("A nurse whose ward sits beside the car park told")
is the verb's subject: the nouns inside the clause are about them and say nothing."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A nurse whose ward sits beside the new car park told the inquiry it was “a disaster”.",
            "A nurse",
        ),
        (
            "One reviewer whose comments were printed alongside the study wrote that the result "
            "was “promising but small,” and asked for more trials.",
            "One reviewer",
        ),
        (
            "Ana Ruiz, whose brother Tom Vell runs the farm, said it was “a disaster”.",
            "Ana Ruiz",
        ),
    ],
)
def test_the_one_the_whose_clause_is_about_speaks(sentence: str, speaker: str) -> None:
    [quote] = analyze("The hospital opened a car park on Monday.\n\n" + sentence + "\n").quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and "speech verb" in quote.speaker_reason
