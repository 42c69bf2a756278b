"""Words after a writer's place that are none of it (round 30, second pass): "By Ana Lima in
Oslo for a week" credited her with no place and dropped the phrase unsaid, and an outlet after
"from" ("By Ana Lima from Reuters") was dropped as no place. The place is kept, the words
after it reported, the outlet given to her. Every name and outlet here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credit_item_names import cut_place
from tests.core.analysis.credit_reading import Read, read_people


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected", "failed"),
    [
        ("By Ana Lima in Oslo for a week", [("Ana Lima", "Oslo", None)], ("for a week",)),
        ("By Ana Lima in Oslo this week", [("Ana Lima", "Oslo", None)], ("this week",)),
        ("By Ana Lima, in Oslo for a week", [("Ana Lima", "Oslo", None)], ("for a week",)),
        ("By Ana Lima in Oslo on Monday", [("Ana Lima", "Oslo", None)], ("on Monday",)),
        (
            "By Ana Lima and Tom Ray in Oslo for a week",
            [("Ana Lima", "Oslo", None), ("Tom Ray", "Oslo", None)],
            ("for a week",),
        ),
        (
            "Photo by Ana Lima from Snapsite for the paper",
            [("Ana Lima", None, "Snapsite")],
            ("for the paper",),
        ),
        ("By Ana Lima from Reuters", [("Ana Lima", None, "Reuters")], ()),
        ("By Ana Lima from The Harbour Times", [("Ana Lima", None, "The Harbour Times")], ()),
    ],
)
def test_the_words_after_a_place_are_reported_and_an_outlet_kept(
    line: str, expected: Read, failed: tuple[str, ...], declared: bool
) -> None:
    assert read_people(line, declared) == (expected, failed)


@pytest.mark.parametrize(
    ("item", "cut"),
    [
        ("Ana Lima in Newcastle upon Tyne", ("Ana Lima", "Newcastle upon Tyne", None)),
        ("Ana Lima in Port of Spain", ("Ana Lima", "Port of Spain", None)),
        ("Ana Lima in Stratford-upon-Avon", ("Ana Lima", "Stratford-upon-Avon", None)),
    ],
)
def test_a_places_own_small_words_stay_in_it(item: str, cut: tuple[str, str, None]) -> None:
    assert cut_place(item) == cut


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected", "failed"),
    [
        ("By Ana Lima for the paper", [("Ana Lima", None, None)], ("for the paper",)),
        (
            "Photo: Kari Holm for the paper; Per Lund, Reuters",
            [("Kari Holm", None, None), ("Per Lund", None, "Reuters")],
            ("for the paper",),
        ),
        ("By Ana Lima, Reuters, for a week", [("Ana Lima", None, "Reuters")], ("for a week",)),
        (
            "By Ana Lima in Oslo, Norway for a week",
            [("Ana Lima", "Oslo, Norway", None)],
            ("for a week",),
        ),
        # an outlet after "for" is still hers
        ("By Ana Lima, for Reuters", [("Ana Lima", None, "Reuters")], ()),
    ],
)
def test_a_lower_case_phrase_after_for_is_reported_not_lost(
    line: str, expected: Read, failed: tuple[str, ...], declared: bool
) -> None:
    """These read nothing (the writers lost), dropped the phrase unsaid, or made "Norway for
    a week" her employer."""
    assert read_people(line, declared) == (expected, failed)


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Ana Lima from Politico", [("Ana Lima", None, "Politico")]),
        ("By Ana Lima from the BBC", [("Ana Lima", None, "the BBC")]),
        ("By Ana Lima from the UK", [("Ana Lima", "the UK", None)]),
        ("By Ana Lima in the Netherlands", [("Ana Lima", "the Netherlands", None)]),
        ("By Ana Lima from Leeds", [("Ana Lima", "Leeds", None)]),
    ],
)
def test_after_from_or_in_a_known_outlet_is_hers_and_a_country_her_place(
    line: str, expected: Read, declared: bool
) -> None:
    """Politico was given as her town; "the BBC", "the UK" and "the Netherlands" read
    nothing (the writer lost)."""
    assert read_people(line, declared) == (expected, ())
