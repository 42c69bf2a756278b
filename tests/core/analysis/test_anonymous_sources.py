"""Anonymous sourcing: its spans, and whether the sentence gives a reason for it."""

from __future__ import annotations

from app.core.analysis.anonymous_sources import find_anonymous
from app.core.analysis.engine import analyze


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


def test_a_named_person_described_in_apposition_is_not_anonymous() -> None:
    """ "Tom Ray, a city official, said" names the official: no anonymous sourcing to flag."""
    for text in (
        "Tom Ray, a city official, said the plan was sound.",
        "Dr. Ann Lee, a hospital official, said so.",
        "“It was late,” said Marta Kowalczyk, a procurement official, on Friday.",
        "Ray, a city official, said so.",
    ):
        assert find_anonymous(text) == [], text
        assert not any(f.code == "anonymous_without_reason" for f in analyze(text).findings)
    for text, unnamed in (
        ("In Washington, a senior official said the plan was sound.", "a senior official"),
        ("On Tuesday, a senior official, said the plan was sound.", "a senior official"),
        ("Tom Ray, an aide who asked not to be named, said so.",
         "an aide who asked not to be named"),
    ):  # fmt: skip
        assert [a.text for a in find_anonymous(text)] == [unnamed], text


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
