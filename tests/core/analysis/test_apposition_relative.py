"""A description beside a name stays that person's when it runs on in a relative clause
("Dr Pavel Imrie, a heart surgeon at Lowfield Infirmary who was not involved"): a later "he"
or "she" means the named person, not a second, unnamed one."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # US health desk, double marks
            "That view is shared, according to Dr. Pavel Imrie, a heart surgeon at Lowfield "
            "Infirmary who was not involved. He called the trial “careful but small” in an "
            "interview.\n",
            "careful but small",
            "Pavel Imrie",
        ),
        (  # UK broadsheet, single marks
            "The doubts come from Professor Ines Varga, a historian at Carrow University whose "
            "work covers the docks. She described the plan as ‘tidy on paper’ and little more.\n",
            "tidy on paper",
            "Ines Varga",
        ),
    ],
)
def test_pronoun_after_a_relative_apposition_is_the_named_person(
    text: str, words: str, speaker: str
) -> None:
    found = [q for q in analyze(text).quotes if words in q.text]
    assert [q.speaker for q in found] == [speaker]
    assert found[0].speaker_reason is not None and speaker in found[0].speaker_reason
