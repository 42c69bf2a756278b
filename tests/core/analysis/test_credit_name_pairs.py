"""A byline of "Name, Word" pairs (round 29): each word is the writer's place or outlet, never a
co-writer. Every name and town here is invented (Tarnowo, Vellmar and Dunmarrow are no
place the lists know; "Oslo"-like words that the first-name table also holds are covered by
Ivo, which it knows as a first name)."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.exporting.credits import render_credits
from tests.core.analysis.credit_reading import Read, read_people

_read = read_people


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "By Wenke Falster, Tarnowo, and Odo Pelling, Vellmar",
            [("Wenke Falster", "Tarnowo", None), ("Odo Pelling", "Vellmar", None)],
        ),
        (
            "By Wenke Falster, Tarnowo; Odo Pelling, Vellmar",
            [("Wenke Falster", "Tarnowo", None), ("Odo Pelling", "Vellmar", None)],
        ),
        (
            "By Wenke Falster, Tarnowo, and Odo Pelling",
            [("Wenke Falster", "Tarnowo", None), ("Odo Pelling", None, None)],
        ),
        (
            "By Wenke Falster, Reuters, and Odo Pelling, Dunmarrow",
            [("Wenke Falster", None, "Reuters"), ("Odo Pelling", "Dunmarrow", None)],
        ),
        (
            "By Wenke Falster, RN, Tarnowo, and Odo Pelling, PhD, Vellmar",
            [("Wenke Falster", "Tarnowo", None), ("Odo Pelling", "Vellmar", None)],
        ),
        (
            # "Ivo" is in the first-name table: between two full names it is still a place
            "By Wenke Falster, Ivo, and Odo Pelling, London",
            [("Wenke Falster", "Ivo", None), ("Odo Pelling", "London", None)],
        ),
    ],
)
def test_each_word_belongs_to_the_name_before_it(line: str, expected: Read, declared: bool) -> None:
    """The towns were credited as writers ("Tarnowo", "Vellmar")."""
    assert _read(line, declared) == (expected, ())


def test_a_picture_credit_reports_an_unknown_word_it_cannot_tell_from_a_library() -> None:
    read, failed = _read("Photos: Wenke Falster, Tarnowo, and Odo Pelling, London", False)
    assert read == [("Wenke Falster", None, None), ("Odo Pelling", "London", None)]
    assert failed == ("Tarnowo",)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("By Falster, Pelling", [("Falster", None, None), ("Pelling", None, None)]),
        (
            "By Wenke Falster, Odo Pelling, Tarnowo",  # the whole list's town
            [("Wenke Falster", "Tarnowo", None), ("Odo Pelling", "Tarnowo", None)],
        ),
        (
            "By Wenke Falster, Toledo, Ohio, and Odo Pelling, Tarnowo",
            [("Wenke Falster", "Toledo, Ohio", None), ("Odo Pelling", "Tarnowo", None)],
        ),
    ],
)
def test_other_list_forms_read_as_before(line: str, expected: Read) -> None:
    assert _read(line, False) == (expected, ())


def test_paired_words_needs_a_word_between_two_full_names() -> None:
    from app.core.analysis.credit_name_pairs import paired_words

    assert paired_words([("Ana Lima", ""), ("Tarnowo", ","), ("Tom Ray", "and")]) == {1}
    assert paired_words([("Ana Lima", ""), ("Tom Ray", ","), ("Tarnowo", ",")]) == set()
    assert paired_words([("Lima", ""), ("Tarnowo", ","), ("Ray", "and")]) == set()
    # joined by "and", a word is a co-writer's name as typed, not a place
    assert paired_words([("Ana Lima", ""), ("Tarnowo", "and"), ("Tom Ray", "and")]) == set()


def test_paired_places_read_back_from_every_house_style() -> None:
    credits = read_credit_line("By Wenke Falster, Tarnowo, and Odo Pelling, Vellmar").credits
    assert [(c.name, c.location) for c in credits] == [
        ("Wenke Falster", "Tarnowo"),
        ("Odo Pelling", "Vellmar"),
    ]
    for style in ("reuters", "ap", "list"):
        rendered = render_credits(credits, style)
        read = [c for text in rendered.splitlines() for c in read_credit_line(text).credits]
        assert read == credits, (style, rendered)
