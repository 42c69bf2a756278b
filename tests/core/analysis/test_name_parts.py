"""A name interrupted by its own parts (a nickname in marks, a generation between commas) is
one person: the speaker an editor writes down, and no quote made of the nickname."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions


@pytest.mark.parametrize("nick", ["“Bo”", '"Bo"', "‘Bo’", "'Bo'", "(Bo)"])
def test_a_nickname_in_any_marks_joins_first_name_and_surname(nick: str) -> None:
    names = [m.name for m in find_mentions(f"Later Ivo {nick} Kessler said it was over.")]
    assert "Ivo Kessler" in names


@pytest.mark.parametrize(
    "text",
    [
        "“The pier stays shut,” said Ivo “Bo” Kessler.",
        '"The pier stays shut," said Ivo "Bo" Kessler.',
        "Ivo ‘Bo’ Kessler said: “The pier stays shut.”",
        "“The pier stays shut,” Ivo “Bo” Kessler told the inquiry.",
        "“The pier stays shut,” said Ivo (Bo) Kessler.",
        "“The pier stays shut,” said Dr. Ivo “Bo” Kessler.",
    ],
)
def test_the_nickname_is_no_quote_and_the_person_speaks(text: str) -> None:
    quotes = analyze(text).quotes
    assert [q.text.rstrip(".,") for q in quotes] == ["The pier stays shut"]
    assert quotes[0].speaker == "Ivo Kessler"


@pytest.mark.parametrize("suffix", ["Jr.", "Sr.", "III"])
def test_a_generation_between_commas_stays_with_the_name(suffix: str) -> None:
    text = f"Ivo Kessler, {suffix}, said: “The pier stays shut.”\n\n“It was,” Kessler said."
    quotes = analyze(text).quotes
    assert [q.speaker for q in quotes] == [f"Ivo Kessler {suffix}"] * 2


def test_two_people_named_apart_are_not_joined() -> None:
    names = [m.name for m in find_mentions("Ivo Kessler, Ada Brill and “Tide” Morris came.")]
    assert "Ivo Kessler" in names and "Ada Brill" in names


@pytest.mark.parametrize("suffix", ["Jr.", "Sr.", "III"])
@pytest.mark.parametrize(
    ("form", "verb_reason"),
    [
        ("“The pier reopens in May,” Mara Quillon, {s}, said on Monday.", "right after the quote"),
        ("Mara Quillon, {s}, said: “The pier reopens in May.”", "introducing the quote"),
        (
            "Mara Quillon, {s}, the harbour chair, said: “The pier reopens in May.”",
            "introducing the quote",
        ),
        (
            "“The pier reopens in May,” Mara Quillon, {s}, the harbour chair, said.",
            "right after the quote",
        ),
    ],
)
def test_a_generation_between_commas_keeps_the_speech_verb(
    suffix: str, form: str, verb_reason: str
) -> None:
    # The comma after ", Jr.," closes the suffix: the verb after it is the person's, and the
    # tooltip says so (it had read "no speech verb", or found nobody when the tag followed).
    (quote,) = analyze(form.format(s=suffix)).quotes
    assert quote.speaker == f"Mara Quillon {suffix}"
    assert verb_reason in quote.speaker_reason
