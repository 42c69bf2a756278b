"""The word tables of entities.py as the engine reads them: a player's position or an
athlete's sport written before the name is a description, not part of the name."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind, is_person_noun, kind_of_name, kind_of_nominal
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Quarterback Eli Sorensen said the line was "fantastic all day."', "Eli Sorensen"),
        (
            'Linebacker Dre Wallace, who made 11 tackles, told reporters: "We were flat."',
            "Dre Wallace",
        ),
        ('Pitcher Joe Rusk, 24, said he felt "locked in from the start."', "Joe Rusk"),
        ('"I was lucky with the bounce," said Forward Jana Kovac.', "Jana Kovac"),
        ('Golfer Rory Flint told reporters: "The greens were fast."', "Rory Flint"),
        ('Rookie Tia Marsh said: "I was nervous before the tip."', "Tia Marsh"),
    ],
)
def test_a_position_before_a_name_describes_the_player(text: str, speaker: str) -> None:
    # Before, the capitalised position opening the sentence was kept as a first name.
    assert speaker_of(text, "") == speaker


def test_the_position_alone_refers_back_to_the_player() -> None:
    text = 'Eli Sorensen threw for 312 yards. "The line gave me all day," the quarterback said.'
    assert speaker_of(text, "all day") == "Eli Sorensen"


@pytest.mark.parametrize("word", ["quarterback", "linebackers", "forward", "goalies"])
def test_positions_are_nouns_for_people(word: str) -> None:
    assert is_person_noun(word)


def test_a_company_named_forward_stays_a_company() -> None:
    text = 'Forward Partners said the funding round was "oversubscribed."'
    assert speaker_of(text, "") == "Forward Partners"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the company's biggest rival", EntityKind.ORGANISATION),
        ("its main competitor", EntityKind.ORGANISATION),
        ("the bank's competitors", EntityKind.ORGANISATION),
        ("her rival", EntityKind.PERSON),
        ("the senator's rival", EntityKind.PERSON),
        ("a rival", EntityKind.PERSON),
    ],
)
def test_a_rival_is_of_its_owners_kind(phrase: str, kind: EntityKind) -> None:
    assert kind_of_nominal(phrase) is kind


def test_a_name_beside_a_companys_rival_is_a_body() -> None:
    text = "Corvane, the firm's closest competitor, said, “We will match any price.”"
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Corvane"
    assert "organisation" in (quote.speaker_reason or "")


def test_a_couple_is_people_who_speak_as_they() -> None:
    text = (
        "The couple, who married in 2019, said in a joint statement that they had “grown "
        "apart.” “We ask for privacy,” they said."
    )
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == ["The couple", "The couple"]


AIR_AND_AVIATION = {
    # last, after a word that is no first name: an airline
    "Norse Air": EntityKind.ORGANISATION,
    "Skyline Aviation": EntityKind.ORGANISATION,
    # a surname after a first name, a rank or a portfolio before a name
    "Tom Air": EntityKind.PERSON,
}


@pytest.mark.parametrize(("name", "kind"), AIR_AND_AVIATION.items(), ids=AIR_AND_AVIATION.keys())
def test_air_or_aviation_ending_a_name_is_an_airline(name: str, kind: EntityKind) -> None:
    assert kind_of_name(name) is kind


def test_an_airline_is_the_it_that_speaks_next() -> None:
    text = "Norse Air cancelled 40 flights. “Safety is our first priority,” it said."
    assert [q.speaker for q in analyze(text).quotes] == ["Norse Air"]


def test_a_rank_or_a_portfolio_with_air_keeps_the_person() -> None:
    text = "“We are ready,” Air Marshal Tom Vell said. Aviation Minister Ana Ruiz called it “late.”"
    assert [q.speaker for q in analyze(text).quotes] == ["Tom Vell", "Ana Ruiz"]


@pytest.mark.parametrize(
    "name",
    ["Kelso Tech", "Calder Robotics", "Vela Technology", "Orrin Aerospace", "Harlow Securities"],
)
def test_a_firm_named_for_its_trade_is_an_organisation(name: str) -> None:
    # "Kelso" and "Calder" are first names too: the trade word says whose name it is
    assert kind_of_name(name) is EntityKind.ORGANISATION


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Kelso Tech unveiled its new phone, the Kelso One, on Wednesday. "
            "“It is the best phone we have ever made,” the company said.",
            "Kelso Tech",
        ),
        (
            "Shares of Calder Robotics fell 9% on Monday. "
            "“We were too optimistic,” Calder said in a statement.",
            "Calder Robotics",
        ),
    ],
)
def test_a_tech_firm_is_the_company_said_later(text: str, speaker: str) -> None:
    # Before, "Kelso Tech" read as a person, so "the company" found no organisation named
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The phone was described by reviewers as “impressive but expensive.”", "reviewers"),
        ("Detractors called the Marrow plan “a fantasy.”", "Detractors"),
        ("Backers of the stadium said it was “bold.”", "Backers of the stadium"),
    ],
)
def test_people_judging_a_thing_are_a_group_not_a_name(text: str, speaker: str) -> None:
    # Before, "reviewers" after "by" was nobody and "Detractors" a surname
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker
    assert "unnamed speaker" in (quote.speaker_reason or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Forecaster Tom Vell said the storm was “extremely dangerous.”", "Tom Vell"),
        ("Cabbie Dan Moss said the roads were “a nightmare.”", "Dan Moss"),
    ],
)
def test_weather_and_trade_jobs_before_a_name_describe_the_person(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Corvane makes the glasses in Taiwan.\n"
            "Corvane's spec sheet says the battery lasts “up to 9 hours.”",
            "Corvane",
        ),
        (
            "The Kelby County Health Department issued a fact sheet on Monday.\n"
            "“Wash your hands often,” the fact sheet says.",
            "Kelby County Health Department",
        ),
        (
            "The Kelmarsh Water Board publishes the figures each spring.\n"
            "Its footnotes say the 2021 totals reflect “partial reporting.”",
            "Kelmarsh Water Board",
        ),
    ],
)
def test_a_spec_sheet_or_footnotes_speak_for_who_publishes_them(text: str, speaker: str) -> None:
    # Before, "spec sheet" and "footnotes" were no documents: the quote was dropped.

    assert analyze(text).quotes[-1].speaker == speaker


def test_back_in_print_is_no_speaker() -> None:

    text = "The book is back in print. “It sold out in a week,” said Ada Lune."
    assert analyze(text).quotes[-1].speaker == "Ada Lune"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "“Nobody warned us,” said a packer who has worked at the depot for six years.",
            "",
            "a packer",
        ),
        (
            "A longshoreman at the next berth, who asked not to be named, said the crane had "
            "failed twice.\n“It was loud,” he said.",
            "loud",
            "a longshoreman",
        ),
        ("“The fruit rotted on the trees,” said a picker from the valley.", "", "a picker"),
        ("A dockworker at the port said the line “never stopped.”", "", "a dockworker"),
    ],
)
def test_warehouse_and_dock_trades_are_people(text: str, words: str, speaker: str) -> None:
    # Before, "packer" and "longshoreman" were no nouns for people: the tag's quotes got no
    # speaker and "he" went to a noun earlier in the sentence ("his employer")
    assert speaker_of(text, words) == speaker


def test_a_surname_like_cook_is_no_trade() -> None:
    # "cook" stays off the list: "Tim Cook" alone is "Cook", and a word for people at a
    # sentence's start is read as the noun
    assert not is_person_noun("cook")


@pytest.mark.parametrize("noun", ["attendee", "participant", "commenter", "patron", "hiker"])
def test_people_at_a_local_event_speak_after_the_quote(noun: str) -> None:
    # "asked one attendee" tags the quote before it; the people of the sentence before
    # ("Residents say ...") are not its speaker
    text = (
        "Residents say the board never listens. “Why is it so hard to get anyone out here,” "
        f"asked one {noun}. “Come and see.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == [f"one {noun}"] * 2


def test_a_person_noun_after_the_quote_does_not_take_a_quote_with_its_own_tag() -> None:
    # near miss: a tag of its own wins over a person noun in the next sentence
    text = "“We want answers,” said Rosa Tell. One attendee nodded."
    assert [q.speaker for q in analyze(text).quotes] == ["Rosa Tell"]


@pytest.mark.parametrize("trade", ["Resources", "Minerals", "Metals", "Farms"])
def test_a_firm_named_for_what_it_digs_or_grows_is_the_company_said_later(trade: str) -> None:
    # Before, "Tarrant Resources, owner of two pits" read as a person described, so "the
    # company" found no organisation named and stayed as written
    text = (
        f"Tarrant {trade}, owner of two pits near Brackley, said the levy was a surprise.\n\n"
        "“We will keep investing in the valley,” the company said."
    )
    assert analyze(text).quotes[-1].speaker == f"Tarrant {trade}"
