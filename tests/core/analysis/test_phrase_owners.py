"""Who stands behind a phrase (phrase_owners.py): the author of a document, the organisation a
description ends with, the person who owns a description. Attribution gives a document's or a
spokesperson's words to that owner, so a wrong owner is a wrong speaker in the sources list."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.phrase_owners import document_author, named_inside, possessive_person


@pytest.mark.parametrize(
    ("phrase", "author"),
    [
        ("The Harbour Trust’s report", "Harbour Trust"),
        ("a statement from Kestrel Airlines", "Kestrel Airlines"),
        ("a letter signed by Dana Whitlock", "Dana Whitlock"),
        ("The Department of Rural Affairs’ statement", "Department of Rural Affairs"),
        ("a report published by the Pell Institute on Monday", "Pell Institute"),
        ("The EU statement", "EU"),
        ("a report by the inspector general", "the inspector general"),
    ],
)
def test_a_document_speaks_for_its_author(phrase: str, author: str) -> None:
    assert document_author(phrase) == author


@pytest.mark.parametrize(
    "phrase",
    ["the verdict of the jury", "a British report", "the statement", "a report by the river"],
)
def test_a_document_with_no_named_author_has_none(phrase: str) -> None:
    assert document_author(phrase) is None


def test_a_description_names_the_organisation_it_ends_with() -> None:
    assert named_inside("a spokesperson for the Foreign Office") == "Foreign Office"
    assert named_inside("Fans of Millwall Rovers") == "Millwall Rovers"
    assert named_inside("a spokesperson for the council") is None


def test_a_person_named_before_where_they_work_is_the_person() -> None:
    assert named_inside("a report from Ana Ruiz of the Harbour Institute") == "Ana Ruiz"


def test_a_full_name_owning_a_description_is_a_person() -> None:
    assert possessive_person("Eve Hart’s lawyer said") == "Eve Hart"
    assert possessive_person("The Harbour Trust’s lawyer said") is None
    assert possessive_person("lawyer said") is None


@pytest.mark.parametrize(
    ("phrase", "author"),
    [
        ("a statement from the Dunmore family", "the Dunmore family"),
        ("a statement from Dunmore family", "Dunmore family"),
        ("a statement from her family", "her family"),
        ("a letter from his parents", "his parents"),
    ],
)
def test_a_family_or_a_relative_is_the_document_s_author(phrase: str, author: str) -> None:
    assert document_author(phrase) == author


@pytest.mark.parametrize(
    ("phrase", "author"),
    [
        ("The letter, signed by 40 MPs", "40 MPs"),
        ("a letter from 1,200 GPs", "1,200 GPs"),
    ],
)
def test_a_number_of_authors_is_part_of_who_wrote_it(phrase: str, author: str) -> None:
    # "40 MPs" signed it, not "MPs" (nor no one)
    assert document_author(phrase) == author


@pytest.mark.parametrize("phrase", ["a Facebook post", "a LinkedIn post", "her Instagram video"])
def test_a_platform_before_a_post_is_no_author(phrase: str) -> None:
    # posted there, not written by it: "The police department said in a Facebook post"
    assert document_author(phrase) is None


def test_a_description_posting_on_a_platform_is_not_the_platform() -> None:
    text = "The company said in a LinkedIn post that the layoffs were “deeply regrettable.”"
    assert [q.speaker for q in analyze(text).quotes] == ["The company"]


def test_the_subject_of_a_review_is_not_its_author() -> None:
    """ "Her review of Varga's film called it “…”": the critic wrote it; "Varga's" was given
    as the speaker, possessive and all. "a memo from Bellwether's asset group" stays
    Bellwether's."""
    assert document_author("Her review of Varga's film") is None
    assert document_author("a memo from Bellwether's asset group") is not None
    text = (
        "The critic Harriet Colbourne was unimpressed by the competition.\n\n"
        '"Nothing here will frighten a sales agent," she wrote.\n\n'
        "Colbourne softened by the end of the week. Her review of Varga's film on Wednesday "
        'called it "a slow burn that earns its minutes", though she stood by her verdict.'
    )
    quote = next(q for q in analyze(text).quotes if "slow burn" in q.text)
    assert quote.speaker == "Harriet Colbourne"


def test_a_jurys_citation_read_out_is_the_jurys() -> None:
    # whoever reads it out from the stage, a citation is its jury's words
    text = (
        "The film festival closed on Saturday.\n\n"
        "The jury, led by the actor Ivo Marek, gave the top prize to “Low Tide”. Marek read the "
        "jury's citation from the stage.\n\n"
        "“A quiet film that trusts its audience,” the citation said.\n"
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "the jury"
    assert quote.speaker_reason is not None and "the citation's owner" in quote.speaker_reason
    assert document_author("the jury's citation") == "the jury"
