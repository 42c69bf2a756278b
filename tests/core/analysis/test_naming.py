"""naming.py: names given by habit, screen and sign texts and words nobody said are told from
the clause around the marks; a person's own verdict is not. Every sentence is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.naming import not_said


def _marks(text: str) -> tuple[int, int, int, int]:
    mark_start = text.index("“")
    mark_end = text.index("”", mark_start) + 1
    return mark_start + 1, mark_end - 1, mark_start, mark_end


@pytest.mark.parametrize(
    "text",
    [
        "The bend that lorry drivers call “the Kettle” was resurfaced.",
        "Regulars came to call the back room “the Snug” within a year.",
        "The portal, which Kestrel Systems still labels a “beta”, crashed.",
        "She got an error message saying “Unable to connect” twice.",
        "Staff feared “no ticket, no ride”, a rule the owners never used.",
        "Be wary of anyone who promises the roof will “cover its own cost”.",
        "Dana Hale turned on the phone's “quiet hours” mode.",
        "The district would offer what it calls “Friday clubs” to working parents.",
    ],
)
def test_not_said(text: str) -> None:
    assert not_said(text, *_marks(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dana Hale calls the bypass “a waste of money” and wants it gone.",
        "The Harbour Workers Union calls the offer “theft”.",
        "Tomas Brek left a message saying “Call me back tonight.”",
        "Ana Ruiz said the firm had been “cutting corners”, a practice she wants stopped.",
        "Ana Ruiz said the minister's “witch hunt” line had worn thin.",
        "The Teachers' Union opposes what it calls “a power grab” by the board.",
        "Brackwell Foods backs what it calls “zero-waste” crates.",  # one word: its claim
        "Ana Ruiz said the “sham” panel had failed families.",
    ],
)
def test_said(text: str) -> None:
    assert not not_said(text, *_marks(text))
