"""The office words (office_words.py): the whole role-noun table for an aside between a name and
its verb, and its named part of offices alone for a run met after a comma."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from app.core.analysis.office_words import SURNAME_SAFE_OFFICES, is_office_noun


def test_the_short_list_is_part_of_the_whole_table() -> None:
    assert all(is_office_noun(word) for word in SURNAME_SAFE_OFFICES)
    assert not is_office_noun("group")  # a body's word, whatever the role table holds


def test_a_surname_spelt_as_a_trade_is_still_a_name_after_a_comma() -> None:
    # "Baker" is a role noun, but not one of the offices a run after a comma is read by
    text = (
        "“We bake at four every morning,” said Tom Vell. His partner, Oluwaseun Baker, agreed."
        " “It is early,” she said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Vell", "Oluwaseun Baker"]


def test_an_office_in_capitals_after_a_name_is_an_aside() -> None:
    text = "“The pool reopens in May,” Ana Ruiz, Harbour Council Chair, told reporters."
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz"]
