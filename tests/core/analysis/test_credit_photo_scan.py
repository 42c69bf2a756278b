"""A picture credit line the shape readers do not know is read by its cue and its names: people
are credited, an agency alone is the credit, picture marks are dropped, the rest is reported.
Every name, agency and paper here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import is_credit_line, read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _photos(line: str) -> list[str]:
    found = read_credit_line(line)
    assert all(c.role is R.PHOTO for c in found.credits)
    return [c.name for c in found.credits]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # several photographers, a bar after the label
        ("Photo credit: Ivo Brandt | Sid Oake", ["Ivo Brandt", "Sid Oake"]),
        ("Photos by Ivo Brandt; Sid Oake / Nell Varga", ["Ivo Brandt", "Sid Oake", "Nell Varga"]),
        # the paper after a bar or a bullet, the photographer before it
        ("Photo - Nell Varga | Dunmore Post", ["Nell Varga"]),
        # the cue after the name: "NAME/AGENCY photo"
        ("Ivo Brandt/Reuters photo", ["Ivo Brandt"]),
        # cues in other languages, names joined by their "and"
        ("Foto: Ivo Brandt und Sid Oake", ["Ivo Brandt", "Sid Oake"]),
        # the paper first, then the cue after a bar or slash; a copyright holder's agency
        ("Dunmore Post | Photo: Ivo Brandt", ["Ivo Brandt"]),
        ("© Dunmore Weekly/Photo by Ivo Brandt", ["Ivo Brandt"]),
        ("© Ivo Brandt/VII", ["Ivo Brandt"]),
        # a note between or after the name
        ("Photo: File / Ivo Brandt", ["Ivo Brandt"]),
        ("Photo: Ivo Brandt (Pool)", ["Ivo Brandt"]),
    ],
)
def test_photographers_are_read_whatever_joins_them(line: str, names: list[str]) -> None:
    assert _photos(line) == names
    assert read_credit_line(line).failed == ()


def test_a_part_not_read_is_reported_not_dropped() -> None:
    found = read_credit_line("Foto: Ivo Brandt - Agencia Nova")
    assert [c.name for c in found.credits] == ["Ivo Brandt"]
    assert found.failed == ("Agencia Nova",)


def test_capitals_after_a_slash_are_the_paper_not_a_second_photographer() -> None:
    assert _photos("Photo: Orla Fenwick / DUNMORE COURIER") == ["Orla Fenwick"]


@pytest.mark.parametrize(
    "line",
    [
        "Photo opportunities were few",
        "Image is everything",
        "Photo: Ivo Brandt waves to fans in Dunmore on Monday.",
        "Picture: Ivo Brandt and Sid Oake at the harbour",
        "Photos: The mayor and Ivo Brandt",
        "Photo: Monday, May 4",
    ],
)
def test_near_misses_credit_no_one(line: str) -> None:
    assert read_credit_line(line).credits == []
    assert not is_credit_line(line)


@pytest.mark.parametrize("declared", [False, True])
@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a picture desk's chain of agencies after the photographer: each part after the first
        # agency is an agency, though "Orla Features" reads as a person's name
        ("(Photo by Ivo Brandt/Dunmore Wire/Orla Features/Snapstock)", ["Ivo Brandt"]),
        # a free picture site after "on" or "from"
        ("Photo by Nell Varga on Snapstock", ["Nell Varga"]),
        # the photographer's title after a slash, no cue
        ("(Sid Oake/Assistant Photo editor)", ["Sid Oake"]),
        ("Nell Varga/Staff Photographer", ["Nell Varga"]),
        # a file-photo mark, a bar, initials with no stops, the paper's picture service
        ("(File Photo | R Tamsett, DPS)", ["R Tamsett"]),
        ("Photo: A Dorrance, DPS", ["A Dorrance"]),
        # a freelance's copyright, the outlet after "for"
        ("© Ivo Brandt for The Dunmore Courier", ["Ivo Brandt"]),
    ],
)
def test_picture_credit_forms_of_desks_and_sites(
    line: str, names: list[str], declared: bool
) -> None:
    found = read_credit_line(line, declared=declared)
    assert [(c.role, c.name) for c in found.credits] == [(R.PHOTO, name) for name in names]
    assert found.failed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Photo by Nell on Snapstock",  # no full name: no photographer
        "Photo on Tuesday",
        "Nell Varga/Staff Writer",  # a writer's title, no picture credit
        "© Dunmore Weekly for The Dunmore Courier",  # a paper's copyright: no one
        "Photo: A Handout",  # an article and a word, not an initial and a surname
        "Image: A Sunset",
    ],
)
def test_near_misses_of_the_desk_forms_credit_no_photographer(line: str) -> None:
    assert all(c.role is not R.PHOTO for c in read_credit_line(line).credits)


def test_two_photographers_with_their_agencies_in_one_chain_are_both_credited() -> None:
    assert _photos("Photo: Ivo Brandt/AFP/Sid Oake/Reuters") == ["Ivo Brandt", "Sid Oake"]
