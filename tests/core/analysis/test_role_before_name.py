"""A role right before a name with no comma ("Tom's wife Janice runs the kitchen"): the named
person is the sentence's subject, so a later "she" or "he" means them, not an unnamed wife.
Invented copy in several house styles (local paper, feature, broadcaster)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # local paper
            "Tom's wife Janice, 61, runs the kitchen with two volunteers.\n\nShe admitted she "
            "“nearly fell off the sofa” when he told her the plan.",
            "nearly fell off",
            "Janice",
        ),
        (  # feature
            "The couple met at a dance in 1971. Her husband Doug still keeps the ticket.\n\n"
            "“I knew that night,” he said.",
            "I knew that night",
            "Doug",
        ),
        (  # broadcaster, present tense
            "The farm has been in the family for a century. His daughter Mairi runs it now. "
            "“It is harder every year,” she says.",
            "harder every year",
            "Mairi",
        ),
    ],
)
def test_the_named_person_is_who_the_pronoun_means(text: str, words: str, speaker: str) -> None:
    q = next(q for q in analyze(text).quotes if words in q.text)
    assert q.speaker == speaker
    assert speaker in q.speaker_reason
