"""The "for" / "Special to" cue before a writer's outlet ("By Ana Lima, for Reuters"): the
outlet is whom the names before it work for, in whatever case the cue is written, never one
more person, and the cue is no part of the outlet's name. Every name and outlet is invented.
"""

from __future__ import annotations

import pytest

from tests.core.analysis.credit_reading import read_people

TIMES = "The Harbour Times"


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "people"),
    [
        # "For Reuters" was credited as a second writer
        ("By Ana Lima, For Reuters", [("Ana Lima", None, "Reuters")]),
        # a lower-case "for" before a one-word outlet read nothing as loose text (and, pasted,
        # reported the agency as unreadable)
        ("By Ana Lima, for Reuters", [("Ana Lima", None, "Reuters")]),
        ("By Ana Lima, special to Reuters", [("Ana Lima", None, "Reuters")]),
        # an additional reporter's cue was not taken off: "Special to ..." was a co-reporter
        (
            f"Additional reporting by Ana Lima, Special to {TIMES}",
            [("Ana Lima", None, TIMES)],
        ),
        # "Special To" in title case stayed in the outlet's name
        (f"By Ana Lima, Special To {TIMES}", [("Ana Lima", None, TIMES)]),
        # a picture credit with a lower-case "for" read nothing
        ("Photo: Ana Lima, for Harbour Images", [("Ana Lima", None, "Harbour Images")]),
        # the outlet after a list is everyone's; a name after it is not its
        (
            "By Ana Lima and Tom Ray, for Reuters",
            [("Ana Lima", None, "Reuters"), ("Tom Ray", None, "Reuters")],
        ),
        (
            "By Ana Lima, for Reuters, and Tom Ray",
            [("Ana Lima", None, "Reuters"), ("Tom Ray", None, None)],
        ),
        # the outlet's town after it is the writer's
        (f"By Ana Lima, for {TIMES} in Oslo", [("Ana Lima", "Oslo", TIMES)]),
        # an outlet holding "and" after a capitalised cue stays one outlet (it was cut in two:
        # "The Kelp/Anchor")
        ("By Ana Lima, For The Kelp and Anchor", [("Ana Lima", None, "The Kelp and Anchor")]),
        (
            "By Ana Lima, Special To The Kelp and Anchor",
            [("Ana Lima", None, "The Kelp and Anchor")],
        ),
    ],
)
def test_the_outlet_after_a_cue_is_the_writers_employer(
    line: str, people: list[tuple[str, str | None, str | None]], declared: bool
) -> None:
    assert read_people(line, declared) == (people, ())


@pytest.mark.parametrize("declared", [True, False])
def test_the_cue_is_taken_off_an_outlet_between_semicolons(declared: bool) -> None:
    """ "Contributing: A, For The Harbour Times; B, Bergen": her outlet without the cue (the
    capitalised cue stayed in its name; the lower-case one lost the whole line)."""
    for cue in ("For", "for"):
        read, failed = read_people(
            f"Contributing: Ana Lima, {cue} {TIMES}; Tom Ray, Bergen", declared
        )
        assert [(name, outlet) for name, _, outlet in read] == [
            ("Ana Lima", TIMES),
            ("Tom Ray", None),
        ]
        assert failed == ()


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "people", "failed"),
    [
        # a person's name after the cue is no outlet: reported, not credited or guessed at
        ("By Ana Lima, for Tom Ray", [("Ana Lima", None, None)], ("for Tom Ray",)),
        # a second employer for a writer who has one is reported, not dropped in silence
        (f"By Ana Lima/AFP, for {TIMES}", [("Ana Lima", None, "AFP")], (f"for {TIMES}",)),
        # in capitals one word after "FOR" may be a town: reported, the writer kept
        ("BY ANA LIMA, FOR OSLO", [("Ana Lima", None, None)], ("FOR OSLO",)),
    ],
)
def test_what_a_cue_holds_that_is_no_outlet_is_reported(
    line: str,
    people: list[tuple[str, str | None, str | None]],
    failed: tuple[str, ...],
    declared: bool,
) -> None:
    assert read_people(line, declared) == (people, failed)


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "people"),
    [
        (
            f"Contributing: Ana Lima, For {TIMES}; Tom Ray, Bergen",
            [("Ana Lima", None, TIMES), ("Tom Ray", "Bergen", None)],
        ),
        (
            "Contributing: Ana Lima; Tom Ray, Bergen",
            [("Ana Lima", None, None), ("Tom Ray", "Bergen", None)],
        ),
        ("By Ana Lima; Tom Ray in Bergen", [("Ana Lima", None, None), ("Tom Ray", "Bergen", None)]),
        # within a group the place still reaches back over the names
        (
            "Contributing: Ana Lima and Tom Ray in Oslo; Per Lund in Bergen",
            [("Ana Lima", "Oslo", None), ("Tom Ray", "Oslo", None), ("Per Lund", "Bergen", None)],
        ),
    ],
)
def test_a_place_closing_a_semicolon_group_is_that_groups_alone(
    line: str, people: list[tuple[str, str | None, str | None]], declared: bool
) -> None:
    """AP's lists set each contributor's group off by ";" with its own place: the town of the
    last group reached back over the ";" and put everyone before it there (an invented place)."""
    assert read_people(line, declared) == (people, ())


@pytest.mark.parametrize(
    ("line", "declared", "people"),
    [
        (f"By Ana Lima in Oslo for {TIMES}", True, [("Ana Lima", "Oslo", TIMES)]),
        (f"By Ana Lima in Oslo for {TIMES}", False, [("Ana Lima", "Oslo", TIMES)]),
        ("By Ana Lima from Oslo for Reuters", False, [("Ana Lima", "Oslo", "Reuters")]),
        (f"By Ana Lima in Oslo Special to {TIMES}", False, [("Ana Lima", "Oslo", TIMES)]),
        # a pasted line of names, read as the byline it is declared to be
        (f"Ana Lima in Oslo for {TIMES}", True, [("Ana Lima", "Oslo", TIMES)]),
        (
            f"Ana Lima and Tom Ray in Oslo for {TIMES}",
            True,
            [("Ana Lima", "Oslo", TIMES), ("Tom Ray", "Oslo", TIMES)],
        ),
    ],
)
def test_a_town_then_an_outlet_after_the_cue_are_both_the_writers(
    line: str, declared: bool, people: list[tuple[str, str | None, str | None]]
) -> None:
    """ "in Oslo for The Harbour Times" closed on an outlet's word, so the whole of it was
    dropped as an outlet ("Ana Lima from Reuters"): the writer kept neither town nor outlet."""
    assert read_people(line, declared) == (people, ())


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "people"),
    [
        # "Freelance Journalist" was credited as a second writer
        ("By Ana Lima, Freelance Journalist", [("Ana Lima", None, None)]),
        # "Freelance" and "Freelancer" were taken for her town
        ("By Ana Lima, Freelance", [("Ana Lima", None, None)]),
        ("By Ana Lima, Freelancer", [("Ana Lima", None, None)]),
        # ... and for a picture's source
        ("Photo: Ana Lima, Freelance", [("Ana Lima", None, None)]),
        # "Freelance" and the town after it were two more writers
        ("By Ana Lima, Freelance, Oslo", [("Ana Lima", "Oslo", None)]),
        # in lower case the line read nothing as loose text
        ("By Ana Lima, freelance", [("Ana Lima", None, None)]),
        ("By Ana Lima, freelance journalist", [("Ana Lima", None, None)]),
        (
            "By Ana Lima and Tom Ray, freelancers",
            [("Ana Lima", None, None), ("Tom Ray", None, None)],
        ),
        # the outlet after a title is hers: it was dropped with the title
        (f"By Ana Lima, Freelance Journalist for {TIMES}", [("Ana Lima", None, TIMES)]),
        (f"By Ana Lima, Staff Writer for {TIMES}", [("Ana Lima", None, TIMES)]),
    ],
)
def test_a_freelances_title_is_no_person_place_or_outlet(
    line: str, people: list[tuple[str, str | None, str | None]], declared: bool
) -> None:
    assert read_people(line, declared) == (people, ())


def test_a_second_employer_after_a_title_is_reported() -> None:
    assert read_people(f"By Ana Lima/AFP, Staff Writer for {TIMES}", False) == (
        [("Ana Lima", None, "AFP")],
        (f"Staff Writer for {TIMES}",),
    )


@pytest.mark.parametrize("declared", [True, False])
def test_a_town_closing_a_semicolon_group_is_no_contributor(declared: bool) -> None:
    """ "A and B, Oslo; C in Bergen": only the list's last item was asked whether it was the
    town, so "Oslo" closing the first group was credited as a third contributor."""
    assert read_people(
        "Contributing: Ana Lima and Tom Ray, Oslo; Per Lund in Bergen", declared
    ) == (
        [("Ana Lima", "Oslo", None), ("Tom Ray", "Oslo", None), ("Per Lund", "Bergen", None)],
        (),
    )
