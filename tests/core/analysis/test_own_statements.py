"""A body named only in its own statement (own_statements.py): “The Calder Board of Education
recognises ...,” the board said."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze

_OPENING = (
    "Parents in Brackley were told on Thursday that the school year will start a week late.\n\n"
    "The board addressed the change in a message posted to its website.\n\n"
)


def test_the_board_is_the_name_it_gives_itself() -> None:
    # Before, every quote went to "the board", as written
    text = (
        _OPENING + '"The Brackley Board of Education recognises that this decision affects '
        'many families," the board said. "A timetable will follow next week."\n\n'
        '"Buses will run as normal," the board added.'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Brackley Board of Education"] * 3


def test_the_name_outranks_a_description_said_before() -> None:
    # Before, "the board" went to "the school board", the description met first
    text = (
        "The start of term will move back a week, the school board said on Monday.\n\n"
        '"The Brackley Board of Education recognises that this decision affects many '
        'families," the board said.'
    )
    assert analyze(text).quotes[-1].speaker == "Brackley Board of Education"


@pytest.mark.parametrize(
    ("quote", "speaker"),
    [
        # the name is what the statement speaks to, not who speaks
        ('"We have written to the Brackley Board of Education," the board said.', "the board"),
        # another head noun names another body
        ('"The Brackley Board has failed us," the council said.', "the council"),
        # a board of the same head that acts on the speaker ("us") is another board
        ('"The State Board of Education has overruled us," the board said.', "the board"),
        # a name in the possessive is spoken about, not speaking
        ('"The Brackley Board\'s decision was wrong," the board said.', "the board"),
    ],
)
def test_a_name_in_the_quote_that_is_not_the_speaker(quote: str, speaker: str) -> None:
    assert analyze(_OPENING + quote).quotes[-1].speaker == speaker


def test_a_trust_named_as_its_statement_opens() -> None:
    text = (
        "A hospice in Fenmoor will close its day unit in the spring.\n\n"
        '"Hartwell Community Trust has run the unit for 20 years," the trust said.'
    )
    assert analyze(text).quotes[0].speaker == "Hartwell Community Trust"


def test_a_body_named_head_first_with_of_after_it() -> None:
    # Before, "The Board of Education" (no place before the head) named no one, so the quote
    # stayed with "the board" as written; "Board members say" is still no name
    text = (
        _OPENING + '"The Board of Education recognises that this decision affects many '
        'families," the board said.\n\n"Board members say the budget is tight," the board added.'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Board of Education"] * 2
