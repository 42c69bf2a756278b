"""The letters a name may be followed by (credit_post_nominals.py): only as they are written,
and never the whole name. Every name here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_post_nominals import is_post_nominals, without_post_nominals


@pytest.mark.parametrize("item", ["MD", "M.D.", "PhD", "Ph.D.", "MD PhD", "OBE", "QC", "PHD"])
def test_degrees_and_honours_are_letters(item: str) -> None:
    assert is_post_nominals(item)


@pytest.mark.parametrize("item", ["Obe", "Md", "MA", "PA", "AP", "Staff", "Jr.", "III", ""])
def test_a_surname_a_state_an_agency_and_a_suffix_are_not(item: str) -> None:
    assert not is_post_nominals(item)


@pytest.mark.parametrize(
    ("item", "name"),
    [
        ("Wenke Falster MD", "Wenke Falster"),
        ("Wenke Falster MD PhD", "Wenke Falster"),
        ("WENKE FALSTER PHD", "WENKE FALSTER"),
        ("Wenke Obe", "Wenke Obe"),
        ("Falster MD", "Falster MD"),  # never the letters alone with one word before them
        ("Wenke Falster Jr.", "Wenke Falster Jr."),
    ],
)
def test_the_letters_are_cut_from_a_full_name_only(item: str, name: str) -> None:
    assert without_post_nominals(item) == name
