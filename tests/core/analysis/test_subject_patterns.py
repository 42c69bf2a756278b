"""Patterns that find a subject before a verb of saying (subject_patterns.py): here, the
antecedent of "which" with an adverb or a time between it and the verb."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.subject_patterns import WHICH_BEFORE_RE


@pytest.mark.parametrize(
    "text",
    [
        # a firm's note cited through "which" and when it wrote, the words in the next paragraph
        "Those forecasts are less upbeat than those from Harlow Bank, which last week wrote:\n\n"
        '"We believe many customers will upgrade."\n',
        "Those forecasts are less upbeat than those from Harlow Bank, which on Tuesday wrote: "
        '"We believe many customers will upgrade."\n',
        # as before: no time between "which" and the verb
        "Those forecasts are less upbeat than those from Harlow Bank, which wrote:\n\n"
        '"We believe many customers will upgrade."\n',
    ],
)
def test_which_and_when_before_the_verb_is_the_antecedents_speech(text: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == "Harlow Bank"


def test_which_before_reads_a_time_or_an_adverb_and_no_more() -> None:
    assert WHICH_BEFORE_RE.search("Harlow Bank, which last week ")
    assert WHICH_BEFORE_RE.search("Harlow Bank, which on Tuesday ")
    assert WHICH_BEFORE_RE.search("Harlow Bank, which recently ")
    assert not WHICH_BEFORE_RE.search("Harlow Bank, which owns the mill and ")


@pytest.mark.parametrize(
    "tag",
    [
        "a report to the councillors of Dunmore Shire revealed in March.",
        "a report to the councillors of Dunmore Shire, west of the ranges, revealed in March.",
    ],
)
def test_a_report_to_a_bodys_members_is_the_bodys(tag: str) -> None:
    # before, the body named after its members cut the document off its verb: no speaker
    text = f"“There is a view that the change was made to hide information,” {tag}"
    (quote,) = analyze(text).quotes
    assert quote.speaker == "Dunmore Shire"
    assert quote.speaker_mention == "a report to the councillors of Dunmore Shire"


def test_a_letter_to_a_papers_editor_is_not_the_papers() -> None:
    # one quote found, so the assertion cannot hold vacuously over an empty list
    (quote,) = analyze("“Fix the road,” a letter to the editor of the Harbour Times said.").quotes
    assert quote.speaker != "Harbour Times"


@pytest.mark.parametrize("document", ["a submission", "a petition", "a complaint"])
def test_what_the_public_sends_to_a_bodys_members_is_not_the_bodys(document: str) -> None:
    # a submission, petition or complaint to a council's committee comes from outside it
    text = (
        "“We need more staff in the library and at the pool,” "
        f"{document} to the committee of Lakeview Council stated."
    )
    (quote,) = analyze(text).quotes
    assert quote.speaker != "Lakeview Council"
