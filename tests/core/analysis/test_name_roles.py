"""The role a name is given by the words around it (name_roles.py): a role held with no article,
the opponent in a race, a place-shaped surname with a role beside it."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from tests.core.analysis.quote_lookup import speaker_of


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
