"""A title with an 'of' phrase right before a name ("chair of the bench Owen Prior") titles the
name, as "Secretary of State Ana Ruiz" does; "in the journal Harbour Medicine" stays a phrase."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.prepositions import after_preposition


def _name_is_in_a_phrase(text: str, name: str) -> bool:
    return after_preposition(text, text.index(name))


@pytest.mark.parametrize(
    ("text", "name", "inside"),
    [
        ("But chair of the bench Owen Prior told him", "Owen Prior", False),
        ("The director of the museum Ana Ruiz said", "Ana Ruiz", False),
        ("The findings, in the journal Harbour Medicine, show", "Harbour Medicine", True),
        ("She wrote to the minister Ana Ruiz", "Ana Ruiz", True),
    ],
)
def test_of_after_a_title_is_no_phrase_around_the_name(text: str, name: str, inside: bool) -> None:
    assert _name_is_in_a_phrase(text, name) is inside


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # UK magistrates' court, single marks: the bench chair speaks, not the lawyer before
            "His solicitor, Ruth Dale, said he was sorry.\n\n'He knows he was wrong,' she said."
            "\n\nBut chair of the bench Owen Prior told Tarrant: 'You set a poor example.'\n",
            "poor example",
            "Owen Prior",
        ),
        (  # US local paper, double marks
            'Board member Lena Cruz voted no. "It is too soon," she said.\n\n'
            'Then president of the board Marcus Hale told the room: "We vote again in May."\n',
            "vote again",
            "Marcus Hale",
        ),
    ],
)
def test_a_title_with_an_of_phrase_names_who_speaks(text: str, words: str, speaker: str) -> None:
    found = [q for q in analyze(text).quotes if words in q.text]
    assert [q.speaker for q in found] == [speaker]
