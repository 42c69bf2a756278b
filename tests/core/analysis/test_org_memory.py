"""The organisation a later description refers back to (org_memory.py): "the agency" looks past
the company a public body acted against, as "the company" looks past a ministry."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speaker(text: str, fragment: str) -> str | None:
    for quote in analyze(text).quotes:
        if fragment in quote.text:
            return quote.speaker
    raise AssertionError(f"no quote holding {fragment!r}")


def test_the_agency_looks_past_the_company_it_sued() -> None:
    # Before, "Halvard Inc." (read as no business for its stop) was taken for the agency.
    text = (
        "The Securities and Exchange Commission sued Halvard Inc. on Monday. "
        '"Investors were misled for years," the agency said.'
    )
    assert _speaker(text, "misled") == "Securities and Exchange Commission"


def test_the_company_still_looks_past_the_regulator_that_fined_it() -> None:
    text = (
        "The Environmental Protection Agency fined Kestrel Chemicals Inc. last week. "
        '"We will appeal the fine," the company said.'
    )
    assert _speaker(text, "appeal") == "Kestrel Chemicals Inc."
