"""What a run of capitalised words says by its own words: titles written with a hyphen, a
possessive or a place inside a body's name."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from app.core.analysis.run_reading import read_run
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Rates will hold,” Federation Director-General Paolo Verdi said.", "Paolo Verdi"),
        ("“The law is clear,” State Attorney-General Mara Quist said.", "Mara Quist"),
    ],
)
def test_a_hyphenated_title_is_dropped_from_the_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "") == speaker


def test_a_possessive_inside_an_institution_name_stays_in_it() -> None:
    found = analyze("“We need more beds,” a nurse at St Brannock’s Children Hospital said.").quotes[
        0
    ]
    assert found.speaker is not None
    assert "Brannock" in found.speaker  # the hospital is named whole, not split at the owner


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Texas Medical Association said the bill was dangerous.", "Texas Medical Association"),
        (
            "The Arizona Statistical Bureau said the figures were late.",
            "Arizona Statistical Bureau",
        ),
        ("Arizona Public Service said the outage was unplanned.", "Arizona Public Service"),
        # a place before a person's name still ends before it
        ("Texas rancher Bo Hale said it was a mistake.", "Bo Hale"),
    ],
)
def test_a_bodys_name_keeps_the_place_it_opens_with(text: str, name: str) -> None:
    # Before, "The Texas Medical Association" was read as "Medical Association".
    assert name in [m.name for m in find_mentions(text)]


def test_letters_after_a_persons_name_are_kept_out_of_the_name() -> None:
    # "Sian Roberts MP": the mention ends after "MP", the name before it
    read = read_run("Sian Roberts MP", " s")
    assert read is not None
    _, tokens, _, _, full_end, last_title = read
    assert tokens[last_title + 1 :] == ("Sian", "Roberts")
    assert full_end == len("Sian Roberts MP")


@pytest.mark.parametrize(
    "titled",
    [
        "Editor-in-Chief Jo Fenn",
        "Harbor Weekly Editor-in-Chief Jo Fenn",
        "Harbor Weekly’s Editor-in-Chief Jo Fenn",
        "Editor-at-Large Jo Fenn",
        "Co-Founder Jo Fenn",
        "Ex-Mayor Jo Fenn",
    ],
)
def test_a_title_joined_by_a_particle_or_under_a_prefix_is_no_part_of_the_name(
    titled: str,
) -> None:
    # Before, "Editor-in-Chief" and "Co-Founder" were read as part of the name
    text = f"The paper printed a correction.\n“We regret the error,” {titled} wrote."
    assert analyze(text).quotes[0].speaker == "Jo Fenn"


@pytest.mark.parametrize("run", ["Anne-Marie Fenn", "Jo Fenn-Price"])
def test_a_hyphenated_name_that_holds_no_title_stays_whole(run: str) -> None:
    text = f"The paper printed a correction.\n“We regret the error,” {run} wrote."
    assert analyze(text).quotes[0].speaker == run


def test_a_surname_spelt_like_a_title_tags_the_quote() -> None:
    # before, "Sen" was read as "Senator" with no name after it, and the quote had no speaker
    text = (
        "Mira Sen, the district commissioner, spoke on Monday.\n“We are looking into it,” Sen said."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Mira Sen"


def test_the_short_form_with_its_stop_before_a_name_is_still_a_title() -> None:
    (quote,) = analyze("“We are looking into it,” Sen. Tom Vell said.").quotes
    assert quote.speaker == "Tom Vell"


def test_a_short_title_alone_after_the_story_used_it_as_a_title_is_no_surname() -> None:
    # "Gov" titles Ana Ruiz earlier; "Gov said" then is the governor, not a person surnamed Gov
    text = "Gov Ana Ruiz said the roads were bad. “We fix them,” Gov said."
    assert [q.speaker for q in analyze(text).quotes] == ["Ana Ruiz"]


def test_a_title_shaped_surname_ending_a_sentence_leaves_its_stop_out_of_the_name() -> None:
    # "Mira Sen." at a sentence's end is Mira Sen, so "Sen told" later finds her; the stop was
    # kept as an abbreviation's and the later surname found no one
    text = "“Growth is slowing,” said economist Mira Sen. “Rates must fall,” Sen told the forum."
    assert [q.speaker for q in analyze(text).quotes] == ["Mira Sen", "Mira Sen"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Semi-Arid Lands CS Tom Vell said the fund would “reach every county by June”.",
            "Tom Vell",
        ),
        ("“The water is rising,” Health CS Ana Ruiz said.", "Ana Ruiz"),
        ("“Classes resume on Monday,” Education MEC Tom Vell said.", "Tom Vell"),
    ],
)
def test_an_office_in_capitals_before_a_name_is_its_title(text: str, speaker: str) -> None:
    # Before, the letters were read as the front of the name ("CS Tom Vell")
    assert analyze(text).quotes[0].speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: an author's initials before a single surname, and the letters in lower
        # case
        ("“The wardrobe was a door,” CS Lewis wrote.", "CS Lewis"),
        ("“I loved every page,” CS Lewis fan Tom Vell said.", "Tom Vell"),
    ],
)
def test_initials_before_one_surname_stay_the_name(text: str, speaker: str) -> None:
    assert analyze(text).quotes[0].speaker == speaker
