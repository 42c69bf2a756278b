"""An unnamed informant called "the source" later: "one of the sources said ... the source said"
and "a nurse said ... the source added" are one person, on invented copy in several house
styles (wire, broadcaster, local paper, business desk, court report)."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from app.core.analysis.mentions import find_mentions
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    # -- "one of the sources" introduces one person; "the source" is them -------------------
    Case(
        "one-of-wire",
        "HALDEN, May 2 (Wire) - The port authority will sell its ferry arm, two people "
        "familiar with the plan said on Monday.\n\nThe board met on Friday, one of the "
        "sources said.\n\n“The vote was unanimous,” the source said.",
        {"vote was unanimous": "one of the sources"},
    ),
    Case(
        "one-of-business",
        "Brannock Foods is close to a deal for the Tipton bakery, one of the people briefed "
        "on the talks said. “It could be signed this week,” the person said.",
        {"signed this week": "one of the people"},
    ),
    Case(
        "another-of-officials",
        "Another of the officials, who asked not to be named, said the review was late. "
        "“Nobody has read it yet,” the official added.",
        {"Nobody has read it": "Another of the officials"},
    ),
    # -- a person quoted by description, then called "the source" ---------------------------
    Case(
        "source-after-unnamed-broadcaster",
        "A nurse at the Elmhurst unit, who feared losing her job, said the ward had been short "
        "of staff for months.\n\n“We were told not to talk about it,” the source said.",
        # the nurse was not quoted before: "the source" stays as written, nobody to refer to
        {"told not to talk": "the source"},
    ),
    Case(
        "source-after-quoted-unnamed-local",
        "“The water came up to the second step,” a resident of Mill Lane told the Gazette.\n\n"
        "“Nobody from the council has been round,” the source said.",
        {
            "second step": "a resident of Mill Lane",
            "Nobody from the council": ("a resident of Mill Lane",),
        },
    ),
    Case(
        "insider-after-quoted-unnamed-court",
        "“He signed every invoice himself,” an accountant at the firm told investigators, "
        "according to the filing. “Everybody knew,” the insider said.",
        {
            "signed every invoice": "an accountant at the firm",
            "Everybody knew": ("an accountant at the firm",),
        },
    ),
    # -- not a re-labelled informant ---------------------------------------------------------
    Case(
        "source-after-named-speaker-stays",
        # the speaker before is named: "the source" is someone else, kept as written
        "“We will appeal,” said Dana Whitlock, the club’s chair.\n\n“The appeal will fail,” "
        "the source said.",
        {"We will appeal": "Dana Whitlock", "appeal will fail": "the source"},
    ),
    Case(
        "source-long-after-unnamed-stays",
        "“The roof leaked for years,” a caretaker said.\n\nThe school closed in 2019.\n\n"
        "Demolition starts in June.\n\n“It was a scandal,” the source said.",
        {"roof leaked": "a caretaker", "scandal": "the source"},
    ),
    Case(
        "the-spokesperson-is-not-a-source",
        # only words for an informant refer back this way; a spokesperson is a new voice
        "“The line reopens on Monday,” a passenger told reporters. “We regret the delay,” "
        "the spokesperson said.",
        {"reopens on Monday": "a passenger", "regret the delay": "the spokesperson"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_unnamed_informants(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_one_of_the_sources_is_one_person_in_the_mentions() -> None:
    (mention,) = [
        m
        for m in find_mentions("The board met, one of the sources said.", linked=True)
        if m.text.endswith("sources")
    ]
    assert mention.text == "one of the sources"
    assert mention.entity.value == "person"


def test_reasons_name_the_rule_and_the_mention() -> None:
    quotes = {q.text[:10]: q for q in analyze(CASES[0].text).quotes}
    assert quotes["The vote w"].speaker_reason.startswith(
        "the source → one of the sources: the source described before"
    )
    quotes = {q.text[:10]: q for q in analyze(CASES[4].text).quotes}
    assert quotes["Nobody fro"].speaker_reason.startswith(
        "the source → a resident of Mill Lane: the unnamed person quoted just before"
    )
