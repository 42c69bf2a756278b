"""Titles told by what follows or by the kind of work set before them: "“Winter Light,” which
premiered at Cannes", "her TED talk, “Why We Sleep,”"; while a sentence after "In a speech," stays
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
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_title_cue(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []
