"""The agency or outlet a credit line names for a contributor is kept as the credit's
organisation, so a house style never credits one agency's picture to another."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import parse_credits, read_credit_line, read_credits
from app.core.model import Credit
from app.core.model import CreditRole as R


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Photo: Ana Lima/Reuters", [Credit(R.PHOTO, "Ana Lima", organisation="Reuters")]),
        (
            "Photo by Tove Marsh/Getty Images",
            [Credit(R.PHOTO, "Tove Marsh", organisation="Getty Images")],
        ),
        ("(AP Photo/Ivo Brandt)", [Credit(R.PHOTO, "Ivo Brandt", organisation="AP")]),
        ("AFP PHOTO / Ivo Brandt", [Credit(R.PHOTO, "Ivo Brandt", organisation="AFP")]),
        ("Photo: AFP / Ana Lima", [Credit(R.PHOTO, "Ana Lima", organisation="AFP")]),
        ("Graphic: Jo Hale/Reuters", [Credit(R.GRAPHICS, "Jo Hale", organisation="Reuters")]),
        ("By Ana Lima/AFP", [Credit(R.BYLINE, "Ana Lima", organisation="AFP")]),
        (
            "Contributing: Ana Lima, The Harbour Times; Tom Ray, Reuters",
            [
                Credit(R.ADDITIONAL_REPORTING, "Ana Lima", organisation="The Harbour Times"),
                Credit(R.ADDITIONAL_REPORTING, "Tom Ray", organisation="Reuters"),
            ],
        ),
    ],
)
def test_the_organisation_a_line_names_is_kept(line: str, expected: list[Credit]) -> None:
    assert parse_credits(line) == expected


def test_a_line_without_an_organisation_gives_none() -> None:
    assert parse_credits("Reporting by Ana Lima in Orvel; Editing by Tom Reed") == [
        Credit(R.REPORTING, "Ana Lima", "Orvel"),
        Credit(R.EDITING, "Tom Reed"),
    ]


def test_a_byline_with_the_agency_in_brackets_keeps_every_writer() -> None:
    """The exported byline's form ("By Ana Lima (Reuters) and Ben Ottway"): the first writer
    was lost, so a re-imported export dropped her."""
    assert parse_credits("By Ana Lima (Reuters) and Ben Ottway") == [
        Credit(R.BYLINE, "Ana Lima", organisation="Reuters"),
        Credit(R.BYLINE, "Ben Ottway"),
    ]
    assert parse_credits("Photo: Tove Marsh (The Harbour Ledger)") == [
        Credit(R.PHOTO, "Tove Marsh", organisation="The Harbour Ledger")
    ]


def test_an_agency_after_the_last_name_reaches_back_when_a_place_follows() -> None:
    """ "Photos: A and B/EPA, London": both photographers are EPA's, as without the place (the
    first lost it when a place closed the list)."""
    assert parse_credits("Photos: Ana Lima and Tom Reed/EPA, London") == [
        Credit(R.PHOTO, "Ana Lima", "London", organisation="EPA"),
        Credit(R.PHOTO, "Tom Reed", "London", organisation="EPA"),
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # every role, not only bylines and pictures: the part was reported unread and lost
        (
            "Reporting by Ana Lima (Reuters) and Ben Ottway (AFP); Editing by Tom Reed",
            [
                Credit(R.REPORTING, "Ana Lima", organisation="Reuters"),
                Credit(R.REPORTING, "Ben Ottway", organisation="AFP"),
                Credit(R.EDITING, "Tom Reed"),
            ],
        ),
        (
            "Reporting by Ana Lima/Reuters in Kyiv; Editing by Tom Reed",
            [
                Credit(R.REPORTING, "Ana Lima", "Kyiv", organisation="Reuters"),
                Credit(R.EDITING, "Tom Reed"),
            ],
        ),
        ("Video: Ana Lima/Reuters", [Credit(R.VIDEO, "Ana Lima", organisation="Reuters")]),
        (
            "Illustration by Ana Lima/The Harbour Ledger",
            [Credit(R.ILLUSTRATION, "Ana Lima", organisation="The Harbour Ledger")],
        ),
        # "via", "Special to", a copyright sign
        (
            "Photo: Ana Lima via Getty Images",
            [Credit(R.PHOTO, "Ana Lima", organisation="Getty Images")],
        ),
        (
            "By Ana Lima, Special to The Harbour Ledger",
            [Credit(R.BYLINE, "Ana Lima", organisation="The Harbour Ledger")],
        ),
        ("Photo: © Ana Lima/Reuters", [Credit(R.PHOTO, "Ana Lima", organisation="Reuters")]),
        (
            "© Ana Lima for The Harbour Ledger",
            [Credit(R.PHOTO, "Ana Lima", organisation="The Harbour Ledger")],
        ),
        # a line in capitals keeps the agency when its names are put in proper case
        (
            "By ANA LIMA and BEN OTTWAY, Associated Press",
            [
                Credit(R.BYLINE, "Ana Lima", organisation="Associated Press"),
                Credit(R.BYLINE, "Ben Ottway", organisation="Associated Press"),
            ],
        ),
        # bare picture credits under a photo
        ("Ana Lima/Getty Images", [Credit(R.PHOTO, "Ana Lima", organisation="Getty Images")]),
        ("REUTERS/Ana Lima", [Credit(R.PHOTO, "Ana Lima", organisation="Reuters")]),
        ("ANA LIMA/AFP photo", [Credit(R.PHOTO, "Ana Lima", organisation="AFP")]),
        (
            "Photo by Ana Lima/Harbour Wire/Skyline Features",
            [Credit(R.PHOTO, "Ana Lima", organisation="Harbour Wire/Skyline Features")],
        ),
        (
            "Harbour Post | Photo: Ana Lima",
            [Credit(R.PHOTO, "Ana Lima", organisation="Harbour Post")],
        ),
        ("(Ana Lima, Harbour Post)", [Credit(R.PHOTO, "Ana Lima", organisation="Harbour Post")]),
    ],
)
def test_every_form_of_an_organisation_is_kept(line: str, expected: list[Credit]) -> None:
    assert parse_credits(line, declared=False) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Ana Lima (Pool)",
        "Photo: Ana Lima/Pool",
        "Photo: Ana Lima/File",
        "Photo: Ana Lima (Handout)",
    ],
)
def test_a_picture_mark_is_no_organisation(line: str) -> None:
    """A pool or archive mark says what kind of picture it is, not who the photographer
    works for: "Pool" was stored as her organisation and exported as "Ana Lima/Pool"."""
    assert parse_credits(line) == [Credit(R.PHOTO, "Ana Lima")]


def test_an_archive_mark_after_the_photographer_keeps_the_photographer() -> None:
    """ "REUTERS/Ana Lima/File Photo" credited REUTERS as the photographer and lost her."""
    assert parse_credits("Photo: REUTERS/Ana Lima/File Photo") == [
        Credit(R.PHOTO, "Ana Lima", organisation="Reuters")
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a plural title's outlet is everyone's it introduces; a singular one is its person's
        (
            "Associated Press writers Oda Finch in Lisbon and Per Lund in Oslo contributed "
            "to this report.",
            [
                Credit(
                    R.ADDITIONAL_REPORTING, "Oda Finch", "Lisbon", organisation="Associated Press"
                ),
                Credit(R.ADDITIONAL_REPORTING, "Per Lund", "Oslo", organisation="Associated Press"),
            ],
        ),
        (
            "Associated Press writer Oda Finch in Lisbon contributed to this report.",
            [
                Credit(
                    R.ADDITIONAL_REPORTING, "Oda Finch", "Lisbon", organisation="Associated Press"
                )
            ],
        ),
        # an agency run on after the last name, no comma: everyone's, as with one
        (
            "By Oda Finch and Per Lund Reuters",
            [
                Credit(R.BYLINE, "Oda Finch", organisation="Reuters"),
                Credit(R.BYLINE, "Per Lund", organisation="Reuters"),
            ],
        ),
        # the photographer's agency, not the distributor that sells the picture on
        (
            "Photo: Oda Finch/AFP via Getty Images",
            [Credit(R.PHOTO, "Oda Finch", organisation="AFP")],
        ),
        # an outlet whose name holds "and" is one outlet, not a second person
        (
            "By Oda Finch, Special to The Globe and Mail",
            [Credit(R.BYLINE, "Oda Finch", organisation="The Globe and Mail")],
        ),
        # "of" an outlet the lists do not know, when the person's place follows
        (
            "Additional reporting by Per Lund of Quay Weekly in Bergen; Editing by Oda Finch",
            [
                Credit(R.ADDITIONAL_REPORTING, "Per Lund", "Bergen", organisation="Quay Weekly"),
                Credit(R.EDITING, "Oda Finch"),
            ],
        ),
        (
            "Oda Finch of Kyodo News in Tokyo and Per Lund of Der Spiegel in Hamburg "
            "contributed reporting.",
            [
                Credit(R.ADDITIONAL_REPORTING, "Oda Finch", "Tokyo", organisation="Kyodo News"),
                Credit(R.ADDITIONAL_REPORTING, "Per Lund", "Hamburg", organisation="Der Spiegel"),
            ],
        ),
        # the copyright sign where the cue's colon would be
        ("Photo © Per Lund/dpa", [Credit(R.PHOTO, "Per Lund", organisation="dpa")]),
    ],
)
def test_organisations_in_titles_run_ons_chains_and_unknown_outlets(
    line: str, expected: list[Credit]
) -> None:
    assert parse_credits(line) == expected
    assert parse_credits(line, declared=False) == expected


def test_of_a_town_without_a_place_after_it_is_no_organisation() -> None:
    """Only a place said after "of X" makes an unknown X an outlet: "Per Lund of Bergen" may
    be his town, so no organisation is invented for it; the "of" part is reported unread and
    the reporter kept (as "Per Lund of Quay Weekly", an outlet by its name, is read)."""
    line = read_credit_line("Reporting by Per Lund of Skarnholt; Editing by Oda Finch")
    assert line.failed == ("of Skarnholt",)
    assert line.credits == [Credit(R.REPORTING, "Per Lund"), Credit(R.EDITING, "Oda Finch")]
    assert parse_credits("By Per Lund of Quay Weekly") == [
        Credit(R.BYLINE, "Per Lund", organisation="Quay Weekly")
    ]


def test_a_typed_copyright_sign_is_not_brackets() -> None:
    """ "Photo: (c) Per Lund" was read as a bracket and lost without a word."""
    assert parse_credits("Photo: (c) Per Lund") == [Credit(R.PHOTO, "Per Lund")]
    assert parse_credits("Photo: (c) Per Lund for The Harbour Ledger") == [
        Credit(R.PHOTO, "Per Lund", organisation="The Harbour Ledger")
    ]


def test_a_papers_copyright_after_a_picture_cue_credits_no_one() -> None:
    """ "Photo: © 2026 The Harbour Times" was credited to "© 2026 The Harbour Times", sign
    and year in the name; a paper's copyright names no photographer (as without the cue)."""
    assert parse_credits("Photo: © 2026 The Harbour Times", declared=False) == []
    assert parse_credits("Photo: © Per Lund | Harbour Post", declared=False) == [
        Credit(R.PHOTO, "Per Lund", organisation="Harbour Post")
    ]


@pytest.mark.parametrize("declared", [True, False])
def test_a_byline_with_of_a_town_alone_keeps_its_writer(declared: bool) -> None:
    """ "By Per Lund of Bergen" read nothing and reported nothing: a credit lost in silence.
    A town the lists know is the writer's place; one they do not is reported, writer kept."""
    line = read_credits("By Per Lund of Skarnholt", declared=declared)
    assert (line.credits, line.failed) == ([Credit(R.BYLINE, "Per Lund")], ("of Skarnholt",))
    line = read_credits("By Per Lund of Lagos and Oda Finch of Skarnholt", declared=declared)
    assert line.credits == [Credit(R.BYLINE, "Per Lund", "Lagos"), Credit(R.BYLINE, "Oda Finch")]
    assert line.failed == ("of Skarnholt",)
    # Round 29: a city of the world's list (GeoNames) is known too, in capitals as well.
    line = read_credits("BY PER LUND OF BERGEN AND ODA FINCH OF LEEDS", declared=declared)
    assert [(c.name, c.location) for c in line.credits] == [
        ("Per Lund", "Bergen"), ("Oda Finch", "Leeds")
    ]  # fmt: skip
    assert line.failed == ()


@pytest.mark.parametrize("declared", [True, False])
def test_an_outlets_staff_after_the_names_is_their_organisation(declared: bool) -> None:
    """ "By A and B, Harbour Times staff": the outlet both work for, not a failed part."""
    line = read_credits("By Per Lund and Oda Finch, Harbour Times staff", declared=declared)
    assert line.credits == [
        Credit(R.BYLINE, "Per Lund", organisation="Harbour Times"),
        Credit(R.BYLINE, "Oda Finch", organisation="Harbour Times"),
    ]
    assert line.failed == ()


@pytest.mark.parametrize("declared", [True, False])
def test_brackets_after_a_name_hold_an_outlet_or_a_town(declared: bool) -> None:
    """ "By A (Kelp Living)" and "Reporting by A (Kelp Living) and B (Reuters)" read nothing
    and reported nothing: the people were lost with an outlet the lists did not know."""
    line = read_credits(
        "Reporting by Per Lund (Kelp Living) and Oda Finch (Reuters); Editing by Ivo Brandt",
        declared=declared,
    )
    assert line.credits == [
        Credit(R.REPORTING, "Per Lund", organisation="Kelp Living"),
        Credit(R.REPORTING, "Oda Finch", organisation="Reuters"),
        Credit(R.EDITING, "Ivo Brandt"),
    ]
    assert read_credits("By Per Lund (Lagos)", declared=declared).credits == [
        Credit(R.BYLINE, "Per Lund", "Lagos")
    ]
    # a job is dropped as after a comma; one unknown word is reported, the person kept
    assert read_credits("By Per Lund (Staff Writer)", declared=declared).credits == [
        Credit(R.BYLINE, "Per Lund")
    ]
    line = read_credits("By Per Lund (Bergen)", declared=declared)
    assert (line.credits, line.failed) == ([Credit(R.BYLINE, "Per Lund")], ("(Bergen)",))


@pytest.mark.parametrize("declared", [True, False])
def test_two_people_a_slash_joins_are_two_credits(declared: bool) -> None:
    """ "By A/B" gave B as A's organisation, and "Reporting by A/B" lost both; a business
    after the slash is still the organisation ("Ivo Brandt / Kestrel Pictures")."""
    line = read_credits("Reporting by Per Lund/Oda Finch; Editing by Ivo Brandt", declared=declared)
    assert line.credits == [
        Credit(R.REPORTING, "Per Lund"),
        Credit(R.REPORTING, "Oda Finch"),
        Credit(R.EDITING, "Ivo Brandt"),
    ]
    assert read_credits("By Per Lund/Oda Finch", declared=declared).credits == [
        Credit(R.BYLINE, "Per Lund"),
        Credit(R.BYLINE, "Oda Finch"),
    ]
    assert read_credits("Photo: Ivo Brandt/Kestrel Pictures", declared=declared).credits == [
        Credit(R.PHOTO, "Ivo Brandt", organisation="Kestrel Pictures")
    ]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    "line",
    [
        "Per Lund, Oda Finch, Harbour Times staff",
        "Per Lund and Oda Finch, Harbour Times staff",
    ],
)
def test_bare_names_then_an_outlets_staff_work_there(line: str, declared: bool) -> None:
    """Without "By", pasted names before "Harbour Times staff" were read and the outlet
    reported unread (the importer read nothing); with "By" it was their organisation."""
    found = read_credits(line, declared=declared)
    assert found.credits == [
        Credit(R.BYLINE, "Per Lund", organisation="Harbour Times"),
        Credit(R.BYLINE, "Oda Finch", organisation="Harbour Times"),
    ]
    assert found.failed == ()


@pytest.mark.parametrize(
    ("line", "outlet"),
    [("Per Lund, Harbour Courier staff", "Harbour Courier"), ("Per LUND Courier staff", "Courier")],
)
def test_one_name_then_an_outlets_staff_keeps_the_outlet(line: str, outlet: str) -> None:
    """ "Per Lund, Harbour Courier staff" read the writer and dropped the outlet in silence."""
    assert read_credits(line, declared=False).credits == [
        Credit(R.BYLINE, "Per Lund", organisation=outlet)
    ]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected", "failed"),
    [
        (
            "By Per Lund and Oda Finch, of The Quay Ledger",
            [
                Credit(R.BYLINE, "Per Lund", organisation="The Quay Ledger"),
                Credit(R.BYLINE, "Oda Finch", organisation="The Quay Ledger"),
            ],
            (),
        ),
        ("By Per Lund, of Lagos", [Credit(R.BYLINE, "Per Lund", "Lagos")], ()),
        ("By Per Lund, of Bergen", [Credit(R.BYLINE, "Per Lund")], ("of Bergen",)),
        (
            "Per Lund, of Bergen, contributed to this report.",
            [Credit(R.ADDITIONAL_REPORTING, "Per Lund")],
            ("of Bergen",),
        ),
    ],
)
def test_of_an_outlet_or_a_town_set_off_by_commas(
    line: str, expected: list[Credit], failed: tuple[str, ...], declared: bool
) -> None:
    """ ", of The Quay Ledger" was dropped in silence; ", of Bergen" lost the writer (the
    importer read nothing and reported nothing)."""
    found = read_credits(line, declared=declared)
    assert (found.credits, found.failed) == (expected, failed)


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By Per Lund and Oda Finch, Associated Press writers",
            [
                Credit(R.BYLINE, "Per Lund", organisation="Associated Press"),
                Credit(R.BYLINE, "Oda Finch", organisation="Associated Press"),
            ],
        ),
        (
            "By Per Lund, Reuters correspondent, in Kyiv",
            [Credit(R.BYLINE, "Per Lund", "Kyiv", organisation="Reuters")],
        ),
        ("By Per Lund, Staff Writer", [Credit(R.BYLINE, "Per Lund")]),
    ],
)
def test_an_outlets_title_after_the_names_is_their_organisation(
    line: str, expected: list[Credit], declared: bool
) -> None:
    """ "By A and B, Associated Press writers" dropped the outlet with the title in silence
    ("Associated Press writers A and B" before the names kept it)."""
    assert read_credits(line, declared=declared).credits == expected


def test_an_editorial_board_beside_a_writer_is_reported() -> None:
    """ "By A and the editorial board" read nothing when the importer asked (declared, it
    kept A and reported the board)."""
    found = read_credits("By Per Lund and the editorial board", declared=False)
    assert (found.credits, found.failed) == (
        [Credit(R.BYLINE, "Per Lund")],
        ("the editorial board",),
    )


@pytest.mark.parametrize("declared", [True, False])
def test_an_outlet_does_not_reach_back_over_a_name_with_its_own_of(declared: bool) -> None:
    """ "By A of Bergen and B of Reuters" made A a Reuters writer; "By A and B of Reuters"
    still gives both the outlet."""
    found = read_credits("By Per Lund of Skarnholt and Oda Finch of Reuters", declared=declared)
    assert found.credits == [
        Credit(R.BYLINE, "Per Lund"),
        Credit(R.BYLINE, "Oda Finch", organisation="Reuters"),
    ]
    assert found.failed == ("of Skarnholt",)
    assert read_credits("By Per Lund and Oda Finch of Reuters", declared=declared).credits == [
        Credit(R.BYLINE, "Per Lund", organisation="Reuters"),
        Credit(R.BYLINE, "Oda Finch", organisation="Reuters"),
    ]


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    "line",
    [
        "By Ana Lima, special to The Harbour Ledger, Reuters",
        "By Ana Lima, Special to The Harbour Ledger, Reuters",
        "By Ana Lima, For The Harbour Ledger, Reuters",
    ],
)
def test_a_second_outlet_after_a_cued_one_is_kept_whatever_the_cue_case(
    line: str, declared: bool
) -> None:
    """Round 30: the cue before an outlet is one pattern. The lower-case cue already chained the
    outlet after it; the capitalised one lost it (the first outlet was recorded with its cue, so
    the second found nothing to chain to and was dropped)."""
    found = read_credit_line(line, declared=declared)
    assert [(c.name, c.organisation) for c in found.credits] == [
        ("Ana Lima", "The Harbour Ledger/Reuters")
    ]
    assert found.failed == ()
