"""What the parts of a credit line look like (credit_names.py): here, which names are news
outlets."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_names import is_news_outlet
from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole


@pytest.mark.parametrize(
    "name", ["Reuters", "The Associated Press", "The Harbour Ledger", "Quenby Gazette"]
)
def test_a_wire_agency_or_a_newspaper_is_an_outlet(name: str) -> None:
    assert is_news_outlet(name)


@pytest.mark.parametrize(
    "name", ["Kelso Freight Inc.", "Marsh Wildlife Trust", "Ferris Courier", "Harbour Express"]
)
def test_a_business_or_a_public_body_is_no_outlet(name: str) -> None:
    assert not is_news_outlet(name)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [("The Guardian", True), ("Guardian", True), ("Canada Goose", False), ("Harlow", False)],
)
def test_a_one_word_paper_is_an_outlet(name: str, outlet: bool) -> None:
    assert is_news_outlet(name) is outlet


def test_a_surname_spelt_like_an_agency_stays_the_surname() -> None:
    """An agency run on after the names is written as the agency writes itself ("AFP", "Reuters")
    or in capitals; "Aap" or "Efe" after an initial is the writer's surname, not AAP or EFE."""
    for line, name in (("By Ana J. Aap", "Ana J. Aap"), ("By Tomas K. Efe", "Tomas K. Efe")):
        found = read_credit_line(line)
        assert [(c.role, c.name) for c in found.credits] == [(CreditRole.BYLINE, name)]
    for line in ("By Ana Lima AFP", "By Ana Lima Reuters", "By ANA LIMA EFE"):
        found = read_credit_line(line)
        assert [c.name for c in found.credits] == ["Ana Lima"]
