"""Mentions that belong together (joins.py): here, an office written with capitals after "the"
("the Registrar", "the Prime Minister") read as one person described, as its lower-case twin is."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.entities import EntityKind
from app.core.analysis.mentions import MentionKind, find_mentions
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("“The ferry will run,” the Registrar said.", "the Registrar"),
        ("“The ferry will run,” the Coroner said.", "the Coroner"),
        ("“The ferry will run,” said the Speaker.", "the Speaker"),
        ("“The ferry will run,” the Lord Mayor told the chamber.", "the Lord Mayor"),
        ("“The ferry will run,” the Deputy Chief Constable said.", "the Deputy Chief Constable"),
        ("“The ferry will run,” the Home Secretary said.", "the Home Secretary"),
        ("The Ombudsman said the ferry would run.", "The Ombudsman"),
    ],
)
def test_a_capitalised_office_after_the_is_one_person_described(text: str, office: str) -> None:
    mention = next(m for m in find_mentions(text) if office in m.text)
    assert mention.text == office
    assert mention.kind is MentionKind.NOMINAL
    assert mention.entity is EntityKind.PERSON


@pytest.mark.parametrize(
    "text",
    [
        "“The ferry will run,” the Observer said.",  # a paper, not a person
        "“The ferry will run,” the Government said.",  # a body
        "“The ferry will run,” said Prime Minister Ilse Varga.",  # a name after the title
        "The figures were sent to the Home Office on Friday.",  # no office held by one person
    ],
)
def test_papers_bodies_and_titled_names_stay_names(text: str) -> None:
    assert all(m.kind is not MentionKind.NOMINAL or m.text[:1] != "t" for m in find_mentions(text))


def test_the_office_refers_back_to_whoever_holds_it() -> None:
    text = (
        "Mayor Bea Hollis cut the ribbon on Monday.\n\n"
        "“The bridge will reopen by spring,” the Mayor said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Bea Hollis"


def test_the_office_after_a_reported_clause_speaks_for_itself() -> None:
    # "..., the Registrar said in his tweet": the tweet is the Registrar's, not the storm's
    text = (
        "Storm Idris reached the estuary at dawn, the Registrar said in his latest post.\n\n"
        "The post warned of “long delays at every crossing” into the evening."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "the Registrar"


@pytest.mark.parametrize(
    ("opening", "role"),
    [
        ("Orla Byrne is chief executive of Harrowgate Foods.", "the chief executive"),
        ("Orla Byrne has been manager since 2019.", "the manager"),
        ("Orla Byrne became head of the agency in May.", "the agency head"),
        ("Orla Byrne was named captain in March.", "the captain"),
        ("Orla Byrne took over as coach last summer.", "the coach"),
        ("Orla Byrne is now Kestrel Rovers manager.", "the manager"),
        ("Orla Byrne, who is chief executive of Harrowgate Foods, spoke.", "the chief executive"),
        (
            "Orla Byrne, who is the chief executive of Harrowgate Foods, spoke.",
            "the chief executive",
        ),
        ("Orla Byrne, Harrowgate chief executive, spoke on Monday.", "the Chief Executive"),
    ],
)
def test_a_role_held_with_no_article_describes_the_name(opening: str, role: str) -> None:
    # Another named subject stands between: only the description can find her again.
    text = f"{opening} Piet Vance said the figures were strong. “Prices will fall,” {role} said."
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Orla Byrne"
    assert quote.speaker_reason is not None and "the person described as" in quote.speaker_reason


@pytest.mark.parametrize(
    "opening",
    [
        "Orla Byrne is happy with the deal.",  # no role
        "Orla Byrne is Vice President.",  # a later "the president" is someone else
        "Orla Byrne was police for a decade.",  # a body, not a role of one person
    ],
)
def test_no_role_no_description(opening: str) -> None:
    mentions = find_mentions(opening, linked=True)
    assert not mentions[0].described


@pytest.mark.parametrize(
    "text",
    [
        'Rosa Fenn, 52, and Owen Pike, 49, said the storm was "terrifying."',
        'Rosa Fenn, 52, and Owen Pike said the storm was "terrifying."',
        '"We lost the roof," said Rosa Fenn, 52, and Owen Pike, 49.',
    ],
)
def test_two_people_named_together_with_ages_speak_together(text: str) -> None:
    """An age after the first name ("Rosa Fenn, 52, and Owen Pike") does not split the pair:
    the quote is both of theirs, not the second one's."""
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Rosa Fenn and Owen Pike"


def test_a_pair_with_ages_is_they_after() -> None:
    text = (
        'Rosa Fenn, 52, and Owen Pike, 49, said the storm was "terrifying." '
        '"We lost the roof," they said.'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Rosa Fenn and Owen Pike"] * 2


def test_an_age_and_a_second_name_in_a_list_stay_apart() -> None:
    text = 'The injured were Rosa Fenn, 52, and Owen Pike, 49. Fenn said it was "a nightmare."'
    assert [q.speaker for q in analyze(text).quotes] == ["Rosa Fenn"]


def test_two_lawmakers_with_party_tags_speak_together() -> None:
    text = (
        'Sen. Rosa Fenn, D-Mass., and Rep. Owen Pike, R-N.C., called the bill "a good start." '
        '"We will pass it," they said.'
    )
    assert [q.speaker for q in analyze(text).quotes] == ["Rosa Fenn and Owen Pike"] * 2


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Councilman Ray Ortiz is running against Paula Greer for the seat. "
            "His opponent said the plan was “reckless.”",
            "Paula Greer",
        ),
        (
            "State Rep. Lila Marsh, who is campaigning against Attorney General Tom Vance, spoke "
            "first. Her rival called the figures “a fairy tale.”",
            "Tom Vance",
        ),
    ],
)
def test_whom_a_candidate_runs_against_is_their_opponent(text: str, speaker: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a lawsuit against someone makes no opponent of them; nor does beating them
        "A lawsuit against Paula Greer was dismissed. His lawyer said it was “baseless.”",
        "Ray Ortiz beat Paula Greer last year. His opponent said it was “fair.”",
    ],
)
def test_against_without_a_race_makes_no_opponent(text: str) -> None:
    (quote,) = analyze(text).quotes
    assert quote.speaker != "Paula Greer"


@pytest.mark.parametrize(
    "office",
    [
        "The new Chairman of the Harbour Board",
        "The former Secretary of the Harbour Board",
        "The new Secretary to the Government of Calder",
    ],
)
def test_a_capitalised_office_after_a_word_of_tenure_describes_the_name_beside_it(
    office: str,
) -> None:
    # "The new Chairman of X, Ana Ruiz, has called ...": the office is hers, never a surname
    text = f"{office}, Tomas Verlo, has called the harbour plan “a costly mistake nobody wanted”."
    assert [q.speaker for q in analyze(text).quotes] == ["Tomas Verlo"]


def test_a_named_body_after_a_word_of_tenure_is_still_the_body() -> None:
    # "Bank" heads no office: the body speaks
    text = "The new Bank of Calder said the plan was “a costly mistake nobody wanted”."
    assert [q.speaker for q in analyze(text).quotes] == ["Bank of Calder"]


_CAPTAIN = (
    "A ferry captain on the Orrin line was suspended after passengers filmed him racing a rival "
    "boat.\n"
    "{name}, captain of the Orrin Star in the Kestle Bay fleet, is shown laughing at the wheel.\n"
    '"Hold on tight back there, we are taking them," he is heard saying.\n'
    '"Nobody was ever in danger," the captain said.'
)


def test_a_first_name_and_a_place_word_with_a_role_beside_it_is_a_person() -> None:
    # "Imre Arena, captain of ...": nobody is an arena's captain; "he" and "the captain" are him,
    # not the unnamed captain of the opening sentence
    text = _CAPTAIN.format(name="Imre Arena")
    assert speaker_of(text, "Hold on") == "Imre Arena"
    assert speaker_of(text, "danger") == "Imre Arena"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Imre Arena, captain of the Orrin Star, was filmed.", "Imre Arena", "person"),
        ("Lena Park, the deputy mayor of Dunmore, spoke.", "Lena Park", "person"),
        # near misses: a description of no person beside it, or no first name before the word
        ("Kiri Street, the main road in Dunmore, was closed.", "Kiri Street", "place"),
        ("Harbour Arena, owner of the car park, was fined.", "Harbour Arena", "place"),
    ],
)
def test_a_place_shaped_name_is_a_person_only_with_a_role_beside_it(
    text: str, name: str, kind: str
) -> None:
    found = {m.name: m.entity for m in find_mentions(text, linked=True)}
    assert found[name] == kind


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Most of the dossier went from the Secretary to the Mayor, who told reporters: "
            "“I have not opened it.”",
            "the Mayor",
        ),
        (
            "The proofs of the atlas went from the Secretary to the Harbour Printer, who said: "
            "“They came back a week late.”",
            "Harbour Printer",
        ),
    ],
)
def test_from_an_office_to_another_is_two_people_not_one_office(text: str, speaker: str) -> None:
    # "from the Secretary to the Mayor" is a path between two people; the one the relative
    # clause follows speaks, never an office "the Secretary to the Mayor"
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Most of the talks ran late. “No deal is near,” said the Adviser to the Prime "
            "Minister, Oren Halvik.",
            "Oren Halvik",
        ),
        (
            "Most of the talks ran late. The Assistant to the Mayor said on Friday that "
            "“nothing was signed.”",
            "The Assistant to the Mayor",
        ),
    ],
)
def test_an_office_held_to_an_office_written_alone_is_one_office(text: str, speaker: str) -> None:
    # "the Adviser to the Prime Minister": the office after "to" has no name of its own, so it
    # is part of the office before it, not a titled person; the name beside the office speaks
    assert [q.speaker for q in analyze(text).quotes] == [speaker]


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_an_office_of_a_place_that_opens_with_a_first_name_is_the_office_not_the_place() -> None:
    # "Preston" is also a first name: "Preston Vale" after "the Mayor of" is still a place,
    # the mayor's town; the speaker is the office, and "the mayor" later is that office
    text = (
        "The ferry will stop.\n\nThe Mayor of Preston Vale said: “We have no "
        "choice.”\n\n“The hull is failing,” the mayor added."
    )
    speakers = _speakers(text)
    assert speakers[0] == "The Mayor of Preston Vale"
    assert "Preston Vale" not in speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the office holder named beside the office is the speaker
        ("The Mayor of Preston Vale, Ana Ruiz, said: “We have no choice.”", "Ana Ruiz"),
        # a titled name after "of" is a person, not the office's place
        ("The Secretary of State Ana Ruiz said: “We have no choice.”", "Ana Ruiz"),
    ],
)
def test_a_person_named_with_the_office_is_still_the_speaker(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]
