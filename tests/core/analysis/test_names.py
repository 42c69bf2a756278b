"""Names read from runs of capitalised words: a many-word owner before a titled person, titles
written with a hyphen, and dotted initials beside a capitalised role ("CEO")."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import PLACE
from app.core.analysis.mentions import find_mentions
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“We face hard months ahead,” the Lyon-based World Widget Federation’s "
            "Secretary-General Paolo Verdi said.",
            "Paolo Verdi",
        ),
        (
            '"The harvest came in late," the Northern Grain Growers Union\'s chief Ines Moura '
            "said.",
            "Ines Moura",
        ),
        (
            "“Our pilots were never told,” the Harbour Flying Club’s Vice-Chairman Olu Adeyemi "
            "said on Friday.",
            "Olu Adeyemi",
        ),
    ],
)
def test_a_person_after_an_owner_of_several_words_is_named(text: str, speaker: str) -> None:
    assert speaker_of(text, "") == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We face hard months ahead,” Acme CEO J.K. Doe said.", "J.K. Doe"),
        ("Tellco CFO A.B. Mensah said the results were “a turning point.”", "A.B. Mensah"),
    ],
)
def test_dotted_initials_after_a_capitalised_role_are_a_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "") == speaker


def test_an_all_capitals_subhead_is_still_no_name() -> None:
    quotes = analyze("BREAKING NEWS TODAY: “The bridge is shut,” police said.").quotes
    assert [q.speaker for q in quotes] == ["police"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Vantage Corp. said the merger would "create value for years."', "Vantage Corp."),
        (
            'In a letter to shareholders, Orrin Foods Inc. said it would "keep every plant open."',
            "Orrin Foods Inc.",
        ),
        ('Kessel Bros. said the sale was "the end of an era."', "Kessel Bros."),
    ],
)
def test_a_company_abbreviation_keeps_its_full_stop_when_the_sentence_goes_on(
    text: str, speaker: str
) -> None:
    # Before, the stop was read as the sentence's end, the quote had no speaker and was dropped.
    assert speaker_of(text, "") == speaker


def test_a_company_abbreviation_ending_the_sentence_still_ends_it() -> None:
    text = 'The fund sold its stake in Vantage Corp. "It was time," Ana Ruiz said.'
    assert speaker_of(text, "It was time") == "Ana Ruiz"


def test_a_plural_surname_alone_stays_a_surname() -> None:
    text = 'Jo Banks, the mayor, spoke on Monday. Banks said the vote was "a triumph."'
    assert speaker_of(text, "triumph") == "Jo Banks"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Harbison\'s said its holiday sales were "better than expected."', "Harbison's"),
        ('"Traffic was encouraging," Tolland’s said in a statement.', "Tolland’s"),
        ('Perrow\'s told investors that costs would "keep rising."', "Perrow's"),
        ('Harbison\'s Corp. said its sales were "better than expected."', "Harbison's Corp."),
    ],
)
def test_a_firm_named_with_a_possessive_speaks(text: str, speaker: str) -> None:
    # Before, "Harbison's said" was read as an owner with nothing owned: the quote was dropped
    # or had no speaker, and "Harbison's Corp." gave the speaker "Corp.".
    assert speaker_of(text, "") == speaker


def test_the_company_refers_back_to_a_firm_named_with_a_possessive() -> None:
    text = (
        'Harbison\'s said holiday traffic was "encouraging." "We saw strong demand for gifts," '
        "the company said."
    )
    assert speaker_of(text, "strong demand") == "Harbison's"


def test_a_possessive_before_a_noun_still_owns_it() -> None:
    text = 'Harbison\'s chief executive, Anna Pike, said demand was "resilient."'
    assert speaker_of(text, "resilient") == "Anna Pike"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We got lucky in the end," the Marlow Rovers\' Sam Ode said.', "Sam Ode"),
        ('The Rovers\' Sam Ode said the second half was "a slog."', "Sam Ode"),
        ("“We were second best,” the Kings’ Ivo Petrak said after the game.", "Ivo Petrak"),
    ],
)
def test_a_plural_owner_before_a_name_is_no_part_of_it(text: str, speaker: str) -> None:
    # Before, "Rovers' Sam Ode" was one name, and read as an organisation's.
    assert speaker_of(text, "") == speaker


def test_a_plural_possessive_inside_a_body_s_name_stays_in_it() -> None:
    text = 'The Harwick Growers\' Association said prices were "unsustainable."'
    assert speaker_of(text, "") == "Harwick Growers' Association"


@pytest.mark.parametrize(
    "opening",
    [
        "The Rev. Tobias Quell",
        "The Very Rev. Tobias Quell",
        "The Hon. Tobias Quell",
        "The Reverend Tobias Quell",
        "The Rev. Dr. Tobias Quell",
    ],
)
def test_a_style_after_the_opening_a_sentence_is_a_person_not_a_body(opening: str) -> None:
    # "The Rev." is how copy styles a cleric; "The" does not make the run a body ("The Times")
    text = f"{opening} said the chapel would reopen.\n\n“Our doors were never shut,” he said."
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tobias Quell"


def test_the_and_a_name_is_still_a_body() -> None:
    mentions = find_mentions("The Meridian Herald said the chapel would reopen.")
    assert mentions[0].organisation


def test_the_surname_of_a_styled_person_is_introduced() -> None:
    text = "The Rev. Mirela Quell led the service.\n\n“It was moving,” Quell said."
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Mirela Quell"
    assert "surname only" not in (quote.speaker_reason or "")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brelling said the jet was “safe to fly.”", "Brelling"),
        ("Harding told the court he was “innocent.”", "Harding"),
    ],
)
def test_a_name_ending_in_ing_before_a_verb_of_saying_is_a_name(text: str, name: str) -> None:
    assert speaker_of(text, text[text.index("“") + 1 : text.index("“") + 5]) == name


@pytest.mark.parametrize(
    "text",
    ["Speaking to students, she smiled.", "Nothing said so far was new."],
)
def test_a_participle_or_nothing_opening_a_sentence_is_no_name(text: str) -> None:
    assert [m.text for m in find_mentions(text) if m.text.endswith("ing")] == []


@pytest.mark.parametrize(
    "text",
    [
        "Freight trains were halted across the northern line on Monday.",
        "Coal barges stopped at the locks after the storm.",
    ],
)
def test_a_word_opening_a_sentence_before_a_plural_and_its_verb_is_no_name(text: str) -> None:
    # Before, "Freight" read as an organisation (an organisation head), the sentence's subject
    assert not [m for m in find_mentions(text, linked=True) if m.start == 0]


def test_a_name_before_its_trained_plural_stays_a_name() -> None:
    # "trains" is a verb here: no verb follows it, so Okafor is still the subject
    mentions = find_mentions("Okafor trains young boxers at the club.", linked=True)
    assert mentions[0].name == "Okafor"


def test_a_first_name_in_capitals_labelling_a_transcript_line_is_no_organisation() -> None:
    # Before, "ROWAN" (capitals) read as an acronym's organisation, so the statement's "It"
    # went to the caller rather than staying unresolved
    text = (
        "HOST: Joining us from the Westvale depot is Rowan, who drives the number 9 bus.\n\n"
        "ROWAN: Morning. The new rota starts next week and nobody has seen it.\n\n"
        "HOST: We asked the bus company for someone to come on. They sent a statement "
        "instead. It says the rota is “fair to every driver”."
    )
    assert analyze(text).quotes[0].speaker == "It"


@pytest.mark.parametrize("acronym", ["IKEA", "AMBER"])
def test_a_brand_in_capitals_that_is_also_a_first_name_is_still_an_organisation(
    acronym: str,
) -> None:
    # only a transcript's label ("ROWAN:" opening a line) is read as a name in capitals
    text = f"{acronym} opened a store in Ostley on Monday. “We are proud to be here,” it said."
    assert analyze(text).quotes[0].speaker == acronym


@pytest.mark.parametrize(
    "text",
    [
        "JACKSON, Miss. — Rising water closed 40 roads.\n\n“Stay off the roads,” he said.",
        "CHARLOTTE, N.C. (AP) — Rising rents closed two shops.\n\n“We could not stay,” she said.",
    ],
)
def test_a_dateline_town_sharing_a_first_name_is_no_one_a_pronoun_means(text: str) -> None:
    # the town in capitals is a place, its region too, and the word after the dash opens the
    # story's first sentence ("Rising ..." is no one either)
    quote = analyze(text).quotes[0]
    assert quote.speaker in ("he", "she")
    assert [m.entity for m in find_mentions(text, linked=True)][:1] == [PLACE]


@pytest.mark.parametrize("designation", ["Ward 7 residents", "Stanley 4 tenants"])
def test_a_first_name_with_a_number_after_it_is_no_person(designation: str) -> None:
    # Before, "Ward" (a first name) in "Ward 7 residents" was a person and the subject, so a
    # later "he" went to "Ward" and not to the man named after
    text = (
        f"{designation} brought many questions to the meeting on Wednesday.\n\n"
        "Plenty of people had questions they wanted answers to Tom Bale asked about the buses.\n\n"
        "“These things matter to me,” he said."
    )
    speakers = {q.speaker for q in analyze(text).quotes}
    assert speakers == {"Tom Bale"}


@pytest.mark.parametrize(
    "sentence",
    ["Mensah wants increased funding.", "Patel calls renewed talks a farce."],
)
def test_a_surname_before_a_verb_in_s_stays_a_name(sentence: str) -> None:
    # Before, the surname read as a word qualifying a plural ("Freight trains") and was dropped
    assert [m.name for m in find_mentions(sentence, linked=True)][:1] == [sentence.split()[0]]


def test_acronyms_opening_a_paragraph_are_no_dateline() -> None:
    # Before, "UNICEF, UNHCR" read as a dateline's town and its region: a place
    mentions = find_mentions("UNICEF, UNHCR and WFP said the camps were full.", linked=True)
    assert mentions[0].entity is not PLACE


@pytest.mark.parametrize(
    "paragraph",
    [
        "HOLTBY: The council said the ferry would run again on Monday.",
        "Holtby Vale, May 5, 2025 /PRNewswire/: Marlow Foods said it would open a plant.",
        "Holtby Vale (AP): Crews said the road would reopen by noon.",
    ],
)
def test_a_dateline_ended_by_a_colon_is_a_place(paragraph: str) -> None:
    # The dateline is read only where something could end one (speed): a colon after a town
    # in capitals, or after a wire's or an agency's name, still ends one
    assert find_mentions(paragraph, linked=True)[0].entity is PLACE


def test_a_speaker_before_a_colon_is_no_dateline() -> None:
    mentions = find_mentions("Brandt added: the ferry would run again on Monday.", linked=True)
    assert mentions[0].entity is not PLACE


_NUMBERS = (
    "Rosa Pell runs the kitchen.\n\n"
    "For Pell, the star was mostly a problem of numbers. {opening} went from about 60 a night "
    "to 140, the queue began at five, and the fishmongers started, as she puts it, “pricing me "
    "like a celebrity”.\n\n“I'm not a brand. I'm a cook with a landlord,” she says."
)


@pytest.mark.parametrize("opening", ["Covers", "Bookings", "Takings"])
def test_a_plural_noun_opening_a_sentence_is_no_surname(opening: str) -> None:
    """ "Covers went from 60 a night to 140": "Covers" was a person, and "she" went to it."""
    assert speaker_of(_NUMBERS.format(opening=opening), "a cook with a landlord") == "Rosa Pell"


def test_a_surname_met_in_a_name_before_still_opens_a_sentence_as_a_person() -> None:
    text = (
        "Tom Banks runs the ferry.\n\nBanks went to the council in May. “We need the late "
        "boat,” he said."
    )
    assert speaker_of(text, "late boat") == "Tom Banks"
