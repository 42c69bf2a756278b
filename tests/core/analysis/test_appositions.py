"""A description and a name between commas read as one person (appositions.py)."""

from __future__ import annotations

from app.core.analysis.appositions import apposition_comma, link_appositions
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import find_mentions


def _linked(text: str) -> dict[str, tuple[str, bool]]:
    out = link_appositions(text, list(find_mentions(text)))
    return {m.text: (m.described, m.apposed) for m in out}


def test_the_name_learns_the_description_after_it() -> None:
    linked = _linked("Mara Quell, the club's captain, said the pitch was poor.")
    # a later "the captain" is Mara Quell; the description introduces nobody of its own
    assert linked["Mara Quell"] == ("captain", False)
    assert linked["the club's captain"] == ("", True)


def test_the_name_learns_the_description_before_it() -> None:
    linked = _linked("The bakery's owner, Dov Larkin, was relieved.")
    assert linked["Dov Larkin"] == ("owner", False)
    assert linked["The bakery's owner"] == ("", True)


def test_an_age_may_stand_between_name_and_description() -> None:
    assert _linked("Mara Quell, 51, a nurse, said no.")["Mara Quell"] == ("nurse", False)


def test_the_comma_between_a_description_and_its_name_is_an_apposition_comma() -> None:
    text = "The bakery's owner, Dov Larkin, was relieved."
    mentions = link_appositions(text, list(find_mentions(text)))
    assert apposition_comma(text, mentions, text.index(","))
    assert not apposition_comma(text, mentions, text.index(",", text.index(",") + 1))


def test_a_relative_named_with_a_role_is_linked_to_the_name() -> None:
    # "Her husband, the retired vet Alun Price," is Alun Price: the kin noun, which says "he",
    # is what the name learns
    text = "Her husband, the retired vet Alun Price, keeps the books."
    out = link_appositions(text, list(find_mentions(text, linked=True)))
    by_text = {m.text: m for m in out}
    assert by_text["Her husband"].apposed
    assert by_text["Alun Price"].described == "husband"


def test_the_name_a_described_person_gave_is_the_subject() -> None:
    text = "Another trader, who gave his name only as Kofi, said the stalls had no insurance."
    out = link_appositions(text, list(find_mentions(text, linked=True)))
    kofi = next(m for m in out if m.text == "Kofi")
    assert kofi.described == "trader"
    assert next(m for m in out if m.text == "Another trader").apposed


def test_a_name_given_an_age_is_a_person() -> None:
    text = "Nomvula Rahman, 62, walked a kilometre to the tap."
    out = link_appositions(text, list(find_mentions(text, linked=True)))
    assert out[0].entity is EntityKind.PERSON


def test_a_word_of_tenure_may_stand_between_the_description_and_the_name() -> None:
    linked = _linked("The inquiry's chair, retired Adm. Olu Banjo, was blunt.")
    assert linked["Adm. Olu Banjo"] == ("chair", False)
    assert linked["The inquiry's chair"] == ("", True)


def test_a_word_of_tenure_and_a_lower_case_role_before_the_name() -> None:
    linked = _linked("The chairman, former judge Ketil Moe, was absent.")
    assert linked["Ketil Moe"] == ("chairman", False)
    assert linked["The chairman"] == ("", True)


def test_a_word_of_tenure_opening_a_clause_links_nobody() -> None:
    linked = _linked("The chairman, retired since May, met Ketil Moe.")
    assert linked["The chairman"] == ("", False)
