"""Asides between a subject and its verb of saying (asides.py): what may stand between them."""

from __future__ import annotations

import pytest

from app.core.analysis.asides import ADDRESS_TOWN, address_town, apposition_start, skippable
from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    "aside",
    [
        ", a surgeon, ",
        ", prosecuting, ",
        ", opening the terminal on Saturday, ",
        # a reduced relative opened by a past participle
        ", signed last year, ",
        ", founded in 1998, ",
        ", born in Leeds, ",
        ", asked about the plan, ",
    ],
)
def test_an_aside_may_stand_between_subject_and_verb(aside: str) -> None:
    assert skippable(aside)


@pytest.mark.parametrize(
    "aside",
    [
        ", which said the plan was dead, ",  # a clause of its own
        ", Ruiz, ",  # a name: another subject
        ", told of the plan, ",  # a verb of saying in it: the aside reports speech
    ],
)
def test_a_clause_or_a_name_is_no_aside(aside: str) -> None:
    assert not skippable(aside)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Vell, signed last year, said he was “proud” of the team.",
        "The company, founded in 1998, said it was “confident” about the deal.",
    ],
)
def test_the_verb_past_a_participle_aside_is_the_speakers(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker_reason is not None
    assert "speech verb earlier in the sentence" in quote.speaker_reason


@pytest.mark.parametrize(
    "aside",
    [
        "of Dunmore",
        "of Port Leland, N.Y.",
        "Ph.D.",
        "M.D., Ph.D.",
        "Ph.D., of Mt. Carrow",
    ],
)
def test_a_hometown_or_dotted_degree_is_skippable(aside: str) -> None:
    """AP style sets a hometown ("of Dunmore") and degrees with stops ("Ph.D.") between a name
    and its verb."""
    assert skippable(aside)


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Nora Quill, of Dunmore, said the results were "encouraging." Abel Frost said: '
            '"We are cautious."',
            ["Nora Quill", "Abel Frost"],
        ),
        (
            'Dr. Nora Quill, Ph.D., said the results were "encouraging." Her co-author, Dr. '
            'Abel Frost, said: "We are cautious."',
            ["Nora Quill", "Abel Frost"],
        ),
        (
            'Dr. Nora Quill, Ph.D., of Mt. Carrow, said the drug was "promising." '
            '"We need more trials," Quill said.',
            ["Nora Quill", "Nora Quill"],
        ),
    ],
)
def test_the_name_before_a_hometown_or_degree_speaks(text: str, speakers: list[str]) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz, of Elm Road, Hove, said: “The water came in at midnight.”",
        "Ana Ruiz, 45, of Elm Road, Hove, said: “The water came in at midnight.”",
        "Ana Ruiz, of St Bride's Road, Great Ashby, said: “The water came in at midnight.”",
        "Ana Ruiz, from 12 Mill Lane, West Kirrow, said: “The water came in at midnight.”",
    ],
)
def test_the_town_of_an_address_is_no_speaker(text: str) -> None:
    # UK regional copy gives a speaker's street and town between commas before "said"
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: a person set beside an office or a body, after "of"
        ("The chairman of Acme, Ana Ruiz, said: “It floods.”", "Ana Ruiz"),
        ("The Dean of Ostley, Kip Hughes, said: “It floods.”", "Kip Hughes"),
        ("The head of the firm, of Leeds, Ana Ruiz, said: “It floods.”", "Ana Ruiz"),
        ("The Dean of Ostley, Very Rev. Kip Hughes, said: “It floods.”", "Kip Hughes"),
    ],
)
def test_a_person_beside_an_of_phrase_still_speaks(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("People in Elm Close, Hove, said the flooding was “the worst yet”.", "People"),
        ("A resident of Walney, Cumbria, said: “It floods every winter.”", "A resident of Walney"),
    ],
)
def test_the_town_after_a_described_speaker_is_no_speaker(text: str, speaker: str) -> None:
    # the address closes with its town; the people described before it speak
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


def test_a_verb_after_the_town_is_no_first_name() -> None:
    # "Hove, said": the verb ("Said" is also a first name) is not part of the town's name
    assert address_town("People in Elm Close, Hove, said so.", 21)
    assert not address_town("The chairman of Acme, Ana Ruiz, said so.", 23)


def test_an_apposition_opens_at_its_comma_and_an_address_town_at_none() -> None:
    town = "Ana Ruiz, of Elm Road, Hove, said so."
    assert apposition_start(town, town.index("Hove")) == ADDRESS_TOWN
    named = "The chairman of Acme, Ana Ruiz, said so."
    assert apposition_start(named, named.index("Ana")) == named.index(", Ana")
    titled = "Its author, the senior midwife Dr Ana Ruiz, said so."
    assert apposition_start(titled, titled.index("Dr")) == titled.index(", the")


@pytest.mark.parametrize(
    "text",
    [
        # the country after the institution, then "who": the person from there is described
        "Ivo Marsh, from Harbour University, UK, who was not part of the study, said in a "
        'statement, "This paper settles it."',
        "Ivo Marsh, from Harbour University, England, who was not part of the study, said, "
        '"This paper settles it."',
        "Ivo Marsh, of the Harbour Institute, USA, who led the work, said, "
        '"This paper settles it."',
        # as before: no country, or a country in a phrase of its own
        'Ivo Marsh, from Harbour University, who was not part of the study, said, "It settles it."',
        "Ivo Marsh, from Harbour University in the UK, who was not part of the study, said, "
        '"This paper settles it."',
    ],
)
def test_a_person_from_an_institution_and_its_country_is_who_speaks(text: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == "Ivo Marsh"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # no town: the name is not followed by the comma that closes an address
        (
            "Earlier in Leeds, Vell said: “It floods.” Later he said: “It is worse.”",
            ["Vell", "Vell"],
        ),
        # a person beside an office, not an address: "head of", "member of" are no residents
        ("The head of Acme, Okafor, said: “It floods.”", ["Okafor"]),
        ("The head of Acme, Xilo Okafor, said: “It floods.”", ["Xilo Okafor"]),
        ("A member of Hove Council, Okafor, said: “It floods.”", ["Okafor"]),
    ],
)
def test_a_name_after_an_office_or_a_place_phrase_is_no_town(
    text: str, speakers: list[str]
) -> None:
    assert [q.speaker for q in analyze(text).quotes] == speakers


@pytest.mark.parametrize(
    "text",
    [
        '"The pond froze early," Ivo Marsh, secretary-general of the Elm Street Residents\' '
        "Garden Committee, said.",
        '"The pond froze early," Ivo Marsh, groundskeeper at the Calder Golf Club, said.',
        '"The pond froze early," Ivo Marsh, warden for the Elm Street Allotments, said.',
    ],
)
def test_a_job_no_list_holds_then_the_body_it_serves_is_an_aside(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Ivo Marsh"


def test_a_bare_job_no_list_holds_is_not_read_as_an_aside() -> None:
    # no body named after it: nothing shows the word is a job rather than a clause's word
    assert not skippable(", groundskeeper,")
    # the shape needs a named body: a lower-case one after "at the" is no office
    assert not skippable(", angry at the delays and the noise,")


@pytest.mark.parametrize("title", ["", "Cr ", "Cllr "])
def test_the_subject_after_what_calls_the_quoted_words(title: str) -> None:
    # "for what Tom Vell called “…”": the name after "what" opens a clause of its own and is
    # the one calling; before, the relative clause's "who" before it took the quote
    text = (
        "It was a win for councillor Ana Ruiz and deputy mayor Tom Vell. Residents thanked "
        f"Ana Ruiz, who led the push for what {title or 'Tom '}Vell called “a fair deal”."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Tom Vell"


def test_a_name_inside_a_relative_clause_still_leaves_the_quote_to_who() -> None:
    text = "A refugee who fled Aleppo in 2015 said “we have no home to go back to.”"
    (quote,) = analyze(text).quotes
    assert quote.speaker_mention == "A refugee"
