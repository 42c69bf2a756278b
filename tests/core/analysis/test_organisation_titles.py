"""A name after an organisation noun used as a title ("Rail operator ScotLine", "the carmaker
Veltro") is an organisation: a later "it said" is theirs. Invented copy in several house styles
(live blog, business wire, local paper)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # live blog
            "12:05\nRail operator Northlink has suspended all services north of Perth. It "
            "tweeted: “No trains will run for the rest of today.”",
            "No trains will run",
            "Northlink",
        ),
        (  # business wire
            "The carmaker Veltro cut 400 jobs at its Kessing plant on Monday. It said the cuts "
            "were “painful but necessary.”",
            "painful but necessary",
            "Veltro",
        ),
        (  # local paper: "it" in the next paragraph
            "Bus firm Tarrant Coaches will stop running the 42 route in May.\n\nIt said the "
            "route had been “losing money for years.”",
            "losing money",
            "Tarrant Coaches",
        ),
    ],
)
def test_it_is_the_organisation_named_after_its_kind(text: str, words: str, speaker: str) -> None:
    q = next(q for q in analyze(text).quotes if words in q.text)
    assert q.speaker == speaker
    assert speaker in q.speaker_reason
