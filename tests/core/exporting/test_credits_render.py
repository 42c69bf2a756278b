"""Credits rendered in a house style, and parsed back to the same credits."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.analysis.credits import looks_like_name, parse_credit_line, parse_credits
from app.core.errors import InputError
from app.core.exporting.credits import CREDIT_STYLES, render_credits
from app.core.model import Credit, CreditRole

R = CreditRole


def test_render_reuters_matches_the_agency_form() -> None:
    line = (
        "Reporting by Ines Calder and Tomasz Wren in Brussels; Additional reporting by Lea Okafor "
        "in Lagos, Piet Strand and Mara Quist in Oslo; Editing by Nora Beck and Sami Lund"
    )
    assert render_credits(parse_credit_line(line), "reuters") == line


def test_render_ap_contributed_sentence() -> None:
    credits = [
        Credit(R.BYLINE, "Cleo Adair"),
        Credit(R.ADDITIONAL_REPORTING, "Mila Horvat", "Zagreb", organisation="Associated Press"),
        Credit(R.ADDITIONAL_REPORTING, "Ravi Menon", "New Delhi", organisation="Associated Press"),
    ]
    assert render_credits(credits, "ap") == (
        "By Cleo Adair\nAssociated Press writers Mila Horvat in Zagreb and Ravi Menon in New Delhi "
        "contributed to this report."
    )
    assert parse_credits(render_credits(credits, "ap")) == credits


def test_render_ap_claims_no_contributor_for_ap_that_nobody_said_works_there() -> None:
    """AP style wrote "Associated Press writer NAME" for every contributor, so a freelance's or
    another agency's reporting was exported as AP's: only an AP organisation gets the title."""
    credits = [
        Credit(R.ADDITIONAL_REPORTING, "Mila Horvat", "Zagreb"),
        Credit(R.ADDITIONAL_REPORTING, "Ravi Menon", organisation="Reuters"),
    ]
    rendered = render_credits(credits, "ap")
    assert "Associated Press" not in rendered
    assert rendered.startswith("Mila Horvat in Zagreb")
    assert [c.name for c in parse_credits(rendered)] == ["Mila Horvat", "Ravi Menon"]


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

# A generated surname that is a word credit lines join names with ("June And") cannot be told
# from a join ("June and ..."); no desk prints one, so the round trip is not asked of it.
_JOINING_WORDS = frozenset({"And", "With"})

names = st.builds(
    lambda first, middle, last: " ".join(p for p in (first, middle, last) if p),
    st.sampled_from(_FIRST),
    st.one_of(st.none(), st.sampled_from(["J.", "Maria", "K.T."])),
    st.one_of(st.sampled_from(_LAST), st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True)),
).filter(lambda name: looks_like_name(name) and name.split()[-1] not in _JOINING_WORDS)
emails = st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,6})?@[a-z]{2,8}\.(org|com|net)", fullmatch=True)
# Organisations a credit line names after a slash (bylines, photos, graphics) or in brackets
# (every other role): agencies, an outlet by its name, one no list knows.
_ORGANISATIONS = [
    "Reuters",
    "AFP",
    "AP",
    "Getty Images",
    "EPA",
    "The Harbour Ledger",
    "Kelp Living",
]
credit = st.builds(
    Credit,
    role=st.sampled_from(list(CreditRole)),
    name=names,
    location=st.one_of(st.none(), st.sampled_from(_PLACES)),
    email=st.one_of(st.none(), st.none(), emails),
    organisation=st.one_of(st.none(), st.sampled_from(_ORGANISATIONS)),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(credit, max_size=12), st.sampled_from(CREDIT_STYLES))
def test_round_trip_is_stable(credits: list[Credit], style: str) -> None:
    rendered = render_credits(credits, style)
    parsed = parse_credits(rendered)
    assert parsed == credits
    assert render_credits(parsed, style) == rendered


_VISUAL_ROLES = (
    R.ILLUSTRATION, R.VIDEO, R.PRODUCTION, R.DATA, R.DESIGN, R.AUDIO, R.NARRATION,
    R.FACT_CHECKING, R.TRANSLATION, R.INTERVIEWS,
)  # fmt: skip


@pytest.mark.parametrize("style", CREDIT_STYLES)
@pytest.mark.parametrize("role", _VISUAL_ROLES)
def test_visual_data_and_audio_roles_render_and_read_back(role: CreditRole, style: str) -> None:
    """Every house style writes these roles, one credit or several, and reading what it wrote
    gives the same credits back (no contributor lost on a round trip through the text)."""
    for credits in (
        [Credit(R.BYLINE, "Cleo Adair"), Credit(role, "Oona Vasquez")],
        [Credit(role, "Oona Vasquez"), Credit(role, "Teodor Brill", "Oslo")],
    ):
        text = render_credits(credits, style)
        assert parse_credits(text) == credits, text


def test_single_illustration_and_video_cues_read_as_an_editor_writes_them() -> None:
    text = render_credits(
        [Credit(R.ILLUSTRATION, "Pia Lindqvist"), Credit(R.VIDEO, "Ott Lane")], "reuters"
    )
    assert text == "Illustration by Pia Lindqvist; Video by Ott Lane"


def test_ap_style_claims_a_picture_for_ap_only_when_ap_took_it() -> None:
    """A Reuters picture exported in AP style keeps Reuters ("AP Photo/..." would credit it to
    AP); AP's own photographer is "AP Photo/NAME"; a photo credit with no organisation is not
    claimed for AP."""
    credits = [
        Credit(R.PHOTO, "Ana Lima", organisation="Reuters"),
        Credit(R.PHOTO, "Ivo Brandt", organisation="AP"),
    ]
    text = render_credits(credits, "ap")
    assert "AP Photo/Ana Lima" not in text
    assert "Ana Lima/Reuters" in text
    assert render_credits([credits[1]], "ap") == "AP Photo/Ivo Brandt"
    assert render_credits([Credit(R.PHOTO, "Tove Marsh")], "ap") == "Photo by Tove Marsh"
    assert parse_credits(text) == credits


@pytest.mark.parametrize("style", CREDIT_STYLES)
def test_every_style_writes_the_organisation_and_reads_it_back(style: str) -> None:
    credits = [
        Credit(R.BYLINE, "Cleo Adair", organisation="AFP"),
        Credit(R.BYLINE, "Teodor Brill"),
        Credit(R.PHOTO, "Pia Lindqvist", "Orvel", organisation="Getty Images"),
        Credit(R.GRAPHICS, "Ott Lane", organisation="The Harbour Ledger"),
    ]
    text = render_credits(credits, style)
    for organisation in ("AFP", "Getty Images", "The Harbour Ledger"):
        assert organisation in text
    assert parse_credits(text) == credits


@pytest.mark.parametrize("style", CREDIT_STYLES)
def test_every_role_keeps_its_organisation_in_the_lines(style: str) -> None:
    """A reporter from another outlet, a wire's editor: their organisation was dropped from
    every house-style line (only bylines, photos and graphics carried one); it is written in
    brackets, as a wire's sign-off names an outsider, and reads back."""
    credits = [
        Credit(R.REPORTING, "Cleo Adair", "Kyiv", organisation="Kyodo News"),
        Credit(R.ADDITIONAL_REPORTING, "Ivo Brandt", organisation="Kelp Living"),
        Credit(R.EDITING, "Teodor Brill", organisation="Reuters"),
        Credit(R.EDITED_BY, "Pia Lindqvist", organisation="The Harbour Ledger"),
    ]
    text = render_credits(credits, style)
    for organisation in ("Kyodo News", "Kelp Living", "Reuters", "The Harbour Ledger"):
        assert f"({organisation})" in text
    assert parse_credits(text) == credits


def test_an_organisation_the_reader_would_not_read_back_is_left_out() -> None:
    """One unknown word in brackets may be a town ("Teodor Brill (Bergen)"): not written."""
    credit = Credit(R.EDITING, "Teodor Brill", organisation="Bergen")
    assert render_credits([credit], "reuters") == "Editing by Teodor Brill"


@pytest.mark.parametrize("style", CREDIT_STYLES)
def test_an_outlets_body_as_author_reads_back(style: str) -> None:
    """ "By The Harbour Times editorial board" read as nothing, so the credit did not survive
    its own rendering."""
    credits = [
        Credit(R.BYLINE, "The Harbour Times editorial board"),
        Credit(R.REPORTING, "Reuters staff", "Oslo"),
        Credit(R.EDITING, "Oda Finch"),
    ]
    assert parse_credits(render_credits(credits, style)) == credits


def test_an_agency_stored_in_capitals_is_printed_as_it_writes_its_name() -> None:
    """Credits read before agencies were spelt ("REUTERS", "ASSOCIATED PRESS") printed "By Ana
    Lima/REUTERS", and AP style did not know its own writers in capitals."""
    credits = [
        Credit(R.BYLINE, "Wenke Falster", organisation="REUTERS"),
        Credit(R.ADDITIONAL_REPORTING, "Odo Pelling", organisation="ASSOCIATED PRESS"),
    ]
    assert render_credits(credits, "reuters") == (
        "By Wenke Falster/Reuters\nAdditional reporting by Odo Pelling (Associated Press)"
    )
    assert render_credits(credits, "ap") == (
        "By Wenke Falster/Reuters\nAssociated Press writer Odo Pelling contributed to this report."
    )
    assert render_credits([Credit(R.BYLINE, "REUTERS")], "list") == "Byline: Reuters"
