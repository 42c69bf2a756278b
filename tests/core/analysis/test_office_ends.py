"""An office after a name, with no name of its own (office_ends.py): a description."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

_STORY = "The drought has emptied the reservoirs of the north.\n{line}"


@pytest.mark.parametrize(
    "line",
    [
        "Marco Ruelas, Nueva Tierra Governor said that “We are in a hard season.” He spoke at a "
        "press conference last week. “Today we all feel it.”",
        "Marco Ruelas, Nueva Tierra Governor, said that “We are in a hard season.” He spoke at a "
        "press conference last week. “Today we all feel it.”",
    ],
)
def test_an_office_after_a_name_is_no_second_speaker(line: str) -> None:
    # before, "Nueva Tierra Governor" read as a person's name and took both quotes
    quotes = analyze(_STORY.format(line=line)).quotes
    assert [q.speaker for q in quotes] == ["Marco Ruelas", "Marco Ruelas"]


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # the office before the name still titles it
        ("Nueva Tierra Governor Marco Ruelas said that “We are in a hard season.”", "Marco Ruelas"),
        # two offices joined: the name after them is the speaker's
        (
            "“The offer is too low,” said Kestrel President and CEO Ana Ruiz.",
            "Ana Ruiz",
        ),
    ],
)
def test_an_office_before_a_name_still_titles_it(line: str, speaker: str) -> None:
    (quote,) = analyze(_STORY.format(line=line)).quotes
    assert quote.speaker == speaker


def test_an_office_opening_its_own_sentence_is_the_one_a_later_he_means() -> None:
    # no name before it: the office is the sentence's subject, and "he" after it is that
    # officeholder; read as a description, it let "he" fall back to the woman quoted before
    line = (
        "“We will win,” said Ana Ruiz. Nueva Tierra Governor said the vote was rigged. "
        "“It was stolen,” he said."
    )
    quotes = analyze(_STORY.format(line=line)).quotes
    assert [q.speaker for q in quotes] == ["Ana Ruiz", "Nueva Tierra Governor"]


@pytest.mark.parametrize("surname", ["Chancellor", "Sheriff", "Mayor"])
def test_a_first_name_then_an_office_after_a_comma_is_a_persons_name(surname: str) -> None:
    # "His neighbour, Anna Chancellor, agreed": a given name and a surname spelt like an office;
    # read as a description, the "she" after it took "His neighbour" as written
    line = (
        "“We object to the plan,” said Tom Vell. "
        f"His neighbour, Anna {surname}, agreed. “It is madness,” she said."
    )
    quotes = analyze(_STORY.format(line=line)).quotes
    assert [q.speaker for q in quotes] == ["Tom Vell", f"Anna {surname}"]
