"""A name, a lower-case role and a second name ("Harlow Foods finance director Ruth Kemp"):
the first name only says whose role it is; the second is the person who speaks. Invented copy in
several house styles (business wire, sports page, local paper, US daily)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # business wire: company, two-word role, name; the second quote of the sentence
            "Brannock Mills chief executive Odile Sarr called the results “disappointing” and "
            "said the outlook was “steady, if unspectacular.”",
            "steady",
            "Odile Sarr",
        ),
        (  # sports page: club, role, name
            "Tarvin Hollow head coach Pete Lowry praised the keeper as “outstanding” and said the "
            "second half was “the best we have played all year.”",
            "best we have played",
            "Pete Lowry",
        ),
        (  # US daily: one-word role in lower case
            "Morrow Creek spokeswoman Dana Ortiz called the outage “regrettable” but said staff "
            "were “safe and well.”",
            "safe and well",
            "Dana Ortiz",
        ),
    ],
)
def test_the_second_name_in_a_title_chain_speaks(text: str, words: str, speaker: str) -> None:
    q = next(q for q in analyze(text).quotes if words in q.text)
    assert q.speaker == speaker
    assert speaker in q.speaker_reason


def test_the_first_name_is_still_what_a_later_it_means() -> None:
    # local paper: "it" in the next sentence is the company whose director spoke
    text = (
        "Harlow Foods finance director Ruth Kemp said the dividend was “safe”. It said in a "
        "statement that costs were “under control.”"
    )
    q = next(q for q in analyze(text).quotes if "under control" in q.text)
    assert q.speaker == "Harlow Foods"


def test_a_verb_between_two_names_is_no_chain() -> None:
    text = "Police arrested officer Dan Hale, who said he was “innocent of everything.”"
    q = analyze(text).quotes[0]
    assert q.speaker == "Dan Hale"
