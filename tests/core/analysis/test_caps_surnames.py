"""Short family names written in capitals (caps_surnames.py): a person, not a product."""

from __future__ import annotations

import pytest

from app.core.analysis.caps_surnames import caps_surname
from app.core.analysis.engine import analyze


def test_a_quote_tagged_with_a_capitals_surname_has_its_speaker() -> None:
    # before, "Hari Prasad GC" read as a product ("Roth IRA") and the tag gave no speaker, so
    # the "he" after it went to the title in the apposition
    text = (
        "All residents of the hill village have been displaced by a landslide.\n\n"
        '"As many as 12 houses have been damaged," said Hari Prasad GC, Chief District Officer.'
        '\n\n"We are still looking for a safe place for the families," he added.'
    )
    speakers = [q.speaker for q in analyze(text).quotes]
    assert speakers == ["Hari Prasad GC", "Hari Prasad GC"]


@pytest.mark.parametrize(
    "name",
    ["Ford Mustang SX", "Lincoln Town LS", "Roth IRA", "Hari GC", "Ford Mustang GT"],
)
def test_a_makers_model_or_a_short_run_is_no_capitals_surname(name: str) -> None:
    # an English word between (a model's name), no given name first, or a trim code
    assert not caps_surname(name.split())


def test_given_names_then_two_capitals_are_a_person() -> None:
    assert caps_surname("Hari Prasad GC".split())
    assert caps_surname("Mohan Bahadur BK".split())


def test_a_firm_with_its_country_code_is_no_person_a_later_he_can_mean() -> None:
    # "Harvey Norman NZ": a retailer's branch in a country, not a man surnamed "NZ"; read as
    # a person, it took the "he" meant for the trader quoted before it
    text = (
        "“Sales fell,” said Tom Vell, a trader. “Prices are firm,” Harvey Norman NZ said. "
        "“I was wrong,” he said later."
    )
    assert analyze(text).quotes[-1].speaker == "Tom Vell"
    assert not caps_surname("Morgan Stanley UK".split())
