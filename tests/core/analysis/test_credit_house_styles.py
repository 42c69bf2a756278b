"""Credit lines as news organisations write them: each rule in at least two house styles.

Every name, address and line here is invented for these tests.
"""

from __future__ import annotations

import pytest

from app.core.analysis.credits import parse_credit_line, read_credit_line
from app.core.model import CreditRole
from tests.hang_guard import finishes_within
from tests.pathological_inputs import many_sentences_credit_line

R = CreditRole
Row = tuple[CreditRole, str, str | None, str | None]

RULES: dict[str, list[tuple[str, list[Row]]]] = {
    "reported from, several sentences": [
        (
            "Tova Brenner reported from Kyiv, and Ilya Marek from Moscow. Juno Aldana "
            "contributed reporting from Washington.",
            [
                (R.REPORTING, "Tova Brenner", "Kyiv", None),
                (R.REPORTING, "Ilya Marek", "Moscow", None),
                (R.ADDITIONAL_REPORTING, "Juno Aldana", "Washington", None),
            ],
        ),
        (
            "Pell Okafor reported from Kyiv, Ukraine, and Dara Quist from Moscow. Ivo Rennick "
            "contributed reporting from St. Louis.",
            [
                (R.REPORTING, "Pell Okafor", "Kyiv, Ukraine", None),
                (R.REPORTING, "Dara Quist", "Moscow", None),
                (R.ADDITIONAL_REPORTING, "Ivo Rennick", "St. Louis", None),
            ],
        ),
    ],
    "a venue after the name (sports and court reporters)": [
        ("By Orla Fenwick at Mill Lane", [(R.BYLINE, "Orla Fenwick", None, None)]),
        (
            "By Teo Brandt and Ana Kell at the Harwick Crown Court",
            [(R.BYLINE, "Teo Brandt", None, None), (R.BYLINE, "Ana Kell", None, None)],
        ),
        ("By Orla Fenwick in Harwick", [(R.BYLINE, "Orla Fenwick", "Harwick", None)]),
    ],
    "reporting was contributed by, places after from": [
        (
            "Reporting was contributed by Lior Castell from São Paulo, Brazil, Wenna Haddow "
            "from Santiago, Chile, and Omid Ferraz from Buenos Aires.",
            [
                (R.ADDITIONAL_REPORTING, "Lior Castell", "São Paulo, Brazil", None),
                (R.ADDITIONAL_REPORTING, "Wenna Haddow", "Santiago, Chile", None),
                (R.ADDITIONAL_REPORTING, "Omid Ferraz", "Buenos Aires", None),
            ],
        ),
        (
            "Contributing reporting were Sela Moor in Kyiv and Brin Tasker in Lviv.",
            [
                (R.ADDITIONAL_REPORTING, "Sela Moor", "Kyiv", None),
                (R.ADDITIONAL_REPORTING, "Brin Tasker", "Lviv", None),
            ],
        ),
    ],
    "semicolon lists keep a comma inside a place": [
        (
            "Associated Press writers Ren Ostrow in Phoenix; Mika Dallow in Santa Fe, New "
            "Mexico; and Teo Barna in Washington contributed to this report.",
            [
                (R.ADDITIONAL_REPORTING, "Ren Ostrow", "Phoenix", None),
                (R.ADDITIONAL_REPORTING, "Mika Dallow", "Santa Fe, New Mexico", None),
                (R.ADDITIONAL_REPORTING, "Teo Barna", "Washington", None),
            ],
        ),
        (
            "To contact the reporters on this story: Anika Voss in Gonaives, Artibonite at "
            "avoss4@example.net; Rune Tal in Paris at rtal@example.net",
            [
                (R.BYLINE, "Anika Voss", "Gonaives, Artibonite", "avoss4@example.net"),
                (R.BYLINE, "Rune Tal", "Paris", "rtal@example.net"),
            ],
        ),
        (
            "Reporting by Cass Imrie in Freetown, Sierra Leone, and Nell Ogun in Fresno, "
            "Calif.; Editing by Bo Warrick",
            [
                (R.REPORTING, "Cass Imrie", "Freetown, Sierra Leone", None),
                (R.REPORTING, "Nell Ogun", "Fresno, Calif.", None),
                (R.EDITING, "Bo Warrick", None, None),
            ],
        ),
    ],
    "all-caps names in proper case": [
        ("BY CORMAC McFARRELL, Associated Press", [(R.BYLINE, "Cormac McFarrell", None, None)]),
        (
            "REPORTING BY LENKA HORVAT IN RIGA; EDITING BY TOMAS BRYCE AND DEE O'HARA",
            [
                (R.REPORTING, "Lenka Horvat", "Riga", None),
                (R.EDITING, "Tomas Bryce", None, None),
                (R.EDITING, "Dee O'Hara", None, None),
            ],
        ),
        (
            "By Milo Brandt Jr. and Orrin Vale III",
            [(R.BYLINE, "Milo Brandt Jr.", None, None), (R.BYLINE, "Orrin Vale III", None, None)],
        ),
        ("BY WYNN DALTON III", [(R.BYLINE, "Wynn Dalton III", None, None)]),
        (
            "BY ANGUS MacLEOD and IDA O'SHEA",
            [(R.BYLINE, "Angus MacLeod", None, None), (R.BYLINE, "Ida O'Shea", None, None)],
        ),
    ],
    "bylines in other languages": [
        (
            "Von Henrike Albers und Jost Keller",
            [(R.BYLINE, "Henrike Albers", None, None), (R.BYLINE, "Jost Keller", None, None)],
        ),
        (
            "Por Inés Cabral y Tomás Ruano",
            [(R.BYLINE, "Inés Cabral", None, None), (R.BYLINE, "Tomás Ruano", None, None)],
        ),
        ("Por José Ortega y Gasset", [(R.BYLINE, "José Ortega y Gasset", None, None)]),
    ],
    "outlets and titles are not people": [
        (
            "Wes Carrow of The Harbour Ledger contributed to this report.",
            [(R.ADDITIONAL_REPORTING, "Wes Carrow", None, None)],
        ),
        (
            "Iona Petts of the Miami Herald contributed reporting.",
            [(R.ADDITIONAL_REPORTING, "Iona Petts", None, None)],
        ),
        (
            "BY NORA QUILL AND BEN ASHER, Bloomberg News",
            [(R.BYLINE, "Nora Quill", None, None), (R.BYLINE, "Ben Asher", None, None)],
        ),
        ("By Kemi Adebayo, Daily Trust", [(R.BYLINE, "Kemi Adebayo", None, None)]),
        ("By Staff Writer Lena Moor", [(R.BYLINE, "Lena Moor", None, None)]),
        ("By Lena Moor Staff Writer", [(R.BYLINE, "Lena Moor", None, None)]),
        ("By Hal Greer, Europe editor, in Brussels", [(R.BYLINE, "Hal Greer", "Brussels", None)]),
    ],
    "cues without a separator or a by": [
        (
            "Reporting by Sol Danner in Kyiv writing by Efe Ozturk",
            [(R.REPORTING, "Sol Danner", "Kyiv", None), (R.WRITING, "Efe Ozturk", None, None)],
        ),
        (
            "By Lia Brook, with additional reporting by Cal Doyle",
            [
                (R.BYLINE, "Lia Brook", None, None),
                (R.ADDITIONAL_REPORTING, "Cal Doyle", None, None),
            ],
        ),
        (
            "Contributors: Mae Tolland, Rik Baines",
            [
                (R.ADDITIONAL_REPORTING, "Mae Tolland", None, None),
                (R.ADDITIONAL_REPORTING, "Rik Baines", None, None),
            ],
        ),
    ],
    "an agency as the credit": [
        ("-- With AFP", [(R.ADDITIONAL_REPORTING, "AFP", None, None)]),
        (
            "— With AFP and Reuters",
            [
                (R.ADDITIONAL_REPORTING, "AFP", None, None),
                (R.ADDITIONAL_REPORTING, "Reuters", None, None),
            ],
        ),
        (
            "The Associated Press contributed to this report.",
            [(R.ADDITIONAL_REPORTING, "The Associated Press", None, None)],
        ),
        (
            "Pia Lund in Kyiv and Reuters contributed to this report.",
            [
                (R.ADDITIONAL_REPORTING, "Pia Lund", "Kyiv", None),
                (R.ADDITIONAL_REPORTING, "Reuters", None, None),
            ],
        ),
        (
            "This story includes reporting from The Associated Press.",
            [(R.ADDITIONAL_REPORTING, "The Associated Press", None, None)],
        ),
        (
            "Information from the Associated Press and Reuters was used in this report.",
            [
                (R.ADDITIONAL_REPORTING, "The Associated Press", None, None),
                (R.ADDITIONAL_REPORTING, "Reuters", None, None),
            ],
        ),
        (
            "By Rosa Fenn, with AFP",
            [(R.BYLINE, "Rosa Fenn", None, None), (R.ADDITIONAL_REPORTING, "AFP", None, None)],
        ),
    ],
    "an e-mail note names the writer": [
        (
            "Edda Varga can be reached at edda.varga@example.com",
            [(R.BYLINE, "Edda Varga", None, "edda.varga@example.com")],
        ),
        (
            "Contact Ruth Amos at ramos@example.org",
            [(R.BYLINE, "Ruth Amos", None, "ramos@example.org")],
        ),
        (
            "Ines Toller contributed reporting. She can be reached at itoller@example.org.",
            [(R.ADDITIONAL_REPORTING, "Ines Toller", None, "itoller@example.org")],
        ),
        (
            "Noor Vance is a staff writer for The Harbour Ledger. She can be reached at "
            "nvance@example.com.",
            [(R.BYLINE, "Noor Vance", None, "nvance@example.com")],
        ),
        (
            "Abe Lindor covers city hall. Reach him at alindor@example.com or 555-0100.",
            [(R.BYLINE, "Abe Lindor", None, "alindor@example.com")],
        ),
        (
            "To contact the reporter on this story: Gus Hallam in Oslo at ghallam@example.net "
            "To contact the editors responsible for this story: Vera Stone at "
            "vstone@example.net",
            [
                (R.BYLINE, "Gus Hallam", "Oslo", "ghallam@example.net"),
                (R.EDITING, "Vera Stone", None, "vstone@example.net"),
            ],
        ),
    ],
}

CASES = [(rule, line, rows) for rule, items in RULES.items() for line, rows in items]


@pytest.mark.parametrize(("rule", "line", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_house_styles(rule: str, line: str, expected: list[Row]) -> None:
    found = read_credit_line(line)
    assert [(c.role, c.name, c.location, c.email) for c in found.credits] == expected, rule
    assert found.failed == ()


FAILED_PARTS = [
    ("By Arlo Finch and staff", [(R.BYLINE, "Arlo Finch")], ("staff",)),
    (
        "Reporting by Kit Moran; Additional reporting by staff in Tokyo",
        [(R.REPORTING, "Kit Moran")],
        ("staff in Tokyo",),
    ),
    (
        "Reporting by Oda Linn in Dakar; Editing by the West Africa desk",
        [(R.REPORTING, "Oda Linn")],
        ("the West Africa desk",),
    ),
]


@pytest.mark.parametrize(("line", "kept", "failed"), FAILED_PARTS)
def test_a_part_naming_no_person_is_reported_and_the_rest_kept(
    line: str, kept: list[tuple[CreditRole, str]], failed: tuple[str, ...]
) -> None:
    found = read_credit_line(line)
    assert [(c.role, c.name) for c in found.credits] == kept
    assert found.failed == failed


def test_a_part_with_a_cue_no_role_fits_is_reported_alone() -> None:
    found = read_credit_line(
        "Reporting by Ely Marsh in Kyiv; Styling by Ott Lane; Editing by Ana Bo"
    )
    assert [(c.role, c.name) for c in found.credits] == [
        (R.REPORTING, "Ely Marsh"),
        (R.EDITING, "Ana Bo"),
    ]
    assert found.failed == ("Styling by Ott Lane",)
    found = read_credit_line("Edited by Wim Kass; Catering by Ulla Dent")
    assert [(c.role, c.name) for c in found.credits] == [(R.EDITED_BY, "Wim Kass")]
    assert found.failed == ("Catering by Ulla Dent",)


def test_a_note_after_the_names_is_neither_credit_nor_failure() -> None:
    found = read_credit_line("Compiled by Ada Strom and Lev Ortiz from agency reports")
    assert [c.name for c in found.credits] == ["Ada Strom", "Lev Ortiz"]
    assert found.failed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Tova Brenner reported from Kyiv. The talks resumed on Monday.",
        "With Tuesday's vote, the council closed the matter.",
        "Von Braun's rockets were on show.",
        "He can be reached at home most evenings.",
        "Material from the city archive was used in this report.",
        "Reporting by the newspaper showed that the deal was signed. Officials denied it.",
        "Noor Vance is a staff writer for The Harbour Ledger. The council met on Monday.",
        "Reporting by Sol Danner showed editing by Efe Ozturk was poor",
        "Reporting by Sol Danner and colleagues exposed the scandal",
    ],
)
def test_prose_stays_prose(line: str) -> None:
    assert parse_credit_line(line) == []


def test_many_sentences_stay_prose() -> None:
    """Its time is printed by benchmarks/import_speed.py --pathological (target: under 0.5 s);
    the guard only stops a runaway (a pattern backtracking over the sentences)."""
    found = finishes_within(lambda: read_credit_line(many_sentences_credit_line()))
    assert found.credits == [] and found.failed == ()


@pytest.mark.parametrize("name", ["The Associated Press", "Getty Images", "Agence France-Presse"])
def test_an_agency_of_several_words_is_an_agency(name: str) -> None:
    """The agency table holds whole names, not only their words ("press", "images")."""
    from app.core.analysis.credit_organisations import is_agency

    assert is_agency(name)


WEB_AND_COMMONWEALTH_STYLES: list[tuple[str, list[Row]]] = [
    # Canadian papers credit the wire or a colleague with "With files from".
    (
        "With files from The Canadian Press",
        [(R.ADDITIONAL_REPORTING, "The Canadian Press", None, None)],
    ),
    ("— With files from Orla Fenwick", [(R.ADDITIONAL_REPORTING, "Orla Fenwick", None, None)]),
    ("- with AAP", [(R.ADDITIONAL_REPORTING, "AAP", None, None)]),
    # A web byline sets the outlet off with a middle dot or a bar.
    ("By Orla Fenwick · The Canadian Press", [(R.BYLINE, "Orla Fenwick", None, None)]),
    (
        "Story by Orla Fenwick | Photos by Teo Brandt",
        [(R.BYLINE, "Orla Fenwick", None, None), (R.PHOTO, "Teo Brandt", None, None)],
    ),
    (
        "Text: Orla Fenwick; Photos: Teo Brandt",  # "Text:": the writing credit
        [(R.WRITING, "Orla Fenwick", None, None), (R.PHOTO, "Teo Brandt", None, None)],
    ),
    # Agencies and services of several words after the name are not people.
    ("By Orla Fenwick, Press Trust of India", [(R.BYLINE, "Orla Fenwick", None, None)]),
    ("By Orla Fenwick, Express News Service", [(R.BYLINE, "Orla Fenwick", None, None)]),
    # A desk title of several words is not a person.
    ("By Orla Fenwick, National Affairs Correspondent", [(R.BYLINE, "Orla Fenwick", None, None)]),
    (
        "By Orla Fenwick, Deputy Political Editor, and Teo Brandt, Senior Health Reporter",
        [(R.BYLINE, "Orla Fenwick", None, None), (R.BYLINE, "Teo Brandt", None, None)],
    ),
    # A town after the outlet is the writer's place.
    ("By Orla Fenwick, The Dunmore Ledger, Leeds", [(R.BYLINE, "Orla Fenwick", "Leeds", None)]),
    ("By Orla Fenwick, Reuters, Durban", [(R.BYLINE, "Orla Fenwick", "Durban", None)]),
    # A template's "in" left with no place keeps the person.
    (
        "Reporting by Orla Fenwick in; Editing by Teo Brandt",
        [(R.REPORTING, "Orla Fenwick", None, None), (R.EDITING, "Teo Brandt", None, None)],
    ),
]


@pytest.mark.parametrize(("line", "expected"), WEB_AND_COMMONWEALTH_STYLES)
def test_web_and_commonwealth_house_styles(line: str, expected: list[Row]) -> None:
    found = read_credit_line(line)
    assert [(c.role, c.name, c.location, c.email) for c in found.credits] == expected
    assert found.failed == ()


def test_two_people_after_an_outlet_stay_people() -> None:
    """Only a one-word town (or a known place) closing the list is taken as a place."""
    found = parse_credit_line("By Orla Fenwick, Reuters, and Teo Brandt")
    assert [(c.name, c.location) for c in found] == [("Orla Fenwick", None), ("Teo Brandt", None)]


BARE_AND_WRAPPED: list[tuple[str, list[Row]]] = [
    # NYT-style note: people and places cut at ";", a place shared by two people.
    (
        "Orla Fenwick contributed reporting from Lisbon; Teo Brandt from Turin.",
        [
            (R.ADDITIONAL_REPORTING, "Orla Fenwick", "Lisbon", None),
            (R.ADDITIONAL_REPORTING, "Teo Brandt", "Turin", None),
        ],
    ),
    (
        "Orla Fenwick reported from Lisbon; Teo Brandt and Ines Calloway from Turin.",
        [
            (R.REPORTING, "Orla Fenwick", "Lisbon", None),
            (R.REPORTING, "Teo Brandt", "Turin", None),
            (R.REPORTING, "Ines Calloway", "Turin", None),
        ],
    ),
    # A byline with no "By": names, then an agency, outlet or title, maybe a town.
    ("Orla Fenwick, Reuters", [(R.BYLINE, "Orla Fenwick", None, None)]),
    (
        "Orla Fenwick and Teo Brandt, Associated Press",
        [(R.BYLINE, "Orla Fenwick", None, None), (R.BYLINE, "Teo Brandt", None, None)],
    ),
    ("Orla Fenwick | The Dunmore Ledger", [(R.BYLINE, "Orla Fenwick", None, None)]),
    ("Orla Fenwick, The Dunmore Ledger, Leeds", [(R.BYLINE, "Orla Fenwick", "Leeds", None)]),
    ("-- Orla Fenwick, Staff Writer", [(R.BYLINE, "Orla Fenwick", None, None)]),
    ("Staff writer Orla Fenwick", [(R.BYLINE, "Orla Fenwick", None, None)]),
    ("Chief political correspondent Orla Fenwick", [(R.BYLINE, "Orla Fenwick", None, None)]),
    # every desk word the title reading knows passes the cheap test before it
    ("Staff reporter Orla Fenwick", [(R.BYLINE, "Orla Fenwick", None, None)]),
    ("Chief photographer Orla Fenwick", [(R.BYLINE, "Orla Fenwick", None, None)]),
    # Markdown emphasis around an end note, as imported pages and documents carry it.
    (
        "*Reporting by Orla Fenwick; Editing by Teo Brandt*",
        [(R.REPORTING, "Orla Fenwick", None, None), (R.EDITING, "Teo Brandt", None, None)],
    ),
    (
        "_Additional reporting by Ines Calloway in Turin_",
        [(R.ADDITIONAL_REPORTING, "Ines Calloway", "Turin", None)],
    ),
    ("**By Orla Fenwick**", [(R.BYLINE, "Orla Fenwick", None, None)]),
]


@pytest.mark.parametrize(("line", "expected"), BARE_AND_WRAPPED)
def test_bare_bylines_notes_cut_at_semicolons_and_emphasis(line: str, expected: list[Row]) -> None:
    found = read_credit_line(line)
    assert [(c.role, c.name, c.location, c.email) for c in found.credits] == expected
    assert found.failed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Teo Brandt, a reporter",
        "Orla Fenwick, chief executive of Dunmore Mills",
        "Leeds, Reuters",
        "Associated Press, Reuters",
        "Dunmore Times, Harbour Post",
        "Teo Brandt, 54, of Leeds",
        "Editor Orla Fenwick said the paper would close",
        "Police, fire crews and paramedics",
        "***",
    ],
)
def test_lines_like_a_bare_byline_stay_prose(line: str) -> None:
    assert parse_credit_line(line) == []


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("By ANNA DeSANTIS", "Anna DeSantis"),
        ("By LUCA DiMAGGIO", "Luca DiMaggio"),
        ("By Orla LaROSE", "Orla LaRose"),
        ("By DEAN LEROY", "Dean Leroy"),
    ],
)
def test_a_prefix_written_in_its_own_case_survives_capitals(line: str, name: str) -> None:
    assert [c.name for c in parse_credit_line(line)] == [name]


WEB_STAMPS_AND_DESK_UNITS: list[tuple[str, list[Row]]] = [
    # A web page's time stamp copied with the byline.
    ("Orla Fenwick · CBC News · Posted: Jan 05, 2026", [(R.BYLINE, "Orla Fenwick", None, None)]),
    (
        "By Orla Fenwick and Teo Brandt | Updated 4:15 p.m. ET",
        [(R.BYLINE, "Orla Fenwick", None, None), (R.BYLINE, "Teo Brandt", None, None)],
    ),
    ("By Orla Fenwick Published Jan. 5, 2026", [(R.BYLINE, "Orla Fenwick", None, None)]),
    # An agency's beat title and a broadcaster's unit are not people.
    ("By Orla Fenwick, AP Medical Writer", [(R.BYLINE, "Orla Fenwick", None, None)]),
    ("By Orla Fenwick, ABC Investigations", [(R.BYLINE, "Orla Fenwick", None, None)]),
    # A magazine's "Editor:", a caption's "Photo credit:" and "Image:".
    ("Editor: Orla Fenwick", [(R.EDITING, "Orla Fenwick", None, None)]),
    ("Photo credit: Teo Brandt", [(R.PHOTO, "Teo Brandt", None, None)]),
    ("Images: Teo Brandt", [(R.PHOTO, "Teo Brandt", None, None)]),
    # The stop of "By Ana Lima." before an e-mail is not part of the name.
    (
        "By Orla Fenwick. Email: orla@dunmore.example",
        [(R.BYLINE, "Orla Fenwick", None, "orla@dunmore.example")],
    ),
]


@pytest.mark.parametrize(("line", "expected"), WEB_STAMPS_AND_DESK_UNITS)
def test_web_stamps_desk_units_and_caption_cues(line: str, expected: list[Row]) -> None:
    found = read_credit_line(line)
    assert [(c.role, c.name, c.location, c.email) for c in found.credits] == expected
    assert found.failed == ()


@pytest.mark.parametrize(
    "line",
    ["Editor's note: This story has been updated.", "Updated 4:15 p.m.", "Posted on Monday"],
)
def test_notes_and_stamps_alone_are_not_credits(line: str) -> None:
    assert parse_credit_line(line) == []
