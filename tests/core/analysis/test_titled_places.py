"""A street-shaped name after a word for a person (titled_places.py): "Pop star Kiri Lane" is a
person a later "she" means; the same name after a preposition or a word for a body stays a
place."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import PLACE
from app.core.analysis.mention import NAME, Mention
from app.core.analysis.titled_places import person_noun_before


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize("lead", ["Pop star", "Folk singer", "Marathon runner"])
def test_a_word_for_a_person_makes_a_street_shaped_name_a_person(lead: str) -> None:
    text = f"{lead} Kiri Lane won the award on Sunday. “It was hard,” she said."
    assert _speakers(text) == ["Kiri Lane"]


@pytest.mark.parametrize(
    "text",
    [
        "Fans gathered on Kiri Lane on Sunday. “It was hard,” she said.",
        "The new studio Mill Lane opened on Sunday. “It was hard,” she said.",
    ],
)
def test_a_street_shaped_name_without_a_word_for_a_person_stays_a_place(text: str) -> None:
    assert _speakers(text) == ["she"]


@pytest.mark.parametrize(
    ("masked", "person"),
    [
        ("Pop star Kiri Lane won.", True),
        ("The studio Mill Lane won.", False),
        ("Crowds on Kiri Lane waited.", False),
    ],
)
def test_person_noun_before(masked: str, person: bool) -> None:
    start = masked.index("Lane") - 5
    m = Mention(start, start + 9, masked[start : start + 9], NAME, name=masked[start : start + 9])
    assert person_noun_before(masked, m.flagged(entity=PLACE)) is person


@pytest.mark.parametrize(
    "text",
    [
        # a side named like a ground, hosted: "host" is the verb, no person titled
        "Okonjo Tarr scored twice. “Great night,” said Tarr. Rovers host Kings Park next. "
        "“We are ready,” he added.",
        "Okonjo Tarr scored twice. “Great night,” said Tarr. The club hosts Kings Park next. "
        "“We are ready,” he added.",
        "Okonjo Tarr scored twice. “Great night,” said Tarr. The club will host Kings Park next. "
        "“We are ready,” he added.",
    ],
)
def test_a_verb_spelt_like_a_word_for_a_person_leaves_the_name_a_place(text: str) -> None:
    assert _speakers(text) == ["Okonjo Tarr", "Okonjo Tarr"]


def test_a_host_titling_a_name_still_makes_it_a_person() -> None:
    text = "TV host Kiri Lane won the award on Sunday. “It was hard,” she said."
    assert _speakers(text) == ["Kiri Lane"]
