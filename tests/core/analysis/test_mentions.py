"""Who is mentioned: names with their titles, the kind of entity, first names that are words."""

from __future__ import annotations

import pytest

from app.core.analysis.entities import EntityKind, first_name_gender, kind_of_name
from app.core.analysis.mentions import MentionKind, find_mentions


def _names(text: str) -> list[tuple[str, str, str]]:
    return [(m.name, m.title, str(m.entity)) for m in find_mentions(text) if m.name]


def test_a_title_that_holds_a_city_stays_a_title_of_a_person() -> None:
    (mention,) = find_mentions("New York City Mayor Ann Ruiz said the budget was late.")[:1]
    assert mention.name == "Ann Ruiz"
    assert mention.title == "New York City Mayor"
    assert mention.entity is EntityKind.PERSON
    assert not mention.organisation


def test_dotted_initials_stay_whole() -> None:
    assert _names("U.S. President Ann Ruiz spoke.")[0][:2] == ("Ann Ruiz", "U.S. President")
    assert _names("Rep. G.K. Barlow voted.")[0][:2] == ("G.K. Barlow", "Rep.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Will Carter said the vote was close.", "Will Carter"),
        ("May Osei said the vote was close.", "May Osei"),
        ("Hope Alvarez said the vote was close.", "Hope Alvarez"),
    ],
)
def test_first_names_that_are_also_words(text: str, name: str) -> None:
    assert _names(text)[0][0] == name


def test_an_office_word_before_a_name_does_not_swallow_it() -> None:
    names = [n for n, _, _ in _names("Trade envoy Dana Cole said talks would resume.")]
    assert "Dana Cole" in names


def test_a_clause_is_never_one_mention() -> None:
    mentions = find_mentions("the Navy said in a statement that the ship was safe")
    assert [(m.text, str(m.entity)) for m in mentions][:1] == [("Navy", "organisation")]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Harlow Sound Productions", EntityKind.ORGANISATION),
        ("Election Day", EntityKind.THING),
        ("San Marcos", EntityKind.PLACE),
        ("Roth IRA", EntityKind.THING),
        ("Priya Raman", EntityKind.PERSON),
        ("Republican", EntityKind.THING),
        ("NASA", EntityKind.ORGANISATION),
    ],
)
def test_kinds_of_names(name: str, kind: EntityKind) -> None:
    assert kind_of_name(name) is kind


def test_role_noun_phrases_know_what_they_name() -> None:
    text = "the production company said, and the statement said, and one mother said"
    kinds = {m.text: m.entity for m in find_mentions(text) if m.kind is MentionKind.NOMINAL}
    assert kinds["the production company"] is EntityKind.ORGANISATION
    assert kinds["the statement"] is EntityKind.DOCUMENT
    assert kinds["one mother"] is EntityKind.PERSON


def test_first_name_genders_come_from_the_shipped_table() -> None:
    assert first_name_gender("Marta") == "f"
    assert first_name_gender("Colin") == "m"
    assert first_name_gender("Jo") == ""  # given to both: never used to rule anyone out
    assert first_name_gender("José") == "m"  # accents folded before the look-up
