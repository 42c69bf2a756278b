"""Titles, mottos and names told by their surroundings: "“Winter Light,” which premiered at
Cannes", "her TED talk, “Why We Sleep,”", "the motto is “…”", "calling himself “…”", "what
historians call the “…”", lines someone in general would or might say ("You might ask, “…”");
while a sentence after "In a speech,", "what he called “…”" and "she would later say, “…”" stay
speech. Invented copy (copy_cases.Case)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    Case(
        "title-which-premiered",
        "Critics praised “Winter Light,” which premiered at Cannes, and its lead, Mara Voss, "
        "said: “I cried when I read the script.”",
        {"I cried": "Mara Voss"},
        ("Winter Light",),
    ),
    Case(
        "title-which-is-based",
        "Audiences loved “The Quiet Shore” that is based on a true story from the 1950s.",
        {},
        ("The Quiet Shore",),
    ),
    Case(
        "title-talk-apposition",
        "Her TED talk, “Why We Sleep,” has been viewed 10 million times.",
        {},
        ("Why We Sleep",),
    ),
    Case(
        "title-sitcom-apposition",
        "His first sitcom, “Two Doors Down,” ran for six series on the BBC.",
        {},
        ("Two Doors Down",),
    ),
    Case(
        "speech-after-in-a-speech",
        "In a speech, “We will not back down,” the mayor, Jon Pell, told the crowd.",
        {"We will not back down": "Jon Pell"},
    ),
    Case(
        "speech-title-case-slogan-said",
        "“Build Back Better,” Nora Quay said of her plan, which opens to bids in June.",
        {"Build Back Better": "Nora Quay"},
    ),
    # -- mottos, self-given names, names people in general use --------------------------------
    Case(
        "term-motto-is",
        "The ward’s new motto is “Every patient, every time.” Staff voted for it in May.",
        {},
        ("Every patient, every time",),
    ),
    Case(
        "nickname-calling-himself",
        "A man calling himself “Captain Justice” has been arrested after a rooftop protest.",
        {},
        ("Captain Justice",),
    ),
    Case(
        "term-what-historians-call",
        "It was the start of what historians call the “Long Peace.”",
        {},
        ("Long Peace",),
    ),
    Case(
        "speech-what-he-called",
        "The envoy, Piet Haas, flew between the two capitals in what he called “shuttle "
        "diplomacy.”",
        {"shuttle": "Piet Haas"},
    ),
    Case(
        "other-their-banner",
        "Activists from Green Shore scaled the town hall. “Climate can’t wait,” read their banner.",
        {},
        ("Climate can’t wait",),
    ),
    Case(
        "title-called-x-a-triumph",
        "Reviewers called “The Long Walk” a triumph, and its director, Ana Pratt, said: “I am "
        "overwhelmed.”",
        {"I am overwhelmed": "Ana Pratt"},
        ("The Long Walk",),
    ),
    Case(
        "speech-called-it-a-judgement",
        "The councillor, Ray Dunn, called the scheme “a disgrace” and voted against it.",
        {"a disgrace": "Ray Dunn"},
    ),
    # -- imagined lines: what someone in general would, might or usually says -----------------
    Case(
        "other-would-think",
        "Most people would think, “Why bother?” But the answer matters to the town.",
        {},
        ("Why bother",),
    ),
    Case(
        "other-you-might-ask",
        "You might ask, “Who pays for all this?” The answer, it turns out, is simple.",
        {},
        ("Who pays",),
    ),
    Case(
        "other-imagine-a-customer",
        "Imagine a customer asking, “Is this gluten-free?” The staff must know the answer.",
        {},
        ("gluten-free",),
    ),
    Case(
        "other-parents-often-say",
        "Parents often say “yes” to avoid a row, the guide warns.",
        {},
        ("yes",),
    ),
    Case(
        "speech-would-later-say",
        "Ines Ruiz never gave up. She would later say, “I never doubted it for a moment.”",
        {"I never doubted": "Ines Ruiz"},
    ),
    Case(
        "speech-the-mayor-would-tell",
        "The mayor, Dan Oyelaran, would often tell reporters, “Trust me, the ferry stays.”",
        {"Trust me": "Dan Oyelaran"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_title_cue(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_a_title_with_its_kind_of_work_set_beside_it_is_a_title() -> None:
    text = "The line-up is out.\n\n‘Saltmarsh’, the debut feature of Ana Ruiz, opens the festival."
    assert not analyze(text).quotes
    spoken = "The line-up is out.\n\n“Go home,” the film's director, Ana Ruiz, said."
    assert [q.speaker for q in analyze(spoken).quotes] == ["Ana Ruiz"]
