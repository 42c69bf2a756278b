"""The role cues of a credit line (credit_cues.py): credit lines for visual, data and audio work
("Video by", "Illustration by", "Data analysis by", "Narrated by") keep their people under a role
of their own: before these roles existed the part was reported unreadable and the contributor
lost. Every line here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


@pytest.mark.parametrize(
    ("cue", "role"),
    [
        ("Video by", R.VIDEO),
        ("Videos by", R.VIDEO),
        ("Produced by", R.PRODUCTION),
        ("Production by", R.PRODUCTION),
        ("Illustration by", R.ILLUSTRATION),
        ("Illustrations by", R.ILLUSTRATION),
        ("Photographs by", R.PHOTO),
        ("Photos by", R.PHOTO),
        ("Graphic by", R.GRAPHICS),
        ("Graphics by", R.GRAPHICS),
        ("Data by", R.DATA),
        ("Data analysis by", R.DATA),
        ("Design by", R.DESIGN),
        ("Audio by", R.AUDIO),
        ("Narrated by", R.NARRATION),
        ("Video:", R.VIDEO),
        ("Fact-checking by", R.FACT_CHECKING),
        ("Fact checking by", R.FACT_CHECKING),
        ("Fact-checked by", R.FACT_CHECKING),
        ("Translated by", R.TRANSLATION),
        ("Translation:", R.TRANSLATION),
        ("Translated from the Portuguese by", R.TRANSLATION),
    ],
)
def test_each_cue_keeps_its_people_under_its_role(cue: str, role: CreditRole) -> None:
    found = read_credit_line(f"{cue} Oona Vasquez and Teodor Brill")
    assert [(c.role, c.name) for c in found.credits] == [
        (role, "Oona Vasquez"),
        (role, "Teodor Brill"),
    ]
    assert found.failed == ()


def test_the_new_roles_sit_beside_the_old_in_one_line() -> None:
    found = read_credit_line(
        "Reporting by Ely Marsh in Kyiv; video by Ott Lane; data analysis by Ina Solberg; "
        "editing by Ana Bo"
    )
    assert [(c.role, c.name) for c in found.credits] == [
        (R.REPORTING, "Ely Marsh"),
        (R.VIDEO, "Ott Lane"),
        (R.DATA, "Ina Solberg"),
        (R.EDITING, "Ana Bo"),
    ]


def test_sentences_of_credits_each_keep_their_role() -> None:
    found = read_credit_line("Produced by Wim Kass. Narrated by Ulla Dent.")
    assert [(c.role, c.name) for c in found.credits] == [
        (R.PRODUCTION, "Wim Kass"),
        (R.NARRATION, "Ulla Dent"),
    ]


def test_an_illustration_is_not_called_a_graphic() -> None:
    """An editor credits an illustrator as such; "Graphics by" on export would misdescribe."""
    found = read_credit_line("Illustration by Pia Lindqvist")
    assert [c.role for c in found.credits] == [R.ILLUSTRATION]


def test_magazine_credits_keep_the_fact_checker_and_the_translator() -> None:
    found = read_credit_line("Words by Wim Kass. Translated by Ulla Dent. Fact-checking by Ana Bo.")
    assert [(c.role, c.name) for c in found.credits] == [
        (R.WRITING, "Wim Kass"),  # "Words by": the writing credit beside the others
        (R.TRANSLATION, "Ulla Dent"),
        (R.FACT_CHECKING, "Ana Bo"),
    ]
    assert found.failed == ()


def test_a_sentence_about_a_translation_stays_prose() -> None:
    assert read_credit_line("The translated text by the committee was released").credits == []


@pytest.mark.parametrize(
    "line",
    [
        "Articles by Wendel Orrick, Tamsin Verey and Odo Pelling, Bloomberg",
        "Posts by Wendel Orrick, Tamsin Verey and Odo Pelling",
        "Stories by Wendel Orrick, Tamsin Verey and Odo Pelling",
    ],
)
def test_an_author_page_heading_credits_its_writers(line: str) -> None:
    """An author page's heading ("Articles by A, B and C, Bloomberg") names the writers; before,
    the line was not read and all three were lost."""
    read = read_credit_line(line)
    assert [(c.role, c.name) for c in read.credits] == [
        (R.BYLINE, "Wendel Orrick"),
        (R.BYLINE, "Tamsin Verey"),
        (R.BYLINE, "Odo Pelling"),
    ]


def test_prose_opening_like_an_author_heading_is_no_credit() -> None:
    assert read_credit_line("Posts by the ministry claimed a win on Tuesday").credits == []


def _names(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


@pytest.mark.parametrize(
    "line",
    ["Staff Photos: Odile Fenwick", "Staff photo by Odile Fenwick", "File photo: Odile Fenwick"],
)
def test_staff_or_file_photo_cue(line: str) -> None:
    assert _names(line) == [(CreditRole.PHOTO, "Odile Fenwick")]


def test_staff_photo_without_a_name_names_no_one() -> None:
    assert _names("Staff photo") == []


def test_a_byline_then_a_picture_credit_after_a_full_stop_keeps_both() -> None:
    # the paper's name after the stop opens the picture's credit, it is no part of the byline
    found = read_credit_line("By Nell Varga. Harbour Courier photo by Sid Oake")
    assert [(c.role, c.name) for c in found.credits] == [
        (R.BYLINE, "Nell Varga"),
        (R.PHOTO, "Sid Oake"),
    ]
    found = read_credit_line("By NELL VARGA. Staff photo by Sid Oake")
    assert [(c.role, c.name) for c in found.credits] == [
        (R.BYLINE, "Nell Varga"),
        (R.PHOTO, "Sid Oake"),
    ]
    # without the paper's name the byline was lost before
    found = read_credit_line("By Nell Varga. Photo by Sid Oake")
    assert [(c.role, c.name) for c in found.credits] == [
        (R.BYLINE, "Nell Varga"),
        (R.PHOTO, "Sid Oake"),
    ]


def test_a_paper_named_before_its_photo_credit_still_reads_alone() -> None:
    found = read_credit_line("Harbour Courier photo by Sid Oake")
    assert [(c.role, c.name) for c in found.credits] == [(R.PHOTO, "Sid Oake")]


def test_a_word_qualifying_a_cue_after_a_bar_belongs_to_the_cue() -> None:
    found = read_credit_line(
        "Photography by Ivo Brandt | Text by Nell Varga | Text Editing by Sid Oake"
    )
    assert [(c.role, c.name) for c in found.credits] == [
        (R.PHOTO, "Ivo Brandt"),
        (R.WRITING, "Nell Varga"),
        (R.EDITING, "Sid Oake"),
    ]
    assert found.failed == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("di Nell Varga", ["Nell Varga"]),  # an Italian byline: "di" is its "by"
        ("DI NELL VARGA", ["Nell Varga"]),
        ("di Nell Varga e Tom Ruel", ["Nell Varga", "Tom Ruel"]),
        ("di Piero di Valmora", ["Piero di Valmora"]),  # "di" inside a surname stays
    ],
)
def test_an_italian_byline_credits_its_writers(line: str, names: list[str]) -> None:
    assert [(c.role, c.name) for c in read_credit_line(line).credits] == [
        (R.BYLINE, name) for name in names
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Di Varga said the plan failed",  # "Di" opens a surname: prose
        "Di Nell Varga",  # capitalised "Di" is no cue
        "di fronte al comune",  # "di" as "of", no name after it
        "di Valmora, la città",
    ],
)
def test_an_italian_di_that_is_no_byline_credits_no_one(line: str) -> None:
    assert read_credit_line(line).credits == []


@pytest.mark.parametrize(
    "line", ["Research: Oda Finch", "Reporting by Ivo Brandt; Research: Oda Finch"]
)
def test_research_with_a_colon_is_the_research_cue(line: str) -> None:
    """ "Research: A" (a magazine's credit box) read nothing and reported nothing."""
    found = read_credit_line(line)
    assert (found.credits[-1].role, found.credits[-1].name, found.failed) == (
        CreditRole.ADDITIONAL_REPORTING,
        "Oda Finch",
        (),
    )
