"""'the company' is the firm that was a sentence's subject just before, even when another
organisation (a court, a regulator) was named earlier and the firm's name has no company word."""

from __future__ import annotations

from tests.core.analysis.quote_lookup import quote_holding


def _speaker_of(text: str, words: str) -> tuple[str | None, str | None]:
    quote = quote_holding(text, words)
    return quote.speaker, quote.speaker_reason


def test_us_wire_court_then_firm_the_company_said() -> None:
    text = (
        "The lawsuit was filed in Marlow County Circuit Court on Monday.\n\n"
        "Bellhaven Orchards denied the allegations. “We treat every complaint with care,” "
        "the company said in a statement.\n"
    )
    speaker, reason = _speaker_of(text, "every complaint")
    assert speaker == "Bellhaven Orchards"
    assert reason is not None and "no person's" in reason


def test_uk_single_marks_regulator_then_firm_the_firm_said() -> None:
    text = (
        "The Office of Rail Standards opened an inquiry in May.\n\n"
        "Tarnside Haulage rejected the findings. ‘Our drivers were never at risk,’ "
        "the firm said.\n"
    )
    speaker, _reason = _speaker_of(text, "never at risk")
    assert speaker == "Tarnside Haulage"


def test_the_company_still_means_the_organisation_named_last() -> None:
    text = (
        "Tarnside Haulage lost the contract in May.\n\n"
        "Kestrel Logistics Ltd won it instead. “We are delighted,” the company said.\n"
    )
    speaker, _reason = _speaker_of(text, "delighted")
    assert speaker == "Kestrel Logistics Ltd"
