"""Two generations of one family (generations.py): "the younger Vell", "the elder Vell" and
"Kerr Jr." name the person the story said was the younger or the elder, by age, by "his son" or
"her father", or by Jr. and Sr.; with no way to tell, or one person of the name, nothing moves."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Tom Vell, 68, founded the boatyard. His son, Jake Vell, 34, runs it now. "
            "“We build them the old way,” the younger Vell said. “He has no patience,” "
            "the elder Vell said.",
            ["Jake Vell", "Tom Vell"],
        ),
        (
            "Ruth Obi, 71, and her daughter Ada Obi, 45, run the bakery. “We never close,” "
            "the younger Obi said.",
            ["Ada Obi"],
        ),
        (
            "Dan Mace, 52, coaches the side his father, Pete Mace, 80, once coached. “I "
            "can't stay away,” the senior Mace said.",
            ["Pete Mace"],
        ),
        (
            "Amos Kerr Sr. ran the farm for 50 years. His son Amos Kerr Jr. took over in 2010. "
            "“The land is tired,” Kerr Jr. said.",
            ["Amos Kerr Jr."],
        ),
        (
            "Leo Brandt and his son Max Brandt opened the store. “It was a bad idea,” the "
            "older Brandt said.",
            ["Leo Brandt"],
        ),
    ],
)
def test_the_modifier_picks_the_generation(text: str, speakers: list[str]) -> None:
    assert _speakers(text) == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # one Vell only: "the younger" tells no one apart
        ("Tom Vell, 68, runs the yard. “We build boats,” the younger Vell said.", "Tom Vell"),
        # two Vells and nothing saying which is older
        (
            "Tom Vell and Jake Vell run the yard. “We build boats,” the younger Vell said.",
            "Tom Vell",
        ),
        # "junior" as a rank, not a generation
        (
            "The junior senator from Ohio, Ruth Calder, spoke. “We must act,” Calder said.",
            "Ruth Calder",
        ),
    ],
)
def test_nothing_moves_without_two_generations(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_two_relatives_with_the_same_mark_are_not_ordered() -> None:
    # "his son" and "his nephew" both say younger than Tom: neither is "the elder" of the two.
    text = (
        "Tom Vell has two relatives in the firm: his son, Sam Vell, and his nephew, Jake Vell. "
        "“We built this,” the elder Vell said."
    )
    quote = analyze(text).quotes[0]
    # not "the elder of the two" (Jake, before the mend): the plain surname reading stands
    assert quote.speaker == "Tom Vell"
    assert "surname of a person named earlier" in (quote.speaker_reason or "")
