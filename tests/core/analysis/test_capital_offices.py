"""An office written with capitals after "the" (capital_offices.py): "the Registrar", "the Prime
Minister" read as one person described, as its lower-case twin is."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import MentionKind, find_mentions


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("“The ferry will run,” the Registrar said.", "the Registrar"),
        ("“The ferry will run,” the Coroner said.", "the Coroner"),
        ("“The ferry will run,” said the Speaker.", "the Speaker"),
        ("“The ferry will run,” the Lord Mayor told the chamber.", "the Lord Mayor"),
        ("“The ferry will run,” the Deputy Chief Constable said.", "the Deputy Chief Constable"),
        ("“The ferry will run,” the Home Secretary said.", "the Home Secretary"),
        ("The Ombudsman said the ferry would run.", "The Ombudsman"),
    ],
)
def test_a_capitalised_office_after_the_is_one_person_described(text: str, office: str) -> None:
    mention = next(m for m in find_mentions(text) if office in m.text)
    assert mention.text == office
    assert mention.kind is MentionKind.NOMINAL
    assert mention.entity is EntityKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry will run,” the Observer said.",  # a paper, not a person
        "“The ferry will run,” the Government said.",  # a body
        "“The ferry will run,” said Prime Minister Ilse Varga.",  # a name after the title
        "The figures were sent to the Home Office on Friday.",  # no office held by one person
    ],
)
def test_papers_bodies_and_titled_names_stay_names(text: str) -> None:
    assert all(m.kind is not MentionKind.NOMINAL or m.text[:1] != "t" for m in find_mentions(text))


def test_the_office_refers_back_to_whoever_holds_it() -> None:
    text = (
        "Mayor Bea Hollis cut the ribbon on Monday.\n\n"
        "“The bridge will reopen by spring,” the Mayor said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Bea Hollis"


def test_the_office_after_a_reported_clause_speaks_for_itself() -> None:
    # "..., the Registrar said in his tweet": the tweet is the Registrar's, not the storm's
    text = (
        "Storm Idris reached the estuary at dawn, the Registrar said in his latest post.\n\n"
        "The post warned of “long delays at every crossing” into the evening."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "the Registrar"
