"""What one candidate for "he" or "she" is read as (pronoun_candidates.py): the words before a
relative pronoun, and a lone capitalised plural."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mention import PRONOUN
from app.core.analysis.mentions import Mention
from app.core.analysis.pronoun_candidates import before_whom, lone_word
from app.core.analysis.referents import Person


def test_the_words_before_a_relative_pronoun_are_read_for_the_pronoun_after_it() -> None:
    text = "Small Rooms, which she called “my best record”, sold well."
    at = text.index("she")
    she = Mention(at, at + 3, "she", PRONOUN, gender="f")
    assert before_whom(text, she).endswith("Small Rooms")
    plain = "Ana Ruiz said she was “glad”."
    at = plain.index("she")
    assert before_whom(plain, Mention(at, at + 3, "she", PRONOUN, gender="f")) == ""


def test_a_capitalised_plural_met_once_is_a_lone_word_and_a_named_person_is_not() -> None:
    assert lone_word(Person("Crowds", named_in_full=False, times_named=1))
    assert not lone_word(Person("Tshepo Osei", times_named=1))
    assert not lone_word(Person("Rhodes", named_in_full=False, times_named=1, title="Dr"))


def test_a_surname_in_s_is_no_plural_but_a_word_in_s_is() -> None:
    """ "Hughes" has no singular that is a word, so it is a surname; "Sales" and "Rents" are
    plurals of words."""
    assert not lone_word(Person("Hughes", named_in_full=False, times_named=1))
    assert lone_word(Person("Sales", named_in_full=False, times_named=1))
    assert lone_word(Person("Rents", named_in_full=False, times_named=1))


def test_a_surname_in_s_arriving_later_is_the_he() -> None:
    """ "Sara Holt ran the shop. Hughes arrived later. “…,” he said": the surname is a man the
    copy brought in, and the only one who agrees."""
    text = "Sara Holt ran the shop. Hughes arrived later.\n\n“It was a long day,” he said."
    assert [q.speaker for q in analyze(text).quotes] == ["Hughes"]


@pytest.mark.parametrize("opening", ["Supplies ran low at the depot.", "Taxes rose again."])
def test_a_plural_in_es_or_ies_takes_no_he_or_she(opening: str) -> None:
    # Before, "Supplies" (singular "supply", not "supplie") counted as a surname and spoke
    quote = analyze(f"{opening}\n\n“We have nothing left,” she said.").quotes[0]
    assert quote.speaker == "she"
