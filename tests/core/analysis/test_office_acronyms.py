"""An office given in full with its abbreviation, a person named beside it, and then "the DRC
said": the person, not an organisation called "DRC" (office_acronyms.py)."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("opening", "letters", "speaker"),
    [
        (
            "According to the deputy regional commissioner (DRC), Lowmoor, Kavita Rane, the "
            "pupils said their teacher had given them notes.",
            "DRC",
            "Kavita Rane",
        ),
        (
            "Mara Lind, the chief medical officer (CMO) of Dunmore, said the ward would close.",
            "CMO",
            "Mara Lind",
        ),
        # near miss: a body spelled out so is still the body
        (
            "The Harbour Safety Board (HSB) said on Monday that Tom Reyes had been suspended.",
            "HSB",
            "Harbour Safety Board",
        ),
    ],
)
def test_the_abbreviated_office_is_the_person_named_beside_it(
    opening: str, letters: str, speaker: str
) -> None:
    text = (
        "Two pupils were caught cheating during an exam on Monday.\n\n"
        f"{opening}\n\n"
        f'"We are looking into it further," the {letters} said.'
    )
    assert speaker_of(text, "looking into") == speaker


def test_letters_never_spelled_out_stay_an_organisation() -> None:
    text = (
        "Mara Lind, the chief medical officer of Dunmore, said the ward would close.\n\n"
        '"We are looking into it further," the DRC said.'
    )
    assert speaker_of(text, "looking into") == "DRC"


def test_a_person_named_in_the_next_sentence_does_not_hold_the_office() -> None:
    # near miss: the surgeon who agrees is someone else; the officer stays unnamed
    text = (
        "The chief medical officer (CMO) said the ward at Dunmore was full. Dr Oskar Lemm, a "
        "surgeon, agreed. “We need more beds,” the CMO said."
    )
    assert speaker_of(text, "more beds") != "Oskar Lemm"
