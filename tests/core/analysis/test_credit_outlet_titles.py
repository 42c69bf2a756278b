"""A journalist's title naming the outlet ("Dunmore Post contributor") is no person, and a
bracketed credit with no "By" is a picture's. Every name here is invented."""

from __future__ import annotations

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


def test_a_title_naming_the_outlet_after_the_name_is_no_person() -> None:
    assert _read("Nell Varga, Dunmore Post contributor") == [(R.BYLINE, "Nell Varga")]
    assert _read("By Nell Varga, Dunmore Post reporter") == [(R.BYLINE, "Nell Varga")]
    assert _read("Nell Varga, Ledger staff writer") == [(R.BYLINE, "Nell Varga")]


def test_a_bracketed_credit_without_by_is_the_pictures() -> None:
    assert _read("(Dunmore Post contributor Nell Varga)") == [(R.PHOTO, "Nell Varga")]
    assert _read("(Nell Varga, Reuters)") == [(R.PHOTO, "Nell Varga")]
    assert _read("(By Nell Varga)") == [(R.BYLINE, "Nell Varga")]  # the cue says byline


def test_a_sentence_about_a_contributor_credits_no_one() -> None:
    assert _read("The Dunmore Post contributor said fares would rise") == []
