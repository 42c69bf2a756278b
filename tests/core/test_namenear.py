"""A confidential surname misspelt by one slip is still found; near words that are someone
else's name or an ordinary word are not."""

from __future__ import annotations

import pytest

from app.core.namenear import near_names

NAME = "Marta Kowalczyk"


def _words(text: str, name: str = NAME, **kwargs) -> list[str]:
    return [n.word for n in near_names(text, [name], **kwargs)]


@pytest.mark.parametrize(
    "written",
    [
        "Kowalcyzk",  # two neighbours swapped
        "Kowalczk",  # a letter dropped
        "Kowalczyck",  # a letter added
        "Kowalczyj",  # a letter changed
        "Kowałcyzk",  # and with an accent the name does not have
    ],
)
def test_one_slip_from_the_surname_is_found(written: str) -> None:
    text = f"The tender was rigged, {written} told the reporter."
    (found,) = near_names(text, [NAME])
    assert text[found.start : found.end] == written
    assert found.name == NAME


def test_offsets_point_into_markdown_as_stored() -> None:
    text = "It was rigged, said **Kowal**cyzk, and left."
    (found,) = near_names(text, [NAME])
    assert text[found.start : found.end] == "Kowal**cyzk"


def test_two_letter_spellings_are_read_both_ways() -> None:
    assert _words("Mueler said so; Muler agreed.", "Jürgen Müller") == ["Mueler", "Muler"]


def test_a_family_named_in_the_plural_is_found() -> None:
    assert _words("The Kowalczyks declined to comment.") == ["Kowalczyks"]


@pytest.mark.parametrize(
    "text",
    [
        "Kowalczyk said it was rigged.",  # spelt right: the name rule's, not a slip
        "Kowalczyk's office said nothing.",  # a possessive is the name spelt right
        "Kowalczyk’s office said nothing.",
        "the kowalcyzk file",  # small letters in running copy: not written as a name
        "Kowalczykowa and Wkowalczyka met.",  # more than one slip away
    ],
)
def test_the_right_spelling_and_far_words_are_no_slip(text: str) -> None:
    assert _words(text) == []


def test_lower_case_counts_where_the_text_lost_its_capitals() -> None:
    assert _words("tender-kowalcyzk-speaks", caseless=True) == ["kowalcyzk"]


def test_an_ordinary_word_is_not_a_misspelt_name() -> None:
    assert _words("The Cartel moved the money.", "Tom Carter") == []
    assert _words("Mr Carver moved the money.", "Tom Carter") == ["Carver"]


def test_a_given_name_before_a_name_is_someone_else() -> None:
    assert _words("Martin Luther King spoke.", "Ana Martins") == []
    assert _words("Martin said so.", "Ana Martins") == ["Martin"]


def test_short_surnames_are_left_to_the_exact_rule() -> None:
    """One letter from "Nowak" is a slip; one from "Ng" or "Li" is half the phone book."""
    assert _words("Novak said.", "Ewa Nowak") == ["Novak"]
    assert _words("Ny said; Lu said.", "Ana Ng") == []
    assert _words("Lu said.", "Li Wei") == []


def test_names_the_story_uses_on_purpose_are_spared() -> None:
    text = "Johnson said the tender was rigged."
    assert _words(text, "Ann Johnston") == ["Johnson"]
    assert _words(text, "Ann Johnston", spared=["Tom Johnson"]) == []


def test_no_person_no_slip() -> None:
    assert near_names("The Ministry of Finanse said.", ["Ministry of Finance"]) == []
