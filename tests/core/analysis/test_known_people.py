"""The resolver's look-ups over the people a story has named (known_people.py): the name a
person was introduced by, whether a bare word is surely a person, and surnames of two words."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from app.core.analysis.resolution import Resolver
from tests.core.analysis.resolver_setup import observed


def test_a_later_form_of_a_name_shows_as_the_name_first_given() -> None:
    resolver = observed("Dr. Ines Valcourt opened the clinic.")
    assert resolver.is_person("Ines Valcourt")
    assert resolver.canonical("Ines Valcourt") == "Ines Valcourt"
    assert resolver.canonical("Somebody Else") == "Somebody Else"
    assert not resolver.is_person("Somebody Else")
    # A later, longer form is shown as the name first given (the assertions above hold for any
    # name the resolver merely echoes back).
    later = observed("Dr. Ines Valcourt opened the clinic.", "Ines M. Valcourt cut the ribbon.")
    assert later.canonical("Ines M. Valcourt") == "Ines Valcourt"


def test_a_surname_is_surely_a_person_only_with_a_title_honorific_or_pronoun() -> None:
    titled = observed("Ms. Ines Valcourt opened the clinic.")
    assert titled.surely_a_person("Valcourt")
    bare = observed("Ines Valcourt opened the clinic.")
    assert not bare.surely_a_person("Valcourt")


def test_a_bare_word_named_once_may_still_be_a_common_noun() -> None:
    resolver = Resolver()
    (mention,) = find_mentions("Talbrook arrived late.")
    resolver.observe(mention)
    resolver.resolve(mention)
    assert resolver.named_once("Talbrook")
    resolver.resolve(mention)
    assert not resolver.named_once("Talbrook")  # named twice: a surname, not a stray noun


def test_a_two_word_surname_comes_back_to_its_person() -> None:
    text = (
        "Marianne Le Goffic chairs the harbour board.\n\n“We will reopen in May,” Le Goffic said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Marianne Le Goffic"
