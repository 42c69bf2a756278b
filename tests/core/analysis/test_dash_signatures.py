"""A quote signed after a dash (dash_signatures.py): a role in lower case before the name
("– club president Tom van Dell") and a signature on a line with no stop ("” — Ana Ruiz,
harbour master") name the speaker; a listing or a clause after a dash names no one."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.quote_lookup import speaker_of


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The season ended with a cup win.\n\n“We never stopped believing in this squad,” – "
            "club president Tom van Dell.",
            "Tom van Dell",
        ),
        (
            "The season ended with a cup win.\n\n“We never stopped believing in this squad.” – "
            "coach Luis da Costa",
            "Luis da Costa",
        ),
        (
            "The season ended with a cup win.\n\n“We never stopped believing in this squad” — "
            "Ana Ruiz, harbour master",
            "Ana Ruiz",
        ),
    ],
)
def test_a_dash_then_a_role_and_a_name_signs_the_quote(text: str, speaker: str) -> None:
    # club and community pages sign a quote under it, role first or no stop at the end
    assert _speakers(text) == [speaker]


def test_a_listing_after_a_dash_is_still_no_ones_words() -> None:
    text = "Listings for the week.\n\n“Harbour Nights” – Sundays at 9pm"
    assert _speakers(text) == []


def test_a_clause_after_a_dash_signs_nothing() -> None:
    text = (
        "The season ended with a cup win.\n\n“We never stopped believing in this squad,” – and "
        "then Ana Ruiz left the stage."
    )
    assert "Ana Ruiz" not in _speakers(text)
    # the quote is still found; no tag or signature gives it to anyone, so it has no speaker
    assert speaker_of(text, "never stopped believing") is None
