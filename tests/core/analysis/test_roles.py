"""Words for one role that copy uses in turn (roles.py): the short form of a title before a
name is the role a later "the ..." names."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.roles import kin_of


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("Gov.", "governor"),
        ("Lt. Col.", "colonel"),
        ("Lt. Gen.", "general"),
        ("Capt.", "captain"),
        ("Cmdr.", "commander"),
        ("Amb.", "ambassador"),
        ("Cllr", "councillor"),
        ("the Rev.", "pastor"),
    ],
)
def test_a_short_title_before_a_name_is_the_role_named_later(title: str, role: str) -> None:
    text = (
        f"Mayor Ana Kell met with {title} Ben Marsh on Tuesday.\n\n"
        f"“We will not abandon this city,” the {role} said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ben Marsh"


def test_the_short_forms_are_kin_of_the_role() -> None:
    assert "gov" in kin_of("governor")
    assert "governor" in kin_of("gov")


def test_another_role_still_keeps_its_own_person() -> None:
    text = (
        "Mayor Ana Kell met with Gov. Harriet Lowe on Tuesday.\n\n"
        "“We will not abandon this city,” the mayor said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ana Kell"
