"""Where runs of capitalised words start (name_runs.py): digits opening a firm's name."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import MentionKind, find_mentions
from app.core.analysis.name_runs import digits_before


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares of 3M fell on Monday.", "3M"),
        ("Shares of 7-Eleven fell on Monday.", "7-Eleven"),
        ("Shares of 1-800-Flowers fell on Monday.", "1-800-Flowers"),
        ("Shares of 7-Eleven Inc. fell on Monday.", "7-Eleven Inc."),
    ],
)
def test_digits_open_a_firms_name(text: str, name: str) -> None:
    (mention,) = find_mentions(text)
    assert mention.text == name
    assert mention.organisation


@pytest.mark.parametrize(
    "text",
    [
        "It runs a 5G network.",
        "The 4K screens sold out.",
        "We built a 3D model.",
        "The firm filed its 10-K late.",
        "They met at 3PM sharp.",
        "It won a $3M grant.",
        "Sales hit 1.5M units.",
    ],
)
def test_an_amount_a_unit_or_a_spec_is_no_firm(text: str) -> None:
    names = [m.text for m in find_mentions(text) if m.kind is MentionKind.NAME]
    assert not any(c.isdigit() for name in names for c in name)


def test_a_run_after_no_digits_starts_where_it_is() -> None:
    text = "Ana Ruiz said so."
    assert digits_before(text, 0, 0) == 0
    assert digits_before("on 7-Eleven", 5, 0) == 3


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('3M said the settlement would "resolve the matter in full."', ["3M"]),
        ('"Sales were soft," 7-Eleven said on Tuesday.', ["7-Eleven"]),
        ('3M said profits rose.\n\n"We are pleased," it said.', ["3M"]),
        ('Shares of 3M fell after the company said demand was "softening."', ["3M"]),
    ],
)
def test_a_firm_named_with_digits_speaks(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kit Dorr grew up in Washington, D.C. He left at 18.", "He"),
        ("Ada Moss moved to the U.S. Her son stayed.", "Her son"),
        ("Ada Moss moved to the U.K. The family stayed.", "The family"),
        ("The prize went to Ned Oakes Jr. His father wept.", "His father"),
    ],
)
def test_a_pronoun_after_an_abbreviation_opens_a_new_mention(text: str, name: str) -> None:
    """The stop of "D.C." or "Jr." also ends the sentence when a pronoun or "The" follows: it
    is no part of the name before it."""
    mentions = [m.text for m in find_mentions(text)]
    assert mentions[-1] == name


def test_jr_keeps_its_stop_before_a_pronoun() -> None:
    names = [m.text for m in find_mentions("The prize went to Ned Oakes Jr. He wept.")]
    assert "Ned Oakes Jr." in names


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Kit Dorr grew up in Washington, D.C. He said the city "made me."', ["Kit Dorr"]),
        ('Kit Dorr grew up in Washington, D.C. They said he was "a fine neighbor."', ["They"]),
        ('Ada Moss moved to the U.S. Her brother said she was "fearless."', ["Her brother"]),
        ('The prize went to Ned Oakes Jr. He said it was "humbling."', ["Ned Oakes Jr."]),
    ],
)
def test_a_pronoun_after_an_abbreviation_speaks_in_a_new_sentence(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Dunmore plc said profits would rise.", "Dunmore plc"),
        ("Shares in Harrow Brewing plc fell.", "Harrow Brewing plc"),
    ],
)
def test_a_lower_case_plc_ends_the_firms_name(text: str, name: str) -> None:
    (mention,) = [m for m in find_mentions(text) if m.kind is MentionKind.NAME]
    assert mention.text == name
    assert mention.organisation


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Dunmore plc said sales would "beat forecasts." Traders at Pell Securities called '
            'the outlook "rosy."',
            ["Dunmore plc", "Traders at Pell Securities"],
        ),
        ('"Costs were high," Harrow Brewing plc said on Monday.', ["Harrow Brewing plc"]),
        ('Shares in Dunmore plc fell after it said demand was "soft."', ["Dunmore plc"]),
    ],
)
def test_a_firm_named_with_plc_speaks(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mt. Carrow Savings Inc. said the loss was "temporary."', "Mt. Carrow Savings Inc."),
        ('Mt. Leland Hospital said the patient was "stable."', "Mt. Leland Hospital"),
        ('Ft. Brandt Council said the road was "safe."', "Ft. Brandt Council"),
    ],
)
def test_mt_and_ft_open_a_name(text: str, speaker: str) -> None:
    """ "Mt." and "Ft." (Mount, Fort) keep their stop inside a name, as "St." does."""
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Dunmore Inc. (NYSE: DNM) said revenue was "in line."', ["Dunmore Inc."]),
        ('Dunmore Inc. (DNM) said revenue was "in line."', ["Dunmore Inc."]),
        (
            'Dunmore Inc. (NYSE: DNM) said sales were "flat." Its chief, Rosa Fenn, said: '
            '"We are on track."',
            ["Dunmore Inc.", "Rosa Fenn"],
        ),
        ('Shares of Pell Co. (PLC) fell after it said demand was "soft."', ["Pell Co."]),
    ],
)
def test_a_ticker_in_brackets_after_inc_keeps_the_firm_speaking(
    text: str, speakers: list[str]
) -> None:
    """ "Inc." before a bracketed ticker ends no sentence: the firm is the verb's subject."""
    assert [q.speaker for q in analyze(text).quotes] == speakers


def test_inc_then_two_spaces_and_a_new_sentence() -> None:
    text = 'Kit Dorr works at Dunmore Inc.  He said the job was "great."'
    assert [q.speaker for q in analyze(text).quotes] == ["Kit Dorr"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('Kell Bros. Inc. said the recall was "voluntary."', ["Kell Bros. Inc."]),
        ('Shares of Pell Co. Ltd. fell after it said demand was "soft."', ["Pell Co. Ltd."]),
        ('Kit Dorr joined Kell Bros. He said it was "a dream."', ["Kit Dorr"]),
    ],
)
def test_two_corporate_words_in_a_row_are_one_name(text: str, speakers: list[str]) -> None:
    """ "Bros. Inc.", "Co. Ltd.": the first stop ends no name and no sentence."""
    assert [q.speaker for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize(
    ("rank", "speaker"),
    [
        ("Sgt. 1st Class", "Ana Ruiz"),
        ("Army Sgt. 1st Class", "Ana Ruiz"),
        ("Sgt. First Class", "Ana Ruiz"),
        ("Petty Officer 2nd Class", "Ana Ruiz"),
        ("Airman 1st Class", "Ana Ruiz"),
        ("Pfc.", "Ana Ruiz"),
        ("Spc.", "Ana Ruiz"),
        ("Ens.", "Ana Ruiz"),
        ("Seaman", "Ana Ruiz"),
        ("Trooper", "Ana Ruiz"),
        ("DCI", "Ana Ruiz"),
    ],
)
def test_a_graded_military_or_police_rank_before_a_name(rank: str, speaker: str) -> None:
    # the ordinal grading a rank joins the run ("Sgt." was the speaker, or "Class Ana Ruiz")
    for text in (
        f"“We are ready,” said {rank} Ana Ruiz, 34.",
        f"{rank} Ana Ruiz said, “We are ready.”",
    ):
        assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_an_ordinal_joins_a_run_only_before_class() -> None:
    # "On May 3rd Kemp said": a date, then the name
    names = [m.name for m in find_mentions("On May 3rd Tom Kemp said the road was shut.")]
    assert "Tom Kemp" in names


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a numbered place as the sentence's subject is no antecedent for "she"
        (
            "Dana Holt will open a cafe in the old Harbor No. 7 shed. Harbor No. 7, a former "
            "boathouse, is “the perfect spot,” she said.",
            "Dana Holt",
        ),
        (
            "Dana Holt bought the old firehouse. Engine No. 4 is “a real gem,” she said.",
            "Dana Holt",
        ),
        # a numbered body speaks under its full name, number included
        ("Dana Holt met the drivers. “We will strike,” Local No. 12 said.", "Local No. 12"),
        ("Dana Holt met the drivers. Local No. 12 said: “We will strike.”", "Local No. 12"),
    ],
)
def test_a_name_ending_in_no_and_a_figure_is_a_numbered_body(text: str, speaker: str) -> None:
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def test_a_person_called_no_keeps_the_name() -> None:
    # near miss: no figure after "No", so a person ("Tom No") stays one
    mentions = find_mentions("Dana Holt met Tom No. He said nothing.")
    assert [m.name for m in mentions if m.kind is MentionKind.NAME] == ["Dana Holt", "Tom No"]
    numbered = find_mentions("Dana Holt met the crew. Engine No. 4 said nothing.")
    assert [(m.name, m.entity) for m in numbered if m.kind is MentionKind.NAME] == [
        ("Dana Holt", "person"),
        ("Engine No. 4", "organisation"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"The tide will turn," said Karla deVries Moreno, an oceanographer.',
            "Karla deVries Moreno",
        ),
        ('"The tide will turn," said Ivo vanHorn Pike, a sailor.', "Ivo vanHorn Pike"),
        ('"The tide will turn," said Lena duPont Hale.', "Lena duPont Hale"),
        # the spaced particles read as before
        ('"The tide will turn," said Karla de Moreno, an oceanographer.', "Karla de Moreno"),
    ],
)
def test_a_particle_glued_to_a_capitalised_surname_stays_in_the_name(
    text: str, speaker: str
) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a lower-case word before the next capital joins nothing unless it is a particle
        ("Karla Moreno and eBay Finch met.", "Karla Moreno"),
        # a particle glued to a lower-case word is an ordinary word
        ("Karla Moreno decided to stay.", "Karla Moreno"),
    ],
)
def test_only_a_particle_glued_to_a_capital_joins_a_run(text: str, name: str) -> None:
    assert find_mentions(text)[0].text == name


def test_a_title_shaped_short_form_after_a_street_name_ends_the_sentence() -> None:
    # "Banksia Cr." is a crescent: its stop ends the sentence, and the neighbour named after
    # it is no councillor a later "the councillor" means
    text = (
        "The fire started at a house in Banksia Cr. Tom Vell, a neighbour, raised the alarm.\n\n"
        "“We will help the families,” the councillor said."
    )
    assert analyze(text).quotes[-1].speaker != "Tom Vell"
