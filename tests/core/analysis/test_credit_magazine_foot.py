"""Multi-role credits as a magazine's foot sets them (round 30, second pass). A label no cue
knows ("Styling: Kari Holm") was read as part of the names before it, so the writer was lost
in an unread part; a joint cue ("Text and photos: A") ran on over the next sentence and read
its credit once per role. Every name and outlet is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

_R = CreditRole


def _roles(line: str, declared: bool) -> tuple[list[tuple[CreditRole, str, str | None]], tuple]:
    read = read_credit_line(line, declared=declared)
    return [(c.role, c.name, c.organisation) for c in read.credits], read.failed


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "credits", "failed"),
    [
        (
            "Words: Ana Lima. Styling: Kari Holm. Photography: Tom Ray",
            [(_R.WRITING, "Ana Lima", None), (_R.PHOTO, "Tom Ray", None)],
            ("Styling: Kari Holm",),
        ),
        (
            "Words: Ana Lima | Styling: Kari Holm | Photography: Tom Ray",
            [(_R.WRITING, "Ana Lima", None), (_R.PHOTO, "Tom Ray", None)],
            ("Styling: Kari Holm",),
        ),
        (
            "Words: Ana Lima; Hair and make-up: Kari Holm; Photography: Tom Ray",
            [(_R.WRITING, "Ana Lima", None), (_R.PHOTO, "Tom Ray", None)],
            ("Hair and make-up: Kari Holm",),
        ),
        (
            "Text and photos: Ana Lima. Design: Kari Holm",
            [
                (_R.WRITING, "Ana Lima", None),
                (_R.PHOTO, "Ana Lima", None),
                (_R.DESIGN, "Kari Holm", None),
            ],
            (),
        ),
    ],
)
def test_each_role_of_a_foot_is_read_and_an_unknown_label_reported(
    line: str, credits: list, failed: tuple, declared: bool
) -> None:
    assert _roles(line, declared) == (credits, failed)


@pytest.mark.parametrize(
    ("line", "credits"),
    [
        # what already worked, kept
        (
            "Words: Ana Lima. Pictures: Tom Ray.",
            [(_R.WRITING, "Ana Lima", None), (_R.PHOTO, "Tom Ray", None)],
        ),
        (
            "Text and photos: Ana Lima",
            [(_R.WRITING, "Ana Lima", None), (_R.PHOTO, "Ana Lima", None)],
        ),
        (
            "Illustration by Kari Holm for The Harbour Times",
            [(_R.ILLUSTRATION, "Kari Holm", "The Harbour Times")],
        ),
        ("Video: Per Lund/Reuters", [(_R.VIDEO, "Per Lund", "Reuters")]),
        ("By Ana Lima. Email: ana@example.com", [(_R.BYLINE, "Ana Lima", None)]),
    ],
)
def test_the_forms_that_read_already_still_read(line: str, credits: list) -> None:
    assert _roles(line, False) == (credits, ())


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "credits"),
    [
        ("Art by Kari Holm", [(_R.ILLUSTRATION, "Kari Holm", None)]),
        ("Artwork: Kari Holm", [(_R.ILLUSTRATION, "Kari Holm", None)]),
        (
            "Interview and photos: Ana Lima",
            [(_R.INTERVIEWS, "Ana Lima", None), (_R.PHOTO, "Ana Lima", None)],
        ),
    ],
)
def test_art_and_a_joint_interview_cue_credit_their_maker(
    line: str, credits: list, declared: bool
) -> None:
    """These read nothing and reported nothing: the artist and interviewer were lost."""
    assert _roles(line, declared) == (credits, ())


def test_interview_alone_heads_a_q_and_a_and_credits_no_one() -> None:
    assert _roles("Interview: Ana Lima", False) == ([], ())
