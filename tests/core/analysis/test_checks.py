"""Findings: unattributed quotes, stray marks, surnames, boilerplate, credits, anonymity."""

from __future__ import annotations

from app.core.analysis.engine import analyze
from app.core.model import Credit, CreditRole, Severity

CREDITS = (Credit(CreditRole.REPORTING, "Jana Horvat", "Zagreb"),)


def codes(text: str, credits=CREDITS) -> list[str]:
    return [f.code for f in analyze(text, credits=credits).findings]


def test_clean_story_has_no_findings() -> None:
    text = "“We are ready,” said Lars Holm, the coach.\n\n“We trained all winter,” Holm added."
    assert codes(text) == []


def test_quote_without_speaker() -> None:
    text = "The hall was quiet.\n\n“Nobody expected the roof to give way like that.”"
    findings = analyze(text, credits=CREDITS).findings
    assert [f.code for f in findings] == ["quote_without_speaker"]
    assert findings[0].severity is Severity.WARNING
    quote = analyze(text).quotes[0]
    assert (findings[0].start, findings[0].end) == (quote.start, quote.end)


def test_unbalanced_marks() -> None:
    text = "The notice said closed” and nothing more.\n\n“We open at nine,” said Ines Costa."
    findings = analyze(text, credits=CREDITS).findings
    assert [f.code for f in findings] == ["unbalanced_quotes"]
    assert text[findings[0].start] == "”"


def test_speaker_not_introduced_by_full_name() -> None:
    text = "“The dam will hold,” Petrov said. “It was built to last,” he added."
    findings = analyze(text, credits=CREDITS).findings
    assert [f.code for f in findings] == ["speaker_not_introduced"]
    assert text[findings[0].start : findings[0].end] == "Petrov"
    assert codes("Ivan Petrov inspected it.\n\n“The dam will hold,” Petrov said.") == []
    # Named in full later still means the first mention was a bare surname.
    later = "“The dam will hold,” Mr. Petrov said.\n\nIvan Petrov built it in 1990."
    assert codes(later) == []  # "Mr. Petrov" is not a bare surname


def test_speaker_not_introduced_only_for_a_person_named_by_a_bare_surname() -> None:
    # A club, a company or a first name alone is not a person's bare surname.
    assert codes("Tottenham said in a statement: “We are delighted.”") == []
    assert codes("“We are delighted,” Brightwell said in a statement.") == []
    assert codes("Tommy, who goes by his first name online, wrote: “It paid off.”") == []
    assert codes("“It is fine,” NASA said.") == []


def test_boilerplate_left_in_body() -> None:
    text = (
        "The ferry resumed service on Monday.\n\n"
        "Click here to subscribe to our newsletter\n\n"
        "© 2024 Harbour Times. All rights reserved."
    )
    assert codes(text).count("boilerplate_in_body") >= 2


def test_no_credits() -> None:
    assert codes("The ferry resumed service.", credits=()) == ["no_credits"]


def test_credited_person_spelled_differently() -> None:
    text = "Jana Horvath contributed to this report from the border crossing."
    findings = analyze(text, credits=CREDITS).findings
    assert [f.code for f in findings] == ["credit_name_variant"]
    assert text[findings[0].start : findings[0].end] == "Jana Horvath"
    assert codes("Jana Horvat contributed to this report.") == []


def test_anonymous_sourcing_without_reason() -> None:
    text = "The border will reopen, according to two officials familiar with the plan."
    findings = analyze(text, credits=CREDITS).findings
    assert [f.code for f in findings] == ["anonymous_without_reason"]
    assert findings[0].severity is Severity.INFO
