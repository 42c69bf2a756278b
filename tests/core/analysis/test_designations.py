"""designations.py: a short quoted noun that names a kind of thing is nobody's words, while a
speaker's verdict in the same frame stays theirs. Every sentence is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.designations import compound_term, designation, list_name
from app.core.analysis.engine import analyze


def _span(text: str) -> tuple[int, int]:
    start = text.index("“") + 1
    return start, text.index("”", start)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Dana Hale said the trust would fund a “maternity lodge” in town.", True),
        ("Tomas Brek worked out his “freedom figure” over a weekend.", False),
        ("There are now 40 million monthly active “creators” on the site.", False),
        ("The board said a “rapid-access bay” had been set up.", True),
        ("The council approved a new “late payment charge” of 50 pounds.", False),
        ("The owners have introduced “dual sign-off” for every account.", False),
        ("Ana Ruiz said parish efforts to start “warming rooms” in halls had stalled.", True),
        ("Tomas Brek said the trust would launch “pop-up clinics” across the valley.", True),
        ("The board plans to open “respite units” at two farms next spring.", False),
        ("Ana Ruiz said the wing should be named after the town's “lock keepers”.", True),
    ],
)
def test_a_kind_of_thing_is_a_designation(text: str, said: bool) -> None:
    assert designation(text, *_span(text), said=said)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said the “witch hunt” had to end.",  # a verdict as the clause's subject
        "Ana Ruiz called the plan a “slow puncture”.",  # a verb of calling governs it
        "Ana Ruiz said the council had created a “car crash” for parents.",
        "Ana Ruiz said the firm's “savings” had come from the night shift.",  # one word
        "Ana Ruiz said she expects $30 million in “savings” this year.",
        "Ana Ruiz said the council had approved a new “stealth tax” without a vote.",
        "Ana Ruiz said the board had introduced “witch hunt” rules by the back door.",
        "Ana Ruiz said the levy was “unfair” and a “cash grab” by the council.",  # a run
    ],
)
def test_a_speakers_verdict_is_no_designation(text: str) -> None:
    assert not designation(text, *_span(text), said=True)


def test_a_compound_name_needs_a_kind_of_thing_after_it() -> None:
    assert compound_term("safe parking", " lot by June")
    assert not compound_term("witch hunt", " approach had failed")  # a verdict on a way
    assert not compound_term("deeply flawed", " service")  # a judgement
    assert not compound_term("clean", " bill")  # one word: the speaker's


@pytest.mark.parametrize(
    ("word", "after"),
    [
        ("efficiency", " committee"),
        ("rail-link", " bus every hour"),
        ("wellbeing", " hub"),
        ("overflow", " car park"),
    ],
)
def test_one_plain_noun_before_a_kind_of_thing_names_it(word: str, after: str) -> None:
    assert compound_term(word, after)


@pytest.mark.parametrize(
    "word",
    [
        "sham",
        "vanity",
        "toothless",
        "shambolic",
        "broken",
        "world-class",
        "shoddy",
        "inferior",
        "substandard",
        "unfair",
        "draconian",
    ],
)
def test_one_verdict_before_a_kind_of_thing_stays_the_speakers(word: str) -> None:
    assert not compound_term(word, " service")


@pytest.mark.parametrize(
    "text",
    [
        "The trust said it was “weighing up every option” and that a “pop-up clinic” would run.",
        "Ana Ruiz said the firm was “doing all it can” while a “relief bus” covered the route.",
    ],
)
def test_a_designation_after_a_partial_quote_of_a_clause(text: str) -> None:
    start = text.rindex("“") + 1
    assert designation(text, start, text.rindex("”"), said=True)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said the pair had been on the ministry's “watch list” for a year.",
        "Clerks will check each name against the agency's digital “no-fly lists,” Ruiz said.",
        "Tomas Brek said the firm was taken off the council's “housing register” in May.",
        "Dana Hale said both boats were added to the “hold list” after the storm.",
    ],
)
def test_a_known_list_something_is_on_is_a_name(text: str) -> None:
    assert list_name(text, *_span(text))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz said the budget was just a “wish list,” and a poor one.",
        "Tomas Brek called the plan a “wish list” for donors.",
        "Dana Hale said officials told her the bridge was on a “priority list” somewhere.",
        "Ana Ruiz said the answer to the plan is a “wish list” at best.",
        "Tomas Brek said the “guest list” was a secret.",
    ],
)
def test_a_verdict_or_a_vague_list_stays_the_speakers(text: str) -> None:
    assert not list_name(text, *_span(text))


@pytest.mark.parametrize(
    "text",
    [
        # a year ending a clause before the tag is no count of the quoted word
        "Tom Vell, who moved to Leeds in 2021, said he was “proud” of the team.",
        "The forward, who joined from Celtic in 2021, said he was “proud” of the team.",
    ],
)
def test_a_year_before_the_tag_counts_nothing(text: str) -> None:
    assert [q.text for q in analyze(text).quotes] == ["proud"]


def test_things_counted_are_still_a_designation() -> None:
    assert not analyze("The app has 40 million active “creators” worldwide.").quotes


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lind claimed the depot ran an “inferior” sick-pay scheme.",
        "Mara Lind said the council had set up a “draconian” permit system.",
    ],
)
def test_a_named_sayers_judging_adjective_before_a_noun_stays_a_quote(text: str) -> None:
    words = text.split("“")[1].split("”")[0]
    assert [q.text for q in analyze(text).quotes] == [words]


def test_a_plain_noun_before_a_kind_of_thing_stays_out_whoever_speaks() -> None:
    text = "Tom Vell said the depot ran an “efficiency” scheme."
    assert not analyze(text).quotes
