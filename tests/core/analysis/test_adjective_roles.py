"""Appositives led by an adjective before the job (adjective_roles.py): "Ana Ruiz, regional
director of ports, said" names Ana Ruiz as the one who speaks, as "Ana Ruiz, director of
ports, said" already did; plural roles and clauses between commas read as before."""

from __future__ import annotations

import pytest

from app.core.analysis.adjective_roles import adjective_then_role
from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    "role",
    [
        "regional director of ports",
        "papal master of ceremonies",
        "provincial health officer",
        "national secretary of the dockers' union",
        "political analyst",
        "medical director at Calder General",
    ],
)
def test_a_job_led_by_an_adjective_leaves_the_name_as_the_speaker(role: str) -> None:
    text = f"“The river rose overnight and nobody was ready,” Tomas Verlo, {role}, said on Monday."
    assert _speakers(text) == ["Tomas Verlo"]


def test_a_surname_with_such_a_job_after_the_quote_speaks() -> None:
    text = (
        "Tomas Verlo runs the harbour at Calder.\n\n"
        "“The river rose overnight and nobody was ready,” Verlo, regional director of ports, said."
    )
    assert _speakers(text) == ["Tomas Verlo"]


def test_plural_officials_between_commas_open_a_clause_not_an_apposition() -> None:
    text = (
        "The river rose in Calder, regional officials said, and “nobody was ready for it,” "
        "Tomas Verlo said."
    )
    assert _speakers(text) == ["Tomas Verlo"]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("regional director of ports", True),
        ("provincial health officer", True),
        ("regional officials", False),  # a plural: a clause of its own
        ("critical of the plan", False),  # an adjective, no job
        ("normal practice aside", False),
        ("regional", False),
    ],
)
def test_the_shape_asks_for_an_adjective_then_a_singular_role(words: str, expected: bool) -> None:
    assert adjective_then_role(words.split()) is expected
