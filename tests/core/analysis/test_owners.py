"""Whose words and whose documents."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from app.core.analysis.owners import document_owners, owner_of_words
from app.core.analysis.sentences import mark_subjects


def test_a_possessive_before_a_noun_of_saying_owns_the_words() -> None:
    text = "Inspectors examined Brandt’s claim that crews had logged "
    found = owner_of_words(text, find_mentions(text), 0, len(text))
    assert found is not None
    assert (found[0].name, found[1]) == ("Brandt", "claim")


def test_his_claim_is_owned_by_a_pronoun() -> None:
    text = "Despite his promise to "
    found = owner_of_words(text, find_mentions(text), 0, len(text))
    assert found is not None and found[0].text == "his"


def test_who_issued_which_document() -> None:
    text = "On Monday, Calder Records issued a statement; Dune Productions said in a letter that"
    owners = document_owners(text, mark_subjects(text, find_mentions(text)))
    assert [(m.text, doc) for m, doc in owners] == [
        ("Calder Records", "statement"),
        ("Dune Productions", "letter"),
    ]


def test_who_sued_owns_the_lawsuit_and_who_was_sued_does_not() -> None:
    text = "Pia Lorne sued the Marrow Trust. Ivo Keel was sued by his landlord."
    owners = document_owners(text, mark_subjects(text, find_mentions(text)))
    assert [(m.text, doc) for m, doc in owners] == [("Pia Lorne", "lawsuit")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Pia Lorne has sued her former agency. The lawsuit, filed Monday, says the agency "
            "“kept her fees for years.”",
            "Pia Lorne",
        ),
        (
            "The Marrow Trust sued the county on Friday. “The county broke its own rules,” "
            "the suit says.",
            "Marrow Trust",
        ),
        (
            "Ivo Keel was sued by his landlord in May. The lawsuit says Keel “never paid a cent.”",
            "The lawsuit",
        ),
    ],
)
def test_the_lawsuit_speaks_for_who_brought_it(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_who_wrote_emailed_or_filed_owns_the_document() -> None:
    text = (
        "Tove Marsh wrote an email to her manager. Ilse Brock emailed her landlord. "
        "Aldo Penn filed a lawsuit in May."
    )
    owners = document_owners(text, mark_subjects(text, find_mentions(text)))
    assert [(m.text, doc) for m, doc in owners] == [
        ("Tove Marsh", "email"),
        ("Ilse Brock", "email"),
        ("Aldo Penn", "lawsuit"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "In June, Tove Marsh wrote an email to her manager, Pell Dorn.",
        "Tove Marsh emailed her manager, Pell Dorn, in June.",
    ],
)
def test_an_email_a_person_wrote_is_not_the_company_named_before(sentence: str) -> None:
    text = (
        "Quarry Foods Inc. is being sued by a former packer.\n"
        f"{sentence}\n"
        "“The cold room door will not shut,” the email says."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tove Marsh"


def test_who_filed_a_lawsuit_owns_it() -> None:
    text = (
        "Quarry Foods Inc. cut 90 jobs last year.\n"
        "Aldo Penn, a former packer, filed a lawsuit against the company in May.\n"
        "“Quarry fired packers who complained,” the lawsuit says."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Aldo Penn"
