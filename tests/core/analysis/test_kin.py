"""The resolver's memory of relatives (kin.py), through the engine: "her son" or "her husband"
as a speaker is the relative named before only while "her" still means the same person."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_her_son_is_the_son_named_with_the_woman_her_means() -> None:
    text = (
        "Lena Sova and her son Ivo were at the fair on Sunday.\n\nHer son said the rides were"
        " closed. “We came for nothing,” he said."
    )
    assert _speakers(text) == ["Ivo"]


def test_her_son_after_another_woman_is_not_the_first_womans_son() -> None:
    # "her" now means Nell Marsh: Ivo is Lena's son, so "Her son" is someone not named
    text = (
        "Lena Sova and her son Ivo were at the fair on Sunday.\n\nNell Marsh arrived later. Her"
        " son said the rides were closed. “We came for nothing,” he said."
    )
    assert _speakers(text) == ["Her son"]


def test_his_daughter_after_another_man_is_not_the_first_mans_daughter() -> None:
    text = (
        "Olek Brandt and his daughter Zita ran the stall.\n\nKarl Weiss joined them at noon. His"
        " daughter said the stall was busy. “We sold out by two,” she said."
    )
    assert _speakers(text) == ["His daughter"]


def test_her_husband_is_the_man_named_with_her_as_a_couple() -> None:
    text = (
        "Piet and Greta Lunde run the ferry cafe.\n\nHer husband said the winter was slow."
        " “We barely opened,” he said."
    )
    assert _speakers(text) == ["Piet Lunde"]


def test_her_husband_is_not_her_brother_who_shares_her_surname() -> None:
    text = (
        "Greta Lunde and her brother Anders Lunde run the ferry cafe.\n\nHer husband said the"
        " winter was slow. “We barely opened,” he said."
    )
    assert _speakers(text) == ["Her husband"]
