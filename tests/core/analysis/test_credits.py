"""Credit lines: parsing across agencies and house styles, rendering, and the round trip."""

from __future__ import annotations

import time

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.core.analysis.credits import (
    CREDIT_STYLES,
    MAX_CREDIT_LINE,
    is_credit_line,
    looks_like_name,
    parse_byline,
    parse_credit_line,
    parse_credits,
    render_credits,
)
from app.core.errors import InputError
from app.core.model import Credit, CreditRole

R = CreditRole

# (line, [(role, name, location, email), ...]) — every name and line invented for these tests.
CASES: list[tuple[str, list[tuple[CreditRole, str, str | None, str | None]]]] = [
    (
        "Reporting by Ines Calder and Tomasz Wren in Brussels; Additional reporting by Lea Okafor "
        "in Lagos, Piet Strand and Mara Quist in Oslo, Dev Anand Rao in Brussels; Writing by Hal "
        "Ostrow; Editing by Nora Beck and Sami Lund",
        [
            (R.REPORTING, "Ines Calder", "Brussels", None),
            (R.REPORTING, "Tomasz Wren", "Brussels", None),
            (R.ADDITIONAL_REPORTING, "Lea Okafor", "Lagos", None),
            (R.ADDITIONAL_REPORTING, "Piet Strand", "Oslo", None),
            (R.ADDITIONAL_REPORTING, "Mara Quist", "Oslo", None),
            (R.ADDITIONAL_REPORTING, "Dev Anand Rao", "Brussels", None),
            (R.WRITING, "Hal Ostrow", None, None),
            (R.EDITING, "Nora Beck", None, None),
            (R.EDITING, "Sami Lund", None, None),
        ],
    ),
    (
        "(Reporting by Juno Park in Seoul; writing by Abe Fenn; editing by Cora Wilde)",
        [
            (R.REPORTING, "Juno Park", "Seoul", None),
            (R.WRITING, "Abe Fenn", None, None),
            (R.EDITING, "Cora Wilde", None, None),
        ],
    ),
    (
        "Reporting by Rui Matos, writing by Elsa Hart and editing by Gil Moss",
        [
            (R.REPORTING, "Rui Matos", None, None),
            (R.WRITING, "Elsa Hart", None, None),
            (R.EDITING, "Gil Moss", None, None),
        ],
    ),
    (
        "Reporting by Kai Brandt, Lotte Voss and Emil Krag in Copenhagen",
        [
            (R.REPORTING, "Kai Brandt", "Copenhagen", None),
            (R.REPORTING, "Lotte Voss", "Copenhagen", None),
            (R.REPORTING, "Emil Krag", "Copenhagen", None),
        ],
    ),
    (
        "Additional reporting by Zoe Marsh in Washington, D.C.; Editing by Ray Tull",
        [
            (R.ADDITIONAL_REPORTING, "Zoe Marsh", "Washington, D.C.", None),
            (R.EDITING, "Ray Tull", None, None),
        ],
    ),
    (
        "Compiled by Odile Ferrand; Graphics by Bram Nijland",
        [(R.COMPILED_BY, "Odile Ferrand", None, None), (R.GRAPHICS, "Bram Nijland", None, None)],
    ),
    (
        "Associated Press writers Mila Horvat in Zagreb and Ravi Menon in New Delhi contributed "
        "to this report.",
        [
            (R.ADDITIONAL_REPORTING, "Mila Horvat", "Zagreb", None),
            (R.ADDITIONAL_REPORTING, "Ravi Menon", "New Delhi", None),
        ],
    ),
    (
        "Associated Press writer Flora Quinn contributed.",
        [(R.ADDITIONAL_REPORTING, "Flora Quinn", None, None)],
    ),
    (
        "AP reporters Tess Ongaro and Ben Yadin contributed reporting from Nairobi.",
        [
            (R.ADDITIONAL_REPORTING, "Tess Ongaro", "Nairobi", None),
            (R.ADDITIONAL_REPORTING, "Ben Yadin", "Nairobi", None),
        ],
    ),
    (
        "Otto Lindqvist in Helsinki contributed to this report.",
        [(R.ADDITIONAL_REPORTING, "Otto Lindqvist", "Helsinki", None)],
    ),
    (
        "--With assistance from Hana Sato and Felix Moreau.",
        [
            (R.ADDITIONAL_REPORTING, "Hana Sato", None, None),
            (R.ADDITIONAL_REPORTING, "Felix Moreau", None, None),
        ],
    ),
    (
        "—With assistance from Yusuf Demir in Istanbul.",
        [(R.ADDITIONAL_REPORTING, "Yusuf Demir", "Istanbul", None)],
    ),
    (
        "To contact the reporter on this story: Liv Hauge in Oslo at lhauge@example.net",
        [(R.REPORTING, "Liv Hauge", "Oslo", "lhauge@example.net")],
    ),
    (
        "To contact the editors responsible for this story: Max Pohl at mpohl@example.net, "
        "Iris Tan",
        [(R.EDITING, "Max Pohl", None, "mpohl@example.net"), (R.EDITING, "Iris Tan", None, None)],
    ),
    ("By Amélie ROUSSEL / AFP", [(R.BYLINE, "Amélie ROUSSEL", None, None)]),
    (
        "By Jonas Eriksen and Paula Ortiz / AFP",
        [(R.BYLINE, "Jonas Eriksen", None, None), (R.BYLINE, "Paula Ortiz", None, None)],
    ),
    (
        "By Cleo Adair and Marcus Webb",
        [(R.BYLINE, "Cleo Adair", None, None), (R.BYLINE, "Marcus Webb", None, None)],
    ),
    (
        "By Selin Aksoy, Associated Press",
        [(R.BYLINE, "Selin Aksoy", None, None)],
    ),
    ("BY DORA PIKE", [(R.BYLINE, "DORA PIKE", None, None)]),
    ("By Léon d'Arcy", [(R.BYLINE, "Léon d'Arcy", None, None)]),
    ("By: Anwar al-Hakim in Amman", [(R.BYLINE, "Anwar al-Hakim", "Amman", None)]),
    ("Edited by: Wale Adeyemi", [(R.EDITED_BY, "Wale Adeyemi", None, None)]),
    (
        "Edited by: Wale Adeyemi, wale.adeyemi@example.org",
        [(R.EDITED_BY, "Wale Adeyemi", None, "wale.adeyemi@example.org")],
    ),
    ("Photo: Kenji Mori/Reuters", [(R.PHOTO, "Kenji Mori", None, None)]),
    ("(AP Photo/Rosa Delgado)", [(R.PHOTO, "Rosa Delgado", None, None)]),
    ("Photo by Ada Brennan for The Daily Ledger", [(R.PHOTO, "Ada Brennan", None, None)]),
    (
        "Photos: Lior Ben-Ami and Sven Aalto",
        [(R.PHOTO, "Lior Ben-Ami", None, None), (R.PHOTO, "Sven Aalto", None, None)],
    ),
    ("Graphics by Tuva Berg", [(R.GRAPHICS, "Tuva Berg", None, None)]),
    ("Graphic: Omar Haddad", [(R.GRAPHICS, "Omar Haddad", None, None)]),
    ("Compiled by Petra Novak in Prague", [(R.COMPILED_BY, "Petra Novak", "Prague", None)]),
    (
        "Contributing: Iva Horak, Noel Grant",
        [
            (R.ADDITIONAL_REPORTING, "Iva Horak", None, None),
            (R.ADDITIONAL_REPORTING, "Noel Grant", None, None),
        ],
    ),
    (
        "Reporting by Ama Owusu in Port of Spain and Trinidad and Tobago desk",
        [],  # "Trinidad and Tobago desk" is not a name: the whole line is not a credit line
    ),
    (
        "Additional reporting by Rafael Souza in Bosnia and Herzegovina and Lia Moro in Rome",
        [
            (R.ADDITIONAL_REPORTING, "Rafael Souza", "Bosnia and Herzegovina", None),
            (R.ADDITIONAL_REPORTING, "Lia Moro", "Rome", None),
        ],
    ),
]


@pytest.mark.parametrize(("line", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_parse_credit_line(line: str, expected: list) -> None:
    got = [(c.role, c.name, c.location, c.email) for c in parse_credit_line(line)]
    assert got == expected
    assert is_credit_line(line) is bool(expected)


NOT_CREDITS = [
    "By Tuesday, the troops had withdrawn from the town.",
    "By contrast, the bank kept its rates unchanged.",
    "Reporting by the newspaper showed that the contract was never signed.",
    "Officials in Kyiv contributed to this report.",
    "Editing the constitution would take years, she said.",
    "Photos of the crash spread quickly online.",
    "By the end of the week, prices had doubled.",
    "He said the deal was signed by both sides on Monday.",
    "Written by hand, the note was found in the car.",
    "By 2030, the country hopes to halve emissions.",
    "",
    "By",
]


@pytest.mark.parametrize("line", NOT_CREDITS)
def test_ordinary_sentences_are_not_credit_lines(line: str) -> None:
    assert not is_credit_line(line)
    assert parse_credit_line(line) == []


def test_email_on_the_next_line_joins_the_sign_off() -> None:
    credits = parse_credits("Edited by: Wale Adeyemi\n\nwale@example.org\n")
    assert credits == [Credit(R.EDITED_BY, "Wale Adeyemi", None, "wale@example.org")]


def test_email_after_a_non_credit_line_is_not_attached() -> None:
    credits = parse_credits("Edited by: Wale Adeyemi\nSome note\nwale@example.org")
    assert credits == [Credit(R.EDITED_BY, "Wale Adeyemi")]


def test_render_reuters_matches_the_agency_form() -> None:
    line = (
        "Reporting by Ines Calder and Tomasz Wren in Brussels; Additional reporting by Lea Okafor "
        "in Lagos, Piet Strand and Mara Quist in Oslo; Editing by Nora Beck and Sami Lund"
    )
    assert render_credits(parse_credit_line(line), "reuters") == line


def test_render_ap_contributed_sentence() -> None:
    credits = [
        Credit(R.BYLINE, "Cleo Adair"),
        Credit(R.ADDITIONAL_REPORTING, "Mila Horvat", "Zagreb"),
        Credit(R.ADDITIONAL_REPORTING, "Ravi Menon", "New Delhi"),
    ]
    assert render_credits(credits, "ap") == (
        "By Cleo Adair\nAssociated Press writers Mila Horvat in Zagreb and Ravi Menon in New Delhi "
        "contributed to this report."
    )


def test_render_list_one_line_per_credit() -> None:
    credits = [
        Credit(R.REPORTING, "Juno Park", "Seoul"),
        Credit(R.EDITED_BY, "Ali Ray", None, "a@x.org"),
    ]
    assert render_credits(credits, "list") == (
        "Reporting: Juno Park in Seoul\nEdited by: Ali Ray <a@x.org>"
    )


def test_render_keeps_unlocated_names_apart_from_a_located_group() -> None:
    credits = [Credit(R.REPORTING, "Kai Brandt"), Credit(R.REPORTING, "Emil Krag", "Oslo")]
    text = render_credits(credits, "reuters")
    assert parse_credits(text) == credits


def test_unknown_style_is_an_input_error() -> None:
    with pytest.raises(InputError, match="reuters"):
        render_credits([], "bbc")


def test_parse_byline_metadata_fields() -> None:
    assert parse_byline("Von Greta Albers") == [Credit(R.BYLINE, "Greta Albers")]
    assert parse_byline("NTB") == [Credit(R.BYLINE, "NTB")]
    assert parse_byline("Selin Aksoy, Staff Writer") == [Credit(R.BYLINE, "Selin Aksoy")]
    assert parse_byline("") == []


def test_looks_like_name() -> None:
    assert looks_like_name("Frances d'Emilio")
    assert looks_like_name("J.R. Okonkwo")
    assert looks_like_name("June Carter")
    assert not looks_like_name("June")
    assert not looks_like_name("the newspaper")
    assert not looks_like_name("Agent 007")


def test_long_lines_are_rejected_quickly() -> None:
    line = "Reporting by " + "Ana Lima and " * 20_000 + "Bo Li"
    started = time.perf_counter()
    assert parse_credit_line(line) == []
    assert time.perf_counter() - started < 0.5


# --- round trip: parse -> render -> parse ------------------------------------------------------

_FIRST = ["Ana", "Bo", "Cleo", "Dmitri", "Élodie", "Farid", "Greta", "Hiro", "Ines", "June"]
_LAST = ["Lima", "Okafor", "Van Dyke", "d'Arcy", "al-Hakim", "Nguyen", "O'Neill", "Smith-Jones"]
_PLACES = [
    "Kyiv",
    "Washington",
    "New York",
    "Rio de Janeiro",
    "St. Louis",
    "Washington, D.C.",
    "Port-au-Prince",
    "Tel Aviv",
    "São Paulo",
]

names = st.builds(
    lambda first, middle, last: " ".join(p for p in (first, middle, last) if p),
    st.sampled_from(_FIRST),
    st.one_of(st.none(), st.sampled_from(["J.", "Maria", "K.T."])),
    st.one_of(st.sampled_from(_LAST), st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)),
).filter(looks_like_name)
emails = st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,6})?@[a-z]{2,8}\.(org|com|net)", fullmatch=True)
credit = st.builds(
    Credit,
    role=st.sampled_from(list(CreditRole)),
    name=names,
    location=st.one_of(st.none(), st.sampled_from(_PLACES)),
    email=st.one_of(st.none(), st.none(), emails),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(credit, max_size=12), st.sampled_from(CREDIT_STYLES))
def test_round_trip_is_stable(credits: list[Credit], style: str) -> None:
    rendered = render_credits(credits, style)
    # A longer line is read as prose by design (MAX_CREDIT_LINE); twelve credits with places and
    # e-mail addresses can pass it.
    assume(all(len(line) <= MAX_CREDIT_LINE for line in rendered.splitlines()))
    parsed = parse_credits(rendered)
    assert parsed == credits
    assert render_credits(parsed, style) == rendered


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_parse_never_crashes(text: str) -> None:
    for credit_found in parse_credits(text):
        assert credit_found.name
