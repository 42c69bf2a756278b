"""A person named after "<role> of <Body>" with no comma: "head coach of the Harbour Hawks Tomas
Wren" is Tomas Wren, his title the body's name (titled_runs.py)."""

from __future__ import annotations

import pytest

from app.core.analysis.mentions import find_mentions
from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    "sentence",
    [
        "So said head coach of the Harbour Hawks Tomas Wren yesterday after the final.",
        "We met head coach of the Harbour Hawks Tomas Wren yesterday after the final.",
        "Head coach of the Harbour Hawks Tomas Wren praised his bowlers yesterday.",
    ],
)
def test_he_after_a_person_titled_by_a_body_is_that_person(sentence: str) -> None:
    text = f"Some tidy bowling was all it took.\n\n{sentence}\n\n" + (
        '"We bowled well early on," he said.'
    )
    assert speaker_of(text, "bowled") == "Tomas Wren"


def test_the_role_in_the_title_names_the_person_later() -> None:
    text = (
        "So said head coach of the Harbour Hawks Tomas Wren yesterday after the final.\n\n"
        "Ivo Lane made 40 and Ben Ashe took three wickets for the visitors.\n\n"
        'Asked about the final, the former club player turned coach said: "We bowled well."'
    )
    assert speaker_of(text, "bowled") == "Tomas Wren"


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: no role noun before "of", or no first name ending the run
        "Fans of the Harbour Hawks Tomas Wren Stand sang all night.",
        "The roof of the Harbour Hawks Grand Stadium leaked on Sunday.",
    ],
)
def test_no_person_without_a_role_of_and_a_first_name(sentence: str) -> None:
    names = {m.name for m in find_mentions(sentence, linked=True)}
    assert "Tomas Wren" not in names
    assert "Grand Stadium" not in names
