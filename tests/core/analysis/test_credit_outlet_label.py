"""An outlet's label opening a credit line ("For The Harbour Times: Ana Lima"): the names after
it are read, each working for the outlet. Every name and outlet is invented."""

from __future__ import annotations

import pytest

from tests.core.analysis.credit_reading import read_people

TIMES = "The Harbour Times"


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "people"),
    [
        # read nothing: the writer lost in silence
        (f"For {TIMES}: Ana Lima", [("Ana Lima", None, TIMES)]),
        (f"Special to {TIMES}: Ana Lima", [("Ana Lima", None, TIMES)]),
        ("For Reuters: Ana Lima in Oslo", [("Ana Lima", "Oslo", "Reuters")]),
        # pasted, the name scan credited the last writer alone and reported the first
        (
            f"For {TIMES}: Ana Lima and Tom Ray",
            [("Ana Lima", None, TIMES), ("Tom Ray", None, TIMES)],
        ),
        # the label run on into the byline
        (f"Special to {TIMES} by Ana Lima", [("Ana Lima", None, TIMES)]),
        ("For Politico: Ana Lima", [("Ana Lima", None, "Politico")]),
        # a cue after the label keeps its role
        (f"For {TIMES}: Photo by Ana Lima", [("Ana Lima", None, TIMES)]),
    ],
)
def test_the_names_after_an_outlets_label_work_for_it(
    line: str, people: list[tuple[str, str | None, str | None]], declared: bool
) -> None:
    assert read_people(line, declared) == (people, ())


def test_a_label_for_writers_with_an_outlet_of_their_own_is_reported() -> None:
    assert read_people(f"For {TIMES}: Ana Lima/AFP", False) == (
        [("Ana Lima", None, "AFP")],
        (f"For {TIMES}:",),
    )


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    "line",
    ["For The Record: Tom Ray was wrong", "For The Love by Ana Lima", "For The Win: Ana Lima"],
)
def test_prose_or_a_title_after_a_label_shaped_opening_credits_no_outlet(
    line: str, declared: bool
) -> None:
    """A piece's title opens as a label does; "The Love" is no one's employer. The line is a
    headline with its writer, read as "The Long Road by Ana Lima" is: no credit and nothing
    reported, neither Ana Lima working for "The Win" nor a writer called "For The Win"."""
    assert read_people(line, declared) == ([], ())
