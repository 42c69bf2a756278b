"""Verbs of saying: a participle with no auxiliary that is still a passive ("a trader
described by police as “…”"), whose agent is the one who spoke."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A 52-year-old fraudster described by police as the “most cunning swindler in the "
            "county” has been jailed.",
            "police",
        ),
        ("A landlord described by tenants as “a menace to the street” was fined.", "tenants"),
        (
            "The levy, criticised by the Harlow Trades Council as “a raid on wages”, was dropped.",
            "Harlow Trades Council",
        ),
    ],
)
def test_the_agent_of_a_reduced_passive_described_as_is_the_speaker(
    text: str, speaker: str
) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz described the plan as “a raid on wages.”", "Ana Ruiz"),
        ("Ana Ruiz, who was elected by the council, described it as “a raid.”", "Ana Ruiz"),
    ],
)
def test_an_active_describer_keeps_the_quote(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
