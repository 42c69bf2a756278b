"""The word that joins two items of a credit's list (round 29): an agency joined by "and" is a
co-credit, not the writer's employer; a place after a name joined by "with" is that name's
alone. Every name and town here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.exporting.credits import credits_a_body, render_credits
from app.core.model import CreditRole

R = CreditRole


def _read(line: str, declared: bool) -> list[tuple[CreditRole, str, str | None, str | None]]:
    found = read_credit_line(line, declared=declared)
    assert found.failed == ()
    return [(c.role, c.name, c.location, c.organisation) for c in found.credits]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("By Wenke Falster and the Associated Press", "The Associated Press"),
        ("By Wenke Falster and Reuters", "Reuters"),
        ("By Wenke Falster & AFP", "AFP"),
        ("Reporting by Wenke Falster and Reuters", "Reuters"),
    ],
)
def test_an_agency_joined_by_and_is_credited_in_its_own_right(
    line: str, agency: str, declared: bool
) -> None:
    """It was read as her employer: the agency's share of the story lost, and hers misstated."""
    role = R.REPORTING if line.startswith("Reporting") else R.BYLINE
    read = _read(line, declared)
    assert read == [(role, "Wenke Falster", None, None), (role, agency, None, None)]
    found = read_credit_line(line, declared=declared).credits
    assert credits_a_body(found[1]) and not credits_a_body(found[0])


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "organisation"),
    [
        ("By Wenke Falster, Reuters", "Reuters"),
        ("By Wenke Falster and Odo Pelling, Associated Press", "Associated Press"),
        ("By Wenke Falster/AFP", "AFP"),
    ],
)
def test_an_agency_after_a_comma_or_slash_is_still_the_employer(
    line: str, organisation: str, declared: bool
) -> None:
    read = _read(line, declared)
    assert read and all(org == organisation for _, _, _, org in read)


def test_a_co_credited_agency_reads_back_from_every_house_style() -> None:
    credits = read_credit_line("By Wenke Falster and Reuters").credits
    for style in ("reuters", "ap", "list"):
        rendered = render_credits(credits, style)
        assert [c for line in rendered.splitlines() for c in read_credit_line(line).credits] == (
            credits
        ), style


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    "line",
    [
        "By Wenke Falster and Odo Pelling, with Brisa Kallenholt in Dunmarrow",
        "By Wenke Falster and Odo Pelling with Brisa Kallenholt in Dunmarrow",
    ],
)
def test_a_place_after_with_stays_with_the_name_before_it(line: str, declared: bool) -> None:
    """Dunmarrow reached back over "with" to all three writers."""
    assert _read(line, declared) == [
        (R.BYLINE, "Wenke Falster", None, None),
        (R.BYLINE, "Odo Pelling", None, None),
        (R.BYLINE, "Brisa Kallenholt", "Dunmarrow", None),
    ]


def test_an_agency_after_with_stays_with_the_name_before_it() -> None:
    assert _read("By Wenke Falster, with Odo Pelling/Reuters", False) == [
        (R.BYLINE, "Wenke Falster", None, None),
        (R.BYLINE, "Odo Pelling", None, "Reuters"),
    ]


def test_a_place_still_reaches_back_over_and_and_commas() -> None:
    assert [
        c.location
        for c in read_credit_line(
            "By A. Falster, Odo Pelling and Brisa Kallenholt in Dunmarrow"
        ).credits
    ] == ["Dunmarrow"] * 3


def test_joined_items_names_each_join_and_keeps_the_items_of_list_items() -> None:
    from app.core.analysis.credit_list_items import joined_items

    text = "Wenke Falster, Odo Pelling and Ana Brisk & Tom Kell; Per Vask with Tom Dunn/Ana Berg"
    assert joined_items(text) == [
        (0, "Wenke Falster", ""),
        (0, "Odo Pelling", ","),
        (0, "Ana Brisk", "and"),
        (0, "Tom Kell", "and"),
        (1, "Per Vask", ""),
        (1, "Tom Dunn", "with"),
        (1, "Ana Berg", "/"),
    ]
