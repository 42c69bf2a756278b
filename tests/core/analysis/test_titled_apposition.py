"""A description, then an apposition that titles a name ("Its author, the senior midwife
Professor Ruth Okafor, said"): the named person speaks. Invented copy in several house styles
(health report, court/inquiry report, sports page)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # health report: an honorific inside the titled apposition
            "Its author, the senior midwife Professor Ruth Okafor, called the findings “a "
            "culture of quiet acceptance”.",
            "Ruth Okafor",
        ),
        (  # inquiry report: "a" and a knighthood
            "The inquiry's chair, a retired judge Sir Alan Pryce, said the evidence was "
            "“overwhelming”.",
            "Alan Pryce",
        ),
        (  # sports page
            "The club's captain, the veteran defender Sam Odell, said the dressing room was “as "
            "together as it has ever been.”",
            "Sam Odell",
        ),
    ],
)
def test_the_name_in_a_titled_apposition_speaks(text: str, speaker: str) -> None:
    q = analyze(text).quotes[0]
    assert q.speaker == speaker
    assert speaker in q.speaker_reason


def test_a_name_in_an_aside_about_someone_else_does_not_speak() -> None:
    text = (
        "The prime minister, speaking alongside the chancellor Olaf Brandt, said the deal was "
        "“close”."
    )
    assert analyze(text).quotes[0].speaker == "The prime minister"
