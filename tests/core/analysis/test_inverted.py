"""Inverted speech tags (inverted.py): who follows the verb of saying."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are devastated,” said the family in a statement.", "the family"),
        (
            "“We are devastated,” said the family of Tam Orley in a statement.",
            "the family of Tam Orley",
        ),
        ("“He was kind,” said a cousin of Tam Orley in an interview.", "a cousin of Tam Orley"),
        (
            "“We regret the error,” said a spokesman for Pellam Foods in an email.",
            "a spokesman for Pellam Foods",
        ),
    ],
)
def test_the_way_the_words_came_is_not_part_of_the_speaker(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_a_place_phrase_still_describes_the_speaker() -> None:
    (quote,) = analyze("“The board is split,” said one union source on the panel.").quotes
    assert quote.speaker == "one union source on the panel"


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("“The flames were huge,” said a neighbour who saw the fire.", "a neighbour",
         "a neighbour who saw the fire"),
        ("“He was kind,” said a nurse who treated him in an interview.", "a nurse",
         "a nurse who treated him"),
        # asking not to be named says nothing of who they are
        ("“Prices will rise,” said a trader who asked not to be named.", "a trader", "a trader"),
    ],
)  # fmt: skip
def test_a_relative_clause_closing_an_inverted_tag_describes_the_speaker(
    text: str, speaker: str, mention: str
) -> None:
    # the whole description is the mention; the speaker is the person noun, as copy refers to
    # them afterwards ("the neighbour said")
    quote = analyze(text).quotes[0]
    assert (quote.speaker, quote.speaker_mention) == (speaker, mention)


@pytest.mark.parametrize(
    ("tag", "speaker"),
    [
        ("said her husband Piet.", "Piet"),
        ("said his daughter Maren Olsby.", "Maren Olsby"),
        ("said their son Piet, 32.", "Piet"),
        ("said her husband, Piet.", "Piet"),
    ],
)
def test_a_relative_named_without_a_comma_after_the_verb(tag: str, speaker: str) -> None:
    (quote,) = analyze(f"Inga Olsby died in May. “She fed the whole street,” {tag}").quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two organisations, each with its role, joined by "and" before the name
        '"The coating is simple to apply," wrote Harbour Biotech founder and Calder University '
        "physics professor Ivo Marsh in an email.",
        # as before: one organisation and its role, or two roles of one organisation
        '"The coating is simple to apply," wrote Harbour Biotech founder Ivo Marsh in an email.',
        '"The coating is simple to apply," said Harbour Biotech founder and chief executive Ivo '
        "Marsh.",
    ],
)
def test_a_name_after_two_organisations_and_their_roles_speaks(text: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        '"The line opens in May," said Vantix president of consumer products Ivo Marsh.',
        '"The line opens in May," said Vantix head of mobile devices business Ivo Marsh.',
        '"The line opens in May," said vice president of global sales Ivo Marsh.',
    ],
)
def test_a_title_of_a_lower_case_office_before_the_name(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        # "of" straight before the name: whose president, not who speaks
        '"The line opens in May," said president of Ivo Marsh.',
        # a function word after the office: the description does not run to the name
        '"The line opens in May," said Vantix president of sales and Ivo Marsh.',
    ],
)
def test_an_of_that_heads_no_office_names_no_one(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker != "Ivo Marsh"


@pytest.mark.parametrize(
    "text",
    [
        "“It is a bad bill,” said Labour's Lina Hart.",
        "“It is a bad bill,” said Harbour United’s Lina Hart, the club's captain.",
    ],
)
def test_a_bodys_possessive_before_a_name_describes_the_speaker(text: str) -> None:
    # the possessive found no role noun after it, so the quote had no speaker at all
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Lina Hart"


def test_a_persons_possessive_before_a_name_still_leaves_the_name_speaking() -> None:
    # "Omar Bek's Lina Hart" (his aide, his daughter): whose she is, then who speaks
    (quote,) = analyze("“It is a bad bill,” said Omar Bek’s Lina Hart.").quotes
    assert quote.speaker == "Lina Hart"


def test_a_bodys_possessive_before_a_role_reads_as_before() -> None:
    (quote,) = analyze("“It is a bad bill,” said Labour's leader.").quotes
    assert quote.speaker == "Labour's leader"


@pytest.mark.parametrize(
    "owner",
    ["Harrowgate's", "Harrowgate’s", "the band's", "Calder Council's"],
)
def test_a_possessive_owner_straight_before_the_name_leaves_the_name_speaking(owner: str) -> None:
    # "says the band's Ira Holm": whose member she is, then the person who speaks
    text = f"“We went into the studio to try a bunch of things,” says {owner} Dana Cole."
    assert [q.speaker for q in analyze(text).quotes] == ["Dana Cole"]


def test_a_possessive_owner_with_a_role_and_a_comma_still_names_the_person() -> None:
    text = "“The harbour is not for sale,” said Tom Vell's lawyer, Ana Ruiz."
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz"]


def test_a_name_after_a_possessive_that_opens_a_clause_is_not_the_speaker() -> None:
    # "the mayor said Calder's Dana Cole would ...": Dana Cole is talked about
    text = (
        "At the hearing, the mayor said Calder's Dana Cole would “never back down on the harbour.”"
    )
    assert [q.speaker for q in analyze(text).quotes] == ["the mayor"]


def test_an_age_before_a_surname_after_the_verb_names_the_speaker() -> None:
    # "says the 41-year-old Brandvold": the age describes the person named right after it, so
    # the speaker is that person, not whoever the sentence before was about
    text = (
        "Pastry chef Ilse Brandvold bakes for three cafés in the old town.\n\n"
        "Raised above a tea room in a mining town, Brandvold spent her teens icing cakes. "
        "“Bread was always the harder craft,” says the 41-year-old Brandvold, who opens her "
        "ovens at four each morning."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ilse Brandvold"
    assert quote.speaker_mention == "Brandvold"


def test_an_age_alone_after_the_verb_still_reads_as_a_description() -> None:
    # near miss: "says the 41-year-old, who ...": no name follows the age; it stays the
    # description, resolved to the person given that age
    text = (
        "Ilse Brandvold, 41, bakes for three cafés in the old town. “Bread was always the "
        "harder craft,” says the 41-year-old, who opens her ovens at four each morning."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ilse Brandvold"
    assert quote.speaker_mention == "the 41-year-old"
