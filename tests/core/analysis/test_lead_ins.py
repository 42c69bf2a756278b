"""A paragraph that introduces the quote opening the next one (lead_ins.py): who speaks."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        (
            "Police chief Mara Dunn said officers were at the scene.\n"
            "The chief had opened the news conference with a prepared statement:",
            "Mara Dunn",
        ),
        ("Judge Ana Ruiz heard the case on Monday.\nThe judge was blunt:", "Ana Ruiz"),
        (
            "Tom Vell, the head coach, faced reporters.\nThe head coach began with a warning:",
            "Tom Vell",
        ),
    ],
)
def test_a_role_alone_introducing_the_next_paragraph_is_the_person_given_it(
    intro: str, speaker: str
) -> None:
    # Before, a description as the colon sentence's subject introduced no one, and the
    # statement under it had no speaker
    text = f"{intro}\n“Shortly after nine this morning, officers were called to the port.”"
    assert analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "intro",
    ["A neighbour was furious:", "The sign on the door was clear:", "The officials were blunt:"],
)
def test_a_description_that_is_no_role_alone_introduces_no_one(intro: str) -> None:
    text = f"Tom Vell, the mayor, opened the meeting.\n{intro}\n“Nobody asked us.”"
    assert analyze(text).quotes[-1].speaker is None


_DESCRIBED = "The mayor spoke for an hour.\n\n{para}\n\n{quote}"


@pytest.mark.parametrize(
    "para",
    [
        "Harbour nurse Tui Ngata was the first to stand and walk out of the hall.",
        "Lena Marsh, a nurse, stood up and left.",
    ],
)
def test_a_first_person_quote_after_a_paragraph_about_one_named_person(para: str) -> None:
    text = _DESCRIBED.format(para=para, quote='"I felt like he was lecturing us about our jobs."')
    (quote,) = analyze(text).quotes
    assert quote.speaker in ("Tui Ngata", "Lena Marsh")


@pytest.mark.parametrize(
    ("para", "quote"),
    [
        # two people named: nothing says whose the words are
        (
            "Lena Marsh and Tui Ngata stood and walked out of the hall.",
            '"I felt like he was lecturing us about our jobs."',
        ),
        (
            "Lena Marsh stood up as Tui Ngata walked out of the hall.",
            '"I felt like he was lecturing us about our jobs."',
        ),
        # no first person in the quote: it may be anyone's, a sign, a chant
        (
            "Lena Marsh was the first to stand and walk out of the hall.",
            '"Nurses deserve better pay and safer wards."',
        ),
    ],
)
def test_an_untagged_quote_that_ties_to_no_one_person_stays_no_ones(para: str, quote: str) -> None:
    (found,) = analyze(_DESCRIBED.format(para=para, quote=quote)).quotes
    assert found.speaker is None


_PRONOUN_PARA = (
    "The board met on Monday. Councillor Ana Ruiz spoke first.\n\n"
    "She also wanted the parents to know that the budget was tight.\n\n{quote}"
)


def test_a_first_person_quote_after_one_sentence_about_she() -> None:
    text = _PRONOUN_PARA.format(quote='"Please understand that I am not the enemy here."')
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    "text",
    [
        # no first person in the quote
        _PRONOUN_PARA.format(quote='"Please understand that the budget is not endless."'),
        # the sentence about "she" names someone else too
        "The board met on Monday. Councillor Ana Ruiz spoke first.\n\n"
        "She also wanted Tom Vell to know that the budget was tight.\n\n"
        '"Please understand that I am not the enemy here."',
    ],
)
def test_a_quote_after_a_pronoun_sentence_needs_the_first_person_and_no_other_name(
    text: str,
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker is None


@pytest.mark.parametrize(
    "intro",
    [
        "Dana Whitfield is the province's acting crop specialist.",
        "Dana Whitfield is Kestrel County's acting crop specialist.",
        "Dana Whitfield is a senior economist at Harbour Bank.",
        # the role in capitals, as a ministry writes it
        "Dana Whitfield is the province's Acting Crop Management Specialist.",
    ],
)
def test_a_sentence_introducing_a_person_by_role_gives_the_next_quote_to_them(intro: str) -> None:
    # radio and trade copy introduce the next voice so; before, a quote in the plural first
    # person ("we") after it had no speaker
    text = (
        "This week's crop report shows most of the harvest is in.\n\n"
        f"{intro}\n\n"
        "“For most growers in the south, we are waiting for the canola to dry down.”"
    )
    assert analyze(text).quotes[-1].speaker == "Dana Whitfield"


def test_a_sentence_of_what_a_person_did_still_wants_the_first_person_singular() -> None:
    text = (
        "This week's crop report shows most of the harvest is in.\n\n"
        "Dana Whitfield won the county vote in 2019.\n\n"
        "“For most growers in the south, we are waiting for the canola to dry down.”"
    )
    assert analyze(text).quotes[-1].speaker is None
