"""The resolver's memory of groups (group_memory.py), through the engine: a name and a
relative joined as a sentence's subject are who a later "they" means, with the relative's name
set beside it or not."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Jan Holm and his wife, Eva, opened the bakery in 1995. “We wanted something of"
            " our own,” they said.",
            "Jan Holm and his wife",
        ),
        (
            "Ana Velez and her husband, Carlos, lost their home in the fire. “We have nothing"
            " left,” they said.",
            "Ana Velez and her husband",
        ),
        (
            "Mark Dunn and his son, Leo, fished the river every summer.\n\n“It was our place,”"
            " they said.",
            "Mark Dunn and his son",
        ),
    ],
)
def test_a_name_and_a_named_relative_are_a_group_for_they(text: str, group: str) -> None:
    assert _speakers(text) == [group]


def test_each_of_the_pair_is_still_he_or_she() -> None:
    text = (
        "Jan Holm and his wife, Eva, opened the bakery in 1995. “We wanted something of our"
        " own,” they said. “Nobody thought it would last,” he said. “I did,” she said."
    )
    assert _speakers(text) == ["Jan Holm and his wife", "Jan Holm", "Eva"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Another commuter said the fares had doubled.\n\n“They charge what they like,”"
            " said another.",
            "another commuter",
        ),
        (
            "One driver said the bridge road was closed.\n\n“It has been shut all week,” said one.",
            "one driver",
        ),
    ],
)
def test_an_elliptical_another_is_of_the_kind_named_before(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_her_husband_is_the_man_named_with_her_as_a_couple() -> None:
    # "Piet and Marta Osei" share a surname: "Her husband" after Marta is Piet Osei
    text = (
        "At the shelter, Piet and Marta Osei said they had left their home with ten minutes'"
        " notice. “We grabbed the dog,” Marta Osei said. Her husband said they did not know"
        " whether the house stood.\n\n“A neighbour sent a photo,” he said."
    )
    assert _speakers(text) == ["Marta Osei", "Piet Osei"]
