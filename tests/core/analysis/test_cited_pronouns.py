"""A pronoun cited as the source (cited_pronouns.py): "According to her, “…”" is the person
"her" stands for, whether the quote follows in the sentence or opens the next paragraph; a
possessive ("according to her lawyer") reads as before."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


_OPENING = "Dana Cole, the harbour master, met traders on Monday.\n"


def test_according_to_her_before_a_quote_names_the_person() -> None:
    text = (
        _OPENING + "According to her, “the quay will be finished before the rains, come what may.”"
    )
    assert _speakers(text) == ["Dana Cole"]


def test_according_to_him_before_a_quote_names_the_person() -> None:
    text = (
        "Tomas Verlo, the port director, spoke to traders on Monday.\n"
        "According to him, “the quay must be finished before the rains or the boats will go.”"
    )
    assert _speakers(text) == ["Tomas Verlo"]


def test_a_quote_after_a_paragraph_cited_to_her_is_hers() -> None:
    text = (
        _OPENING + "According to her, the board would work to shorten the queues at the river.\n"
        "“These are some of the things I will do in my first hundred days, such as dredging.”"
    )
    assert _speakers(text) == ["Dana Cole"]


def test_according_to_her_lawyer_is_still_the_lawyer() -> None:
    text = _OPENING + "According to her lawyer, “the quay will be finished before the rains.”"
    assert _speakers(text) == ["her lawyer"]


def test_her_is_the_woman_named_not_the_man_named_last() -> None:
    text = (
        "Dana Cole, the harbour master, came with her deputy, Tom Vell.\n"
        "According to her, “the quay will be finished before the rains, come what may.”"
    )
    assert _speakers(text) == ["Dana Cole"]
