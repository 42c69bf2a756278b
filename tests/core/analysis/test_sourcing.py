"""Named sources with descriptions and titles; anonymous and institutional sourcing."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from app.core.analysis.sourcing import find_anonymous


def sources(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {s.name: (s.title, s.description) for s in analyze(text).sources}


def test_appositive_description_after_the_name() -> None:
    text = "Greta Lund, a hydrologist with the Baltic Water Institute, warned of floods."
    assert sources(text) == {"Greta Lund": (None, "a hydrologist with the Baltic Water Institute")}


def test_description_before_the_name() -> None:
    text = "Norway's health minister, Eirik Sand, defended the plan."
    assert sources(text)["Eirik Sand"][1] == "Norway's health minister"


def test_title_is_kept_apart_and_appositive_is_the_description() -> None:
    text = "Democratic Senator Rosa Tello, a member of the budget panel, voted no."
    assert sources(text) == {"Rosa Tello": ("Democratic Senator", "a member of the budget panel")}


def test_clause_after_a_comma_is_not_a_description() -> None:
    text = "Finance Minister Aleksi Virtanen, who took office in May, said “Taxes stay.”"
    title, description = sources(text)["Aleksi Virtanen"]
    assert title == "Finance Minister"
    assert description == "Finance Minister"


def test_people_merely_mentioned_are_not_sources() -> None:
    text = "The decision came before Carl Bender takes office in January."
    assert sources(text) == {}


def test_quote_speakers_are_sources() -> None:
    text = "“We will appeal,” said Marta Kos."
    assert "Marta Kos" in sources(text)


def test_anonymous_sourcing_spans() -> None:
    cases = {
        "according to three people familiar with the matter.": (
            "three people familiar with the matter"
        ),
        "a source who asked not to be named said the talks stalled.": (
            "a source who asked not to be named"
        ),
        "two diplomats and an official briefed on the talks said": (
            "two diplomats and an official briefed on the talks"
        ),
        "Several officials said the vote would slip.": "Several officials",
    }
    for text, expected in cases.items():
        found = find_anonymous(text)
        assert [a.text for a in found] == [expected], text
        a = found[0]
        assert text[a.start : a.end] == a.text


def test_anonymous_sourcing_with_a_stated_reason() -> None:
    text = (
        "The plan was approved, according to an official who asked not to be identified "
        "because the talks were private."
    )
    (a,) = analyze(text).anonymous_sourcing
    assert a.reason_given
    assert not any(f.code == "anonymous_without_reason" for f in analyze(text).findings)


def test_a_reason_counts_only_in_the_sentence_of_its_attribution() -> None:
    """Each sentence is read once for a reason (a paragraph of many attributions and no full
    stop was reread for each); the sentence still ends at ". " on either side."""
    text = (
        "The vote slipped, officials said. Later, officials said, because the talks were "
        "private, that it would. Then the vote slipped again, officials said. Later an aide "
        "said the same."
    )
    found = find_anonymous(text)
    assert [(a.text, a.reason_given) for a in found] == [
        ("officials", False), ("officials", True), ("officials", False), ("an aide", False)
    ]  # fmt: skip


def test_named_groups_are_not_anonymous() -> None:
    assert find_anonymous("The officials named in the report resigned.") == []
    assert find_anonymous("Some people like rain.") == []


def test_institutional_sources_are_listed_apart() -> None:
    text = (
        "The Interior Ministry said 40 people were evacuated. The national statistics office "
        "estimates that prices rose 3%."
    )
    result = analyze(text)
    assert [i.text for i in result.institutional_sources] == [
        "The Interior Ministry said",
        "The national statistics office estimates",
    ]
    assert result.anonymous_sourcing == ()


def test_anonymous_sourcing_in_everyday_phrasings() -> None:
    cases = {
        "The deal collapsed, according to people who know both men.": "people who know both men",
        "“Not a chance,” said one party strategist.": "one party strategist",
        "People familiar with the talks said a deal was close.": "People familiar with the talks",
        "Sources told the newspaper that a deal was close.": "Sources",
        "A senior aide, speaking on condition of anonymity, said the vote would slip.": (
            "A senior aide, speaking on condition of anonymity"
        ),
        "Three port workers and a contractor familiar with the survey said it was late.": (
            "Three port workers and a contractor familiar with the survey"
        ),
    }
    for text, expected in cases.items():
        found = analyze(text).anonymous_sourcing
        assert [a.text for a in found] == [expected], text
        assert text[found[0].start : found[0].end] == expected


def test_numbers_of_people_in_a_statement_are_not_sources() -> None:
    assert analyze("The ministry said 40 people were moved to shelters.").anonymous_sourcing == ()


def test_sources_are_people_and_organisations_that_speak() -> None:
    text = (
        "The American delegation arrived on Election Day.\n\n"
        "“We will win,” said Mia Holt.\n\n"
        "The Navy said in a statement: “No sailor was hurt.”"
    )
    names = [s.name for s in analyze(text).sources]
    assert names == ["Mia Holt", "Navy"]
