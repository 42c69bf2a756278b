"""A town of two or three words before a dash opens a story in another language; in English
copy two title-case words before a dash stay a kicker. Every town and sentence is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.dateline_foreign import foreign_lede
from app.core.analysis.datelines import parse_dateline


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        (
            "Den Korvel – De gemeenteraad heeft maandag besloten om de brug te vernieuwen.",
            "Den Korvel",
        ),
        ("Bad Ostrau – Die Feuerwehr war am Montag mit vielen Kräften im Einsatz.", "Bad Ostrau"),
        ("Le Marvel – Le conseil municipal a voté lundi pour la fermeture du pont.", "Le Marvel"),
    ],
)
def test_a_foreign_town_before_a_dash_is_the_dateline(paragraph: str, place: str) -> None:
    found = parse_dateline(paragraph)
    assert found is not None
    assert found.dateline.place == place
    assert found.dateline.agency is None


@pytest.mark.parametrize(
    "paragraph",
    [
        # English after the dash: a kicker, even when it opens as a town might
        "La Marvella – The council voted on Monday to close the bridge for the summer.",
        "Big Picture – The council voted on Monday to close the bridge for the summer.",
        # a German kicker: title case, but no word that opens a town's name
        "Neue Regeln – Die Regierung hat am Montag neue Regeln beschlossen.",
        # a heading, not a paragraph
        "Den Korvel – De brug",
    ],
)
def test_kickers_and_headings_are_no_dateline(paragraph: str) -> None:
    assert parse_dateline(paragraph) is None


def test_a_lede_with_an_english_word_is_english() -> None:
    assert foreign_lede(" – De raad heeft maandag besloten om de brug te bouwen.")
    assert not foreign_lede(" – De Vries said on Monday that the bridge would close.")
