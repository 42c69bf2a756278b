"""Short single-marked partial quotes in copy that quotes whole sentences with double marks.

Every sentence is invented. The phrase is speech only when a verb of saying or calling in its
sentence governs it; titles, scare quotes and elisions with no sayer stay out.
"""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.single_partials import find

_FULL = "\n\nShe added: “We will keep talking to everyone involved.”"


def quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "phrase", "speaker"),
    [
        (
            "Harbour Minister Carla Munro has labelled the dockers’ union as being ‘reckless’ "
            "and the only obstacle to a deal this winter." + _FULL,
            "reckless",
            "Carla Munro",
        ),
        (
            "Residents of Lower Pellow say a council hearing where the licence was granted "
            "for the new quarry was ‘a farce’." + _FULL,
            "a farce",
            "Residents of Lower Pellow",
        ),
        (
            "A spokeswoman for Brindle Homes said the firm ‘fully accepts’ the concerns of "
            "neighbours about traffic on the lane." + _FULL,
            "fully accepts",
            "A spokeswoman for Brindle Homes",
        ),
    ],
)
def test_governed_single_partial_is_a_quote(text: str, phrase: str, speaker: str) -> None:
    assert (phrase, speaker) in quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        # no verb of saying or calling: a scare quote, a title, an elision
        "The so-called ‘reform’ of the harbour board has been delayed again by the council "
        "this week." + _FULL,
        "Tickets for the touring production of ‘Summer Tides’ went on sale at the harbour "
        "theatre this morning." + _FULL,
        "The band played rock ‘n’ roll until late at the harbour festival on Saturday night, "
        "organisers of the event said." + _FULL,
    ],
)
def test_ungoverned_single_marks_stay_out(text: str) -> None:
    found = [t for t, _ in quotes(text)]
    assert found == ["We will keep talking to everyone involved."]


def test_short_headline_line_keeps_its_words_a_headings() -> None:
    text = "Mayor calls harbour plan ‘a farce’ at meeting." + _FULL
    assert [t for t, _ in quotes(text)] == ["We will keep talking to everyone involved."]


def test_nested_single_inside_double_quote_is_left_to_it() -> None:
    block = "She said: “They called it ‘a farce’ and walked out of the hall.”"
    taken = [(block.index("“"), block.index("”") + 1)]
    assert find(block, taken) == []


def test_apostrophes_do_not_close_the_phrase() -> None:
    block = "Critics said the plan was ‘the people’s choice’ only in name, and it failed."
    (pair,) = find(block, [])
    assert block[pair[0] + 1 : pair[1]] == "the people’s choice"


@pytest.mark.parametrize(
    "text",
    [
        "He would support the plan with ‘some reluctance’, Cr Vell said.",
        "He would back the rates rise with ‘some reluctance’, Cr Vell said, because the roads "
        "could not wait.",
    ],
)
def test_a_single_partial_with_its_tag_after_is_a_quote(text: str) -> None:
    # Before, the sentence's verb of saying came only after the phrase (and a short paragraph
    # was taken for a headline), so the councillor's words were dropped
    assert ("some reluctance", "Vell") in quotes(text + _FULL)


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a clause after the comma, and an aside about a work before the verb
        "The so-called ‘reform’, which the union opposed for a year, passed on Tuesday.",
        "Tickets for ‘Summer Tides’, the harbour theatre's new show, said to sell out, went on "
        "sale.",
    ],
)
def test_single_marks_with_no_tag_right_after_stay_out(text: str) -> None:
    assert [t for t, _ in quotes(text + _FULL)] == ["We will keep talking to everyone involved."]
