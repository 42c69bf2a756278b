"""An office in capitals between a name and its verb (capped_offices.py): "“…,” Ana Ruiz, Nueva
Tierra Governor, said" credits Ana Ruiz; a second name, or a body, between the commas does not
read as her office."""

from __future__ import annotations

import pytest

from app.core.analysis.capped_offices import capitalised_office
from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    "office", ["Nueva Tierra Governor", "Harbour Council Chair", "Port Elsen Harbour Master"]
)
def test_the_name_before_a_capitalised_office_speaks(office: str) -> None:
    text = f"“We will build the bridge,” Ana Ruiz, {office}, said on Monday."
    assert _speakers(text) == ["Ana Ruiz"]


def test_a_second_name_between_the_commas_is_not_an_office() -> None:
    text = "“We will build the bridge,” Dara Holm, Ana Chancellor, said."
    assert _speakers(text) != ["Dara Holm"]


@pytest.mark.parametrize(
    ("body", "office"),
    [
        ("Nueva Tierra Governor", True),
        ("Harbour Council Chair", True),
        ("Beckford Care Group", False),  # a body, set beside its description
        ("Ana Chancellor", False),  # a person's name
        ("Governor", False),  # one word: a name as well
        ("the regional governor", False),  # lower case: read elsewhere
    ],
)
def test_capitalised_office(body: str, office: bool) -> None:
    assert capitalised_office(body) is office


@pytest.mark.parametrize("office", ["Calder Police Chief", "Austin City Council Member"])
def test_an_office_whose_place_is_spelt_like_a_given_name_still_is_one(office: str) -> None:
    text = f"The ferry was late again.\n\n“It must stop,” Tom Vell, {office}, said."
    assert _speakers(text) == ["Tom Vell"]


@pytest.mark.parametrize("body", ["Mary Ellen Bishop", "Ana B. Marshal"])
def test_given_names_or_an_initial_before_an_office_word_are_a_name(body: str) -> None:
    assert capitalised_office(body) is False
