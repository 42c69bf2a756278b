"""The organisation a later description refers back to (org_memory.py): "the agency" looks past
the company a public body acted against, as "the company" looks past a ministry."""

from __future__ import annotations

from tests.core.analysis.quote_lookup import speaker_of


def test_the_agency_looks_past_the_company_it_sued() -> None:
    # Before, "Halvard Inc." (read as no business for its stop) was taken for the agency.
    text = (
        "The Securities and Exchange Commission sued Halvard Inc. on Monday. "
        '"Investors were misled for years," the agency said.'
    )
    assert speaker_of(text, "misled") == "Securities and Exchange Commission"


def test_the_company_still_looks_past_the_regulator_that_fined_it() -> None:
    text = (
        "The Environmental Protection Agency fined Kestrel Chemicals Inc. last week. "
        '"We will appeal the fine," the company said.'
    )
    assert speaker_of(text, "appeal") == "Kestrel Chemicals Inc."
