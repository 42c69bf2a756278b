"""Institutional sourcing: institutions cited as a source, listed apart from anonymous sourcing."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def test_institutional_sources_are_listed_apart() -> None:
    text = (
        "The Interior Ministry said 40 people were evacuated. The national statistics office "
        "estimates that prices rose 3%."
    )
    result = analyze(text)
    assert [i.text for i in result.institutional_sources] == [
        "The Interior Ministry said",
        "The national statistics office estimates",
    ]
    assert result.anonymous_sourcing == ()
