"""Picture credits that set the agency before the photographer (credit_source_first.py): the
photographer is credited, not the agency. Every line here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_source_first import source_first
from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole


def _photos(line: str) -> list[str]:
    found = read_credit_line(line).credits
    assert all(c.role is CreditRole.PHOTO for c in found)
    return [c.name for c in found]


@pytest.mark.parametrize(
    "line",
    [
        "Photo: AFP / Wenke Falster",
        "(Photo: AFP / Wenke Falster)",
        "Credit: REUTERS/Wenke Falster",
        "Foto: dpa/Wenke Falster",
        "Bild: picture alliance/dpa | Wenke Falster",
        "Photo: The Harbour Ledger/Wenke Falster",
    ],
)
def test_the_photographer_after_the_agency_is_credited(line: str) -> None:
    assert _photos(line) == ["Wenke Falster"]


def test_the_usual_order_is_unchanged() -> None:
    assert _photos("Photo: Wenke Falster/Reuters") == ["Wenke Falster"]
    assert _photos("Foto: Wenke Falster/dpa") == ["Wenke Falster"]


def test_two_sources_name_no_photographer_to_turn_round() -> None:
    assert source_first("Reuters/Getty Images") is None
    assert source_first("AFP/File") is None  # the wire's archive mark
    assert source_first("Wenke Falster/Ibrahim Sulu") is None  # no source first


def test_a_broadcasters_initials_before_the_photographer() -> None:
    """ "(Foto: HRT/K. Lindqvist)": a public broadcaster's picture, its initials first."""
    assert _photos("(Foto: HRT/K. Lindqvist)") == ["K. Lindqvist"]
