"""General speaker-choice policy on invented copy in several house styles: a "he" or "she" after
a sentence means that sentence's subject, not a person named in its clauses; "the government"
after a trade body is an organisation of its own, and "the bank" brings the bank back to mind; a
new unnamed voice placed by where they stand ("A woman beside him added:") is a new speaker; in
"Finance director Rupert Alcock said", the person, not "Finance", is the sentence's subject."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze
from tests.core.analysis.copy_cases import Case, check

CASES: list[Case] = [
    # -- the last sentence's subject, however many people its clauses name ------------------
    Case(
        "subject-before-sport",
        "Ross Farquhar, the Kelvin manager, stood on the touchline.\n\nFarquhar had no "
        "complaints about the result but was angry about the opener, which came after Kelvin "
        "appealed in vain for a foul by Sam Kerr on Stefan Orlić.\n\n“The referee has given "
        "nothing,” he said.",
        {"given nothing": "Ross Farquhar"},
    ),
    Case(
        "subject-before-court",
        "Judge Helen Marr rejected the application after hearing that the defendant, Karen "
        "Bell, had written to the victim’s sister, Lucy Ames, twice since her arrest.\n\n“This "
        "court will not tolerate it,” she said.",
        {"will not tolerate": "Helen Marr"},
    ),
    Case(
        "subject-before-business",
        "Nadia Voss defended the closure on a call in which analysts from Pembury, led by Clara "
        "Moss, pressed her on a report by the consultant Eva Lind.\n\n“It was not an easy "
        "call,” she said.",
        {"not an easy call": "Nadia Voss"},
    ),
    Case(
        "subject-before-a-newer-subject-wins",
        "Judge Helen Marr adjourned the case.\n\nLucy Ames, the victim’s sister, wept as the "
        "decision was read out to the court.\n\n“I just want it over,” she said.",
        {"want it over": "Lucy Ames"},
    ),
    # -- "the government", "the council": an organisation of its own kind -------------------
    Case(
        "org-kind-explainer",
        "The Heat Pump Association says installations doubled last year.\n\nThe government "
        "has dropped plans to ban gas boilers, although it says it wants heat pumps to become "
        "“the normal choice.”",
        {"normal choice": "the government"},
    ),
    Case(
        "org-kind-local",
        "The Eldon Traders Association wants the car park kept open.\n\nThe council has "
        "refused to delay the sale, and it called the objections “too little, too late.”",
        {"too little": "the council"},
    ),
    Case(
        "org-kind-wire",
        "The Harbour Pilots Union called the strike for Monday.\n\nThe ministry rejected the "
        "demand, and it said it would “not negotiate under threat.”",
        {"not negotiate": "the ministry"},
    ),
    Case(
        "org-kind-the-bank-comes-back",
        "Northgate Bank closed its Eldon branch in May. The Eldon Traders Association "
        "protested outside.\n\nThe bank defended the decision, and it said footfall had "
        "fallen “by more than half.”",
        {"more than half": "Northgate Bank"},
    ),
    # -- a new unnamed voice, placed by where they stand -------------------------------------
    Case(
        "placed-beside-him",
        "“A priority. They said that last year,” said one man. A woman beside him added: “We "
        "will be here again next winter.”",
        {"A priority": "one man", "here again": "A woman"},
    ),
    Case(
        "placed-next-to-her",
        "“I waited four hours,” said Jean Moss, 71. The nurse next to her said: “We have two "
        "doctors for the whole ward.”",
        {"four hours": "Jean Moss", "two doctors": "The nurse"},
    ),
    Case(
        "placed-behind-them",
        "“We want our jobs back,” the strikers chanted. A police officer behind them said: "
        "“Keep it peaceful, please.”",
        {"jobs back": "the strikers", "Keep it peaceful": "A police officer"},
    ),
    # -- "Rovers boss Paula Kinnear said": the person is the subject, not the first word -----
    Case(
        "role-run-business",
        "Chief executive Simone Varga said orders had slowed. Varga called the cuts “the "
        "hardest of my time here.”\n\nFinance director Rupert Alcock said the closure would "
        "cost £9 million. He said the debt was “comfortably within our covenants.”",
        {"hardest of my time": "Simone Varga", "comfortably within": "Rupert Alcock"},
    ),
    Case(
        "role-run-politics",
        "Health minister Ana Ruiz rejected the figures compiled by the shadow minister, Maria "
        "Lind.\n\n“We have hired 2,000 nurses,” she said.",
        {"2,000 nurses": "Ana Ruiz"},
    ),
    Case(
        "role-run-after-a-cue-untouched",
        "“I thought he did everything right,” said Harbour FM host Chris Mayne.",
        {"everything right": "Chris Mayne"},
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_speaker_policy(case: Case) -> None:
    assert check(case, analyze(case.text).quotes) == []


def test_the_reason_names_the_subject_rule() -> None:
    (quote,) = analyze(CASES[1].text).quotes
    assert quote.speaker_reason.startswith(
        "she → Helen Marr: subject of the sentence before, gender agrees (first name)"
    )


def test_the_person_after_a_club_and_a_role_is_the_subject() -> None:
    (quote,) = analyze(
        "Rovers boss Paula Kinnear praised her goalkeeper, Jo Hart, after the win.\n\n“The fans "
        "were magnificent,” she said."
    ).quotes
    assert quote.speaker == "Paula Kinnear"
    assert "subject of a sentence just before" in quote.speaker_reason
