"""Two towns joined by "and" after a writer (round 30, second pass): "By Ana Lima in Oslo and
Bergen" credited a writer called "Bergen", and "TRINIDAD AND TOBAGO" in capitals credited
"TOBAGO" (the pair was known in proper case only). The writers are invented; the towns are
real, since the rule is that the lists know them."""

from __future__ import annotations

import pytest

from tests.core.analysis.credit_reading import Read, read_people


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Ana Lima in Oslo and Bergen", [("Ana Lima", "Oslo and Bergen", None)]),
        ("BY ANA LIMA IN OSLO AND BERGEN", [("Ana Lima", "Oslo and Bergen", None)]),
        (
            "By Ana Lima and Tom Ray in Oslo and Bergen",
            [("Ana Lima", "Oslo and Bergen", None), ("Tom Ray", "Oslo and Bergen", None)],
        ),
        ("BY ANA LIMA IN TRINIDAD AND TOBAGO", [("Ana Lima", "Trinidad and Tobago", None)]),
        # a co-writer after the town is still one
        (
            "By Ana Lima in Oslo and Tom Ray in Bergen",
            [("Ana Lima", "Oslo", None), ("Tom Ray", "Bergen", None)],
        ),
        ("By Lima in Oslo and Ray", [("Lima", "Oslo", None), ("Ray", None, None)]),
    ],
)
def test_a_town_joined_to_a_town_is_no_writer(line: str, expected: Read, declared: bool) -> None:
    assert read_people(line, declared) == (expected, ())
