"""An office given in full with its abbreviation, a person named beside it, and then "the DFO
said": the person, not an organisation called "DFO" (office_acronyms.py)."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("opening", "letters", "speaker"),
    [
        (
            "According to the deputy fire officer (DFO), Brantmere, Halvard Osei, the blaze "
            "began in a loading bay.",
            "DFO",
            "Halvard Osei",
        ),
        (
            "Mara Lind, the chief medical officer (CMO) of Dunmore, said two crew were treated.",
            "CMO",
            "Mara Lind",
        ),
        # near miss: a body spelled out so is still the body
        (
            "The Harbour Safety Board (HSB) said on Monday that Tom Reyes would lead an inquiry.",
            "HSB",
            "Harbour Safety Board",
        ),
    ],
)
def test_the_abbreviated_office_is_the_person_named_beside_it(
    opening: str, letters: str, speaker: str
) -> None:
    text = (
        "Fire crews spent the night at a warehouse on the Orrin quay.\n\n"
        f"{opening}\n\n"
        f'"We are still checking the sprinklers," the {letters} said.'
    )
    assert speaker_of(text, "sprinklers") == speaker


def test_letters_never_spelled_out_stay_an_organisation() -> None:
    text = (
        "Mara Lind, the chief medical officer of Dunmore, said two crew were treated.\n\n"
        '"We are still checking the sprinklers," the DFO said.'
    )
    assert speaker_of(text, "sprinklers") == "DFO"


def test_a_person_named_in_the_next_sentence_does_not_hold_the_office() -> None:
    # near miss: the surgeon who agrees is someone else; the officer stays unnamed
    text = (
        "The chief medical officer (CMO) said the ward at Dunmore was full. Dr Oskar Lemm, a "
        "surgeon, agreed. “We need more beds,” the CMO said."
    )
    assert speaker_of(text, "more beds") == "CMO"


_TITLED = (
    "{title} Ravi Kantor said he had seen the culvert on Monday.\n\n"
    "Mira Osei, a teacher, said the school bus had turned back.\n\n"
    "“A drain runs under the lane and the boards were never meant for lorries,” the {letters} said."
)


@pytest.mark.parametrize(
    ("title", "letters"),
    [
        ("District Magistrate", "DM"),
        ("Cabinet Secretary", "CS"),
        ("Director-General", "DG"),
        ("Deputy Commissioner", "DC"),
    ],
)
def test_the_initials_of_a_title_are_the_person_given_it(title: str, letters: str) -> None:
    text = _TITLED.format(title=title, letters=letters)
    assert speaker_of(text, "boards were never meant") == "Ravi Kantor"


@pytest.mark.parametrize(
    ("title", "letters"),
    [
        # near misses: initials of another title; letters a body's, with no title behind them
        ("District Engineer", "DM"),
        ("Councillor", "CS"),
    ],
)
def test_initials_no_title_spells_stay_as_written(title: str, letters: str) -> None:
    text = _TITLED.format(title=title, letters=letters)
    assert speaker_of(text, "boards were never meant") != "Ravi Kantor"
    # the letters stay the speaker as written, as "the DFO" does above
    assert speaker_of(text, "boards were never meant") == letters
