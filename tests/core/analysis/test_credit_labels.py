"""Picture labels and byline cues of round 22 (credit_cues.py): conventions many publishers share,
each read, each beside a near miss that must stay as it was. Every line here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


@pytest.mark.parametrize(
    "line",
    [
        "Bild: Wenke Falster",  # German
        "Gambar: Wenke Falster",  # Indonesian
        "Foto de Wenke Falster",  # Spanish, Portuguese
        "Foto di Wenke Falster",  # Italian
        "Photographer: Wenke Falster/Bloomberg",  # Bloomberg's caption style
        "Photo courtesy of Wenke Falster",
        "Courtesy Wenke Falster",
        "Credit: Wenke Falster/Getty Images",
        "Image credit: Wenke Falster",
        "Courier photo: Wenke Falster",  # a paper's own picture, its name first
        "Harbour Ledger staff photo by Wenke Falster",
    ],
)
def test_a_picture_label_credits_its_photographer(line: str) -> None:
    assert _read(line) == [(R.PHOTO, "Wenke Falster")]


@pytest.mark.parametrize(
    "line",
    [
        "Foto de archivo",  # a file picture: no one named
        "Photos courtesy of the family",
        "(Photo: File)",  # the kind of picture, not a photographer called File
        "Photo: Handout",
        "Courtesy Counts",  # a heading: one word after "Courtesy" names no one
        "Oleh Karena Itu",  # Indonesian "therefore", set as a heading
    ],
)
def test_a_label_without_a_name_credits_no_one(line: str) -> None:
    assert _read(line) == []


def test_a_label_mark_leaves_the_photographer_beside_it() -> None:
    assert _read("Photo: Wenke Falster; Photo: File") == [(R.PHOTO, "Wenke Falster")]


def test_an_indonesian_byline_reads_as_a_german_one_does() -> None:
    assert _read("Oleh Wenke Falster dan Ibrahim Sulu") == [
        (R.BYLINE, "Wenke Falster"),
        (R.BYLINE, "Ibrahim Sulu"),
    ]
    assert _read("Von Wenke Falster und Ibrahim Sulu") == [
        (R.BYLINE, "Wenke Falster"),
        (R.BYLINE, "Ibrahim Sulu"),
    ]


def test_a_dash_after_by_keeps_the_writers() -> None:
    assert _read("By - Wenke Falster and Ibrahim Sulu") == [
        (R.BYLINE, "Wenke Falster"),
        (R.BYLINE, "Ibrahim Sulu"),
    ]
    assert _read("By – Wenke Falster") == [(R.BYLINE, "Wenke Falster")]


def test_an_agency_photo_mark_with_a_bar_credits_the_photographer() -> None:
    assert _read("AFP PHOTO | WENKE FALSTER") == [(R.PHOTO, "Wenke Falster")]
    assert _read("(AP Photo/Wenke Falster)") == [(R.PHOTO, "Wenke Falster")]
