"""Which named body a description such as "the agency" or "the airline" may refer back to:
a public agency's name ends in Administration, Bureau or Commission; a business's name may
carry the stop of its abbreviation ("Halvard Inc.")."""

from __future__ import annotations

import pytest

from app.core.analysis.description_words import (
    business_named,
    is_age,
    is_market_index,
    other_kind,
)
from app.core.analysis.engine import analyze
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("name", "head", "other"),
    [
        ("Food and Drug Administration", "agency", False),
        ("Census Bureau", "agency", False),
        ("Securities and Exchange Commission", "agency", False),
        ("Federal Aviation Administration", "airline", True),
        ("Federal Aviation Administration", "company", True),
        ("Halvard Inc.", "agency", True),
        ("Skyway Airlines", "carrier", False),
    ],
)
def test_a_name_says_what_kind_of_body_it_is(name: str, head: str, other: bool) -> None:
    assert other_kind(name, head) is other


@pytest.mark.parametrize("name", ["Halvard Inc.", "Kestrel Holdings Ltd.", "Vantage Corp."])
def test_an_abbreviation_with_its_stop_names_a_business(name: str) -> None:
    assert business_named("company", name)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Federal Aviation Administration said it was investigating the landing. "
            '"The safety of our passengers comes first," the airline said.',
            "the airline",
        ),
        (
            "The Federal Aviation Administration opened an inquiry on Monday. "
            '"We are cooperating with investigators," the company said in a statement.',
            "the company",
        ),
        (
            "The Food and Drug Administration approved the inhaler on Friday. "
            '"This is a milestone for patients," the agency said.',
            "Food and Drug Administration",
        ),
    ],
)
def test_a_description_of_another_kind_does_not_take_the_agency(text: str, speaker: str) -> None:
    # Before, "the airline" and "the company" took the aviation regulator just named.
    assert speaker_of(text, "") == speaker


def test_a_utility_or_oil_firm_is_a_business_by_its_name() -> None:
    assert business_named("company", "Western Power")
    assert business_named("company", "Castlebridge Oil")
    assert other_kind("Castlebridge Oil", "union")
    assert not other_kind("Unite", "union")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Members of Unite voted to strike at Castlebridge Oil. "
            "“This was not an easy decision,” the union said.",
            "Unite",
        ),
        (
            "Engineers from Western Power worked through the night. "
            "“Our crews are doing everything they can,” the company said.",
            "Western Power",
        ),
    ],
)
def test_the_union_looks_past_the_employer_its_members_struck_at(text: str, speaker: str) -> None:
    # Before, "the union" took the oil company named last.
    assert speaker_of(text, "") == speaker


def test_a_forum_or_society_is_no_business() -> None:
    assert other_kind("Harwick Passengers' Forum", "company")
    assert other_kind("Dunmore Civic Society", "operator")
    assert other_kind("Coastal Clean Air Coalition", "firm")


_CUTS = (
    "Harwick Rail said on Monday it would scrap 40 services from May.\n"
    "“This is the last straw,” said Nora Blythe, who chairs the Harwick Passengers' Forum.\n"
)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            _CUTS + "The operator defended the cuts. “We cannot run empty trains,” it said.",
            "Harwick Rail",
        ),
        (
            _CUTS + "The company defended the cuts. “We cannot run empty trains,” it said.",
            "Harwick Rail",
        ),
        (_CUTS + "“We cannot run empty trains,” the operator said.", "Harwick Rail"),
        (
            "Veltro Motors recalled 40,000 cars. The Drivers' Safety Society welcomed the move.\n"
            "“We are contacting every owner,” the carmaker said.",
            "Veltro Motors",
        ),
    ],
)
def test_a_business_described_again_looks_past_a_campaign_body(text: str, speaker: str) -> None:
    # Before, "the operator" (and "it" after "the company" as a subject) took the passengers'
    # forum named in the chair's description, the last body named.
    assert speaker_of(text, "We ") == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Mara Lind appeared on the show on Sunday. “Were you nervous?” the host asked.",
            "nervous",
            "the host",
        ),
        (
            "Tom Vell arrived at the studio at noon. “Welcome back,” the presenter said.",
            "Welcome",
            "the presenter",
        ),
        (
            "Ana Ruiz took the stand on Tuesday. “Please state your name,” the clerk said.",
            "state",
            "the clerk",
        ),
        # someone the story described by the role is still who it means
        (
            "Mara Lind, the host of the breakfast show, was in form. "
            "“We love mornings,” the host said.",
            "mornings",
            "Mara Lind",
        ),
    ],
)
def test_a_host_or_clerk_is_not_the_guest_just_named(text: str, words: str, speaker: str) -> None:
    # a show has one host, a court one clerk: they speak to the person just named, not as them
    assert speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("name", "index"),
    [
        ("Harbourline Composite Index", True),
        ("Pellow Metals & Mining Index", True),
        ("FTSE 100", True),
        ("Westmark Industrial Average", True),
        # near misses: bodies that merely share a word
        ("Index Ventures", False),
        ("Larkspur Mining Corp.", False),
        ("Northgate Bank", False),
    ],
)
def test_market_index_names(name: str, index: bool) -> None:
    assert is_market_index(name) is index


def test_the_company_never_means_a_market_index() -> None:
    assert not business_named("company", "Pellow Metals & Mining Index")
    assert business_named("company", "Pellow Metals & Mining Ltd")
    assert other_kind("Harbourline Composite Index", "company")
    assert not other_kind("Larkspur Mining Corp.", "company")


def test_the_company_after_an_index_stays_as_written() -> None:
    text = (
        "Shares in Larkspur rose on Tuesday, beating the FTSE 250 Index for a third day. "
        "The company said it “welcomes a frank dialogue” with its investors."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "The company"


@pytest.mark.parametrize(
    ("description", "age"),
    [("62-year-old", True), ("five-year-old", True), ("manager", False), ("year", False)],
)
def test_an_age_is_no_role(description: str, age: bool) -> None:
    assert is_age(description) is age


def test_a_person_given_an_age_in_figures_is_the_one_that_age_names() -> None:
    text = (
        "Omar Bek, 62, watched the race. Lina Hart won it. "
        "“It was a fine run,” the 62-year-old said."
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Omar Bek"]


def test_an_age_spelled_out_after_the_is_not_the_last_subject() -> None:
    text = "Lina Hart opened the fair on Saturday. “I loved the cake,” the five-year-old said."
    assert [q.speaker for q in analyze(text).quotes] == ["the five-year-old"]
