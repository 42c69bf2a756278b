"""Datelines: agency and house forms split off a first paragraph; ordinary sentences left alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.analysis.datelines import (
    format_dateline,
    parse_dateline,
    parse_dateline_field,
    split_dateline,
)
from app.core.model import Dateline
from tests.hang_guard import finishes_within
from tests.pathological_inputs import HUGE_DATELINE_PARAGRAPH

# (paragraph, place, date, agency, text that follows) — written for these tests.
DATELINES = [
    (
        "WASHINGTON, Nov 17 (Reuters) - The Senate voted.",
        "WASHINGTON",
        "Nov 17",
        "Reuters",
        "The Senate voted.",
    ),
    (
        "KYIV, Ukraine (AP) — Sirens sounded overnight.",
        "KYIV, Ukraine",
        None,
        "AP",
        "Sirens sounded overnight.",
    ),
    ("PARIS (AFP) - Farmers blocked roads.", "PARIS", None, "AFP", "Farmers blocked roads."),
    ("LONDON — Shares fell in early trade.", "LONDON", None, None, "Shares fell in early trade."),
    (
        "NEW YORK, March 3, 2024 (Bloomberg) -- Bonds rallied.",
        "NEW YORK",
        "March 3, 2024",
        "Bloomberg",
        "Bonds rallied.",
    ),
    ("ST. LOUIS, Mo. (AP) — A storm hit.", "ST. LOUIS, Mo.", None, "AP", "A storm hit."),
    (
        "RIO DE JANEIRO, 17 November 2024 (EFE) - Rain fell.",
        "RIO DE JANEIRO",
        "17 November 2024",
        "EFE",
        "Rain fell.",
    ),
    ("BERLIN, Tuesday (dpa) - Trains stopped.", "BERLIN", "Tuesday", "dpa", "Trains stopped."),
    ("LONDON, Nov. 17 — Prices rose.", "LONDON", "Nov. 17", None, "Prices rose."),
    (
        "NEW DELHI: The monsoon arrived early.",
        "NEW DELHI",
        None,
        None,
        "The monsoon arrived early.",
    ),
    ("MOSCOW/KYIV (Reuters) - Drones struck.", "MOSCOW/KYIV", None, "Reuters", "Drones struck."),
    ("Geneva (Reuters) - Talks resumed.", "Geneva", None, "Reuters", "Talks resumed."),
    ("(Reuters) - Oil prices rose on Monday.", None, None, "Reuters", "Oil prices rose on Monday."),
    ("WASHINGTON, D.C. — Lawmakers met.", "WASHINGTON, D.C.", None, None, "Lawmakers met."),
    (
        "TOKYO, 2024-05-01 (Kyodo) - Markets opened.",
        "TOKYO",
        "2024-05-01",
        "Kyodo",
        "Markets opened.",
    ),
    (
        "ZÜRICH (Reuters) – “We are ready,” he said.",
        "ZÜRICH",
        None,
        "Reuters",
        "“We are ready,” he said.",
    ),
    ("GROSSETO, Italy (AP) -- The trial began.", "GROSSETO, Italy", None, "AP", "The trial began."),
]


@pytest.mark.parametrize(
    ("text", "place", "date", "agency", "rest"), DATELINES, ids=[d[0][:30] for d in DATELINES]
)
def test_datelines(
    text: str, place: str | None, date: str | None, agency: str | None, rest: str
) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found.dateline == Dateline(place=place, date=date, agency=agency)
    assert text[found.offset :] == rest
    dateline, remainder = split_dateline(text)
    assert dateline == found.dateline and remainder == rest


NOT_DATELINES = [
    "The U.S. — a country of 330 million — voted.",
    "NATO — The alliance said it would respond.",
    "BREAKING — Parliament has been dissolved.",
    "WARNING: This story contains graphic details.",
    "He said - and she agreed - that it was over.",
    "UPDATE 2-Oil falls as stocks build",
    "“I — we — will not go,” she said.",
    "Officials said the plan — first floated in May — was dead.",
    "LONDON is expensive, a survey found.",
    "Prices rose 3% - the fastest pace in a year.",
    "NEW RULES — the ones announced on Monday — apply from June.",
    "",
    "   ",
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_ordinary_sentences_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None
    assert split_dateline(text) == (None, text)


def test_dateline_alone_on_its_line() -> None:
    found = parse_dateline("KYIV, Ukraine (AP) —")
    assert found is not None and found.dateline.place == "KYIV, Ukraine"


def test_leading_whitespace_counts_in_the_offset() -> None:
    text = "  PARIS (AFP) - Farmers protested."
    found = parse_dateline(text)
    assert found is not None and text[found.offset :] == "Farmers protested."


def test_field_form_and_format() -> None:
    assert parse_dateline_field("WASHINGTON, Nov 17 (Reuters)") == Dateline(
        "WASHINGTON", "Nov 17", "Reuters"
    )
    assert parse_dateline_field("somewhere odd") == Dateline(place="somewhere odd")
    assert parse_dateline_field("  ") is None
    assert format_dateline(Dateline("KYIV, Ukraine", None, "AP")) == "KYIV, Ukraine (AP) —"
    assert format_dateline(Dateline()) == ""


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_never_crashes_and_offsets_stay_inside(text: str) -> None:
    found = parse_dateline(text)
    if found is not None:
        assert 0 < found.offset <= len(text)


def test_huge_paragraph_is_no_dateline() -> None:
    """Its time is printed by benchmarks/import_speed.py --pathological (target: under 0.2 s);
    the guard only stops a runaway (a backtracking pattern over 5 MB)."""
    assert finishes_within(lambda: parse_dateline(HUGE_DATELINE_PARAGRAPH)) is None


def test_datelines_without_an_agency() -> None:
    from app.core.analysis.datelines import parse_dateline

    cases = {
        "TOLEDO, Ohio — The council voted on Monday.": ("TOLEDO, Ohio", "The council"),
        "Toledo – The council voted on Monday.": ("Toledo", "The council"),
        "Kyiv, Ukraine — Sirens sounded overnight.": ("Kyiv, Ukraine", "Sirens"),
        "Springfield, Illinois – Rain fell.": ("Springfield, Illinois", "Rain"),
        "New York — The mayor spoke.": ("New York", "The mayor"),
    }
    for text, (place, rest) in cases.items():
        found = parse_dateline(text)
        assert found is not None, text
        assert found.dateline.place == place
        assert found.dateline.agency is None
        assert text[found.offset :].startswith(rest)


def test_sentences_with_a_dash_are_not_datelines() -> None:
    from app.core.analysis.datelines import parse_dateline

    for text in (
        "However — The council voted.",
        "Analysis – The council voted.",
        "Meanwhile – the city voted.",
        "New Rules — The council met.",
        "Georgia — the state voted.",
    ):
        assert parse_dateline(text) is None, text


@pytest.mark.parametrize(
    ("text", "place", "agency"),
    [
        # a title-case town no list knows, before a spaced dash, in a paragraph
        ("Bendigo – A grass fire closed the highway on Sunday.", "Bendigo", None),
        ("Gaza City — Strikes hit the northern districts overnight.", "Gaza City", None),
        # a city with an abbreviated state, in title case and in capitals
        ("Fresno, Calif. — The council voted on Monday.", "Fresno, Calif.", None),
        ("YAKIMA, Wash. — The council voted on Monday.", "YAKIMA, Wash.", None),
        # the colon style of South Asian papers, one word
        ("LAHORE: The provincial cabinet met on Friday.", "LAHORE", None),
        ("KARACHI: Port workers ended their strike.", "KARACHI", None),
        # Spanish-language wires close the agency with ".-"
        ("MADRID, 1 dic (EFE).- El Gobierno aprobó el decreto.", "MADRID", "EFE"),
        ("BOGOTÁ (EFE).- La corte falló el lunes.", "BOGOTÁ", "EFE"),
    ],
)
def test_more_datelines_without_a_known_place(text: str, place: str, agency: str | None) -> None:
    found = parse_dateline(text)
    assert found is not None, text
    assert (found.dateline.place, found.dateline.agency) == (place, agency)
    assert text[found.offset :][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "Dickens – The Man Who Invented Christmas",  # a headline: no sentence end
        "Inflation – Is It Over?",
        "Mostly – The council voted.",
        "SUMMARY: The council voted on Monday.",
        "UPDATE: The council voted on Monday.",
        "Harbour Lights – The drama returns on Sunday.",
        "Ana Lima – The council voted on Monday.",
    ],
)
def test_labels_and_headlines_with_a_dash_are_not_datelines(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "LONDON IS CALLING — The band's tour opens tonight at the arena.",
        "PARIS WILL WAIT — The summit was put off for a week.",
        "HARWICK HAS SPOKEN — Voters turned out in record numbers on Tuesday.",
        "Smith (R) The senator voted no.",
    ],
)
def test_a_shouted_phrase_or_an_aside_is_no_dateline(text: str) -> None:
    assert parse_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("New York, May 20", "New York", "May 20"),
        ("CHICAGO, Nov 3", "CHICAGO", "Nov 3"),
        ("Kampala, Uganda, March 3, 2024", "Kampala, Uganda", "March 3, 2024"),
        # a place in capitals whose first word is also a given name
        ("SANTA ROSA, May 20", "SANTA ROSA", "May 20"),
        ("VIRGINIA BEACH, June 3", "VIRGINIA BEACH", "June 3"),
    ],
)
def test_a_dateline_printed_as_its_own_paragraph_is_read_whole(
    text: str, place: str, date: str
) -> None:
    """A dateline on a line of its own, the story under it: before, it was not read at all."""
    dateline, rest = split_dateline(text)
    assert dateline == Dateline(place=place, date=date)
    assert rest == ""


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ray, May 20",
        "Thanks, Monday",
        "Harbour Ward, May 20",
        "Friday, May 20",
        "Updated, May 20",
        # a release's label and a letter writer's name in capitals (round-20 review: both
        # were read as the dateline's place and left the body)
        "FOR IMMEDIATE RELEASE, May 20, 2024",
        "MEDIA ADVISORY, June 3",
        "ANA LIMA, May 20",
    ],
)
def test_a_name_or_a_word_before_a_date_is_no_dateline_paragraph(text: str) -> None:
    assert split_dateline(text) == (None, text)


_LEDE = "The harbour board said on Monday that it would delay its vote on ferry fares until spring."


def test_reporting_from_line_is_the_dateline() -> None:
    found = parse_dateline("Reporting from Kyiv, Ukraine")
    assert found is not None and found.dateline.place == "Kyiv, Ukraine"
    assert parse_dateline("Reporting from the front line") is None


def test_title_case_dateline_with_a_date_or_colon() -> None:
    dated = parse_dateline("Lagos, Nigeria, May 20 — " + _LEDE)
    assert dated is not None
    assert (dated.dateline.place, dated.dateline.date) == ("Lagos, Nigeria", "May 20")
    colon = parse_dateline("Islamabad: " + _LEDE)
    assert colon is not None and colon.dateline.place == "Islamabad"
    # a deck with a colon, and a town the lists do not know, stay text
    assert parse_dateline("Washington: What the deal means for you and your family.") is None
    assert parse_dateline("Harbourville: " + _LEDE) is None


def test_an_agency_is_never_the_place() -> None:
    assert parse_dateline("REUTERS — " + _LEDE) is None
    found = parse_dateline("OSLO — " + _LEDE)
    assert found is not None and found.dateline.place == "OSLO"


def test_country_in_square_brackets_after_the_town() -> None:
    found = parse_dateline("Lisbon [Portugal], May 20 (HNA): " + _LEDE)
    assert found is not None
    assert (found.dateline.place, found.dateline.date, found.dateline.agency) == (
        "Lisbon, Portugal",
        "May 20",
        "HNA",
    )
    assert parse_dateline("Lisbon [sic] — " + _LEDE) is None


@pytest.mark.parametrize(
    ("text", "place", "date", "agency"),
    [
        # Malay, Spanish and Portuguese month names after the day (Bernama, EFE, Lusa)
        ("KOTA BARU 3 Ogos – Pihak berkuasa pelabuhan berkata.", "KOTA BARU", "3 Ogos", None),
        ("Valdera, 12 de octubre (EFE).- El puerto abrió.", "Valdera", "12 de octubre", "EFE"),
        ("Porto Velho, 12 out (Lusa) - O porto abriu.", "Porto Velho", "12 out", "Lusa"),
        # Italian and Dutch month names (ANSA, ANP and the regional papers)
        ("Valdera, 12 settembre (ANSA) - Il porto ha riaperto.", "Valdera", "12 settembre", "ANSA"),
        ("PORTHKERRIS, 3 maggio - Il porto ha riaperto.", "PORTHKERRIS", "3 maggio", None),
        ("DEN KORVEL, 3 maart - De haven ging open.", "DEN KORVEL", "3 maart", None),
        # a month in capitals, an ordinal day, a comma before the agency (East African desks)
        (
            "NAKURU, 4th JUNE 2021, (KNA)— The county opened a port.",
            "NAKURU",
            "4th JUNE 2021",
            "KNA",
        ),
        ("NAKURU, June 9th (KNA) — The county opened a port.", "NAKURU", "June 9th", "KNA"),
    ],
)
def test_dates_in_other_languages_and_house_forms(
    text: str, place: str, date: str, agency: str | None
) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found.dateline == Dateline(place=place, date=date, agency=agency)
    assert text[found.offset :][:1].isupper()


def test_a_month_word_inside_a_sentence_is_no_date() -> None:
    # "out", "set" and "mar" are months only after a day's number and before the dash
    assert parse_dateline("Valdera, 12 out of 40 boats sank — the port said.") is None
    assert parse_dateline("NAKURU, 3 set — the county said.") is None


@pytest.mark.parametrize(
    ("text", "place", "date", "agency"),
    [
        # a town the lists do not know, in title case, dated, before a colon or a dash
        ("Korrapur, Oct 6: " + _LEDE, "Korrapur", "Oct 6", None),
        ("Korrapur, Oct. 12, 2024: " + _LEDE, "Korrapur", "Oct. 12, 2024", None),
        ("Bendigo, May 20 — " + _LEDE, "Bendigo", "May 20", None),
        # ANI with the state in parentheses before the country in brackets
        (
            "Korrapur (Tansa) [India], May 3 (ANI): " + _LEDE,
            "Korrapur, Tansa, India",
            "May 3",
            "ANI",
        ),
        # a date after a dash, before the colon (Gulf papers)
        ("DOHA — NOV. 17: " + _LEDE, "DOHA", "NOV. 17", None),
        # two places the lists know, joined by a slash
        ("Bangkok/Jakarta: " + _LEDE, "Bangkok/Jakarta", None, None),
        # the date printed before the place, an agency after it (PANA)
        (
            "June 4, 2009 Korrapur, Kenya (Pana) - " + _LEDE,
            "Korrapur, Kenya",
            "June 4, 2009",
            "Pana",
        ),
        # a known place before a spaced hyphen (English services of news agencies)
        ("Jakarta - " + _LEDE, "Jakarta", None, None),
    ],
)
def test_regional_dateline_conventions(
    text: str, place: str, date: str | None, agency: str | None
) -> None:
    found = parse_dateline(text)
    assert found is not None
    assert found.dateline == Dateline(place=place, date=date, agency=agency)
    assert text[found.offset :] == _LEDE


@pytest.mark.parametrize(
    "text",
    [
        "Update, May 20: " + _LEDE,  # a desk's label, dated
        "Tom, May 20: " + _LEDE,  # a given name
        "Meeting, May 20: " + _LEDE,  # a diary's entry
        "Dear Ana, May 20: " + _LEDE,  # a letter
        "Korrapur: " + _LEDE,  # an unknown word before a colon, no date: may be a speaker
        "Jordan - " + _LEDE,  # a place that is also a given name, before a hyphen
        "Washington - the plan, officials said, was dead on arrival at the harbour.",
        "May 5 Korrapur — " + _LEDE,  # a date first, but no agency
        "Tokyo/Harbourville: " + _LEDE,  # one of the two places unknown
    ],
)
def test_openings_that_keep_no_dateline(text: str) -> None:
    assert parse_dateline(text) is None


def test_title_case_town_before_a_colon_named_as_a_place_in_the_paragraph() -> None:
    text = (
        "Korrapur: Crowds blocked the ferry road on Tuesday, officials said. A harbour official in "
        "Korrapur said the ramps would reopen by the weekend."
    )
    found = parse_dateline(text)
    assert found is not None and found.dateline == Dateline(place="Korrapur")
    assert text[found.offset :].startswith("Crowds blocked")


@pytest.mark.parametrize(
    "text",
    [
        # a speaker's label in a transcript: never "in" the word
        "Varga: Thank you for the question. I was in Lisbon yesterday and we discussed the ferry "
        "fares at length with the harbour board.",
        # a kicker whose word is only part of a longer place's name
        "Rowing: The home crew beat the visitors by two lengths at the lake in Rowing Vale on "
        "Sunday, in a race held in front of a full crowd.",
        # a label, even when the paragraph names it after a preposition
        "Update: The ferry fares rise in spring, the board said, and the notice at Update was "
        "posted on the harbour wall on Tuesday.",
    ],
)
def test_a_colon_word_the_paragraph_does_not_place_stays_text(text: str) -> None:
    assert parse_dateline(text) is None


def test_bare_agency_after_the_date() -> None:
    # the Ghana News Agency's form: no parentheses, the agency after the date, the dash glued
    found = parse_dateline("Korrapur, Feb 9, GNA- " + _LEDE)
    assert found is not None
    assert found.dateline == Dateline(place="Korrapur", date="Feb 9", agency="GNA")
    assert parse_dateline("Korrapur, Jun 4, GNA – " + _LEDE) is not None
    # without a date, or with a word of a sentence or a label in its place, it stays text
    assert parse_dateline("Korrapur, GNA - " + _LEDE) is None
    assert parse_dateline("KORRAPUR, Jun 4, UPDATE - " + _LEDE) is None


def test_a_byline_run_into_the_dateline_is_not_taken_for_its_place() -> None:
    # "By NAME Town, date (AGENCY) -" on one line: the place would swallow the byline, and
    # splitting it off would drop the writer's name from the copy, so the line stays text
    assert parse_dateline("By Ana Holt Korrapur, June 2 (ANTARA) - " + _LEDE) is None
    found = parse_dateline("BYRON BAY — " + _LEDE)
    assert found is not None and found.dateline.place == "BYRON BAY"
