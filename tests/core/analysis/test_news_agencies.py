"""The one table of news agencies: every credit reader knows the same agencies."""

from __future__ import annotations

from app.core.analysis.credit_organisations import is_agency
from app.core.analysis.credits import parse_credit_line
from app.core.analysis.news_agencies import ALL_AGENCIES
from app.core.model import CreditRole


def test_every_agency_in_the_table_is_an_agency_to_the_name_test() -> None:
    assert all(is_agency(name) for name in ALL_AGENCIES)
    assert is_agency("The Associated Press")
    assert not is_agency("Harbour Press Club")


def test_agency_photo_form_reads_for_any_agency_of_the_table() -> None:
    # "(AAP Photo/...)" was unknown to the photo form while AAP was an agency elsewhere
    credits = parse_credit_line("(AAP Photo/Nell Varga)")
    assert [(c.role, c.name) for c in credits] == [(CreditRole.PHOTO, "Nell Varga")]
    # near miss: no agency before "Photo/", no credit from this form
    assert parse_credit_line("(Harbour Photo/Nell Varga)") == []


def test_with_cue_and_run_on_know_the_same_wires() -> None:
    with_tass = parse_credit_line("By Nell Varga, with TASS")
    assert [(c.role, c.name) for c in with_tass] == [
        (CreditRole.BYLINE, "Nell Varga"),
        (CreditRole.ADDITIONAL_REPORTING, "TASS"),
    ]
    run_on = parse_credit_line("By Nell Varga Australian Associated Press")
    assert [c.name for c in run_on] == ["Nell Varga"]
