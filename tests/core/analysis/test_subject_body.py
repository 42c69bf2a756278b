"""Of two bodies of one kind in the sentence before, "the company" is the one that sentence had
as its subject, not the one named last as its object (org_memory._subject_body)."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # a firm buying a firm: the buyer speaks of "this deal"
        (
            "Fenwick Holdings agreed to buy Marlow Mining for $2 billion on Monday.\n\n"
            '"This deal gives us scale in copper," the company said in a statement.',
            "scale",
            "Fenwick Holdings",
        ),
        (
            "Orlin Bank is merging with Castway Bank, the lenders confirmed on Tuesday.\n\n"
            '"Customers will see no change this year," the bank said.',
            "Customers",
            "Orlin Bank",
        ),
        (
            "Fenwick Holdings said on Monday it is taking over Marlow Mining.\n\n"
            '"Talks began in March," the company said.',
            "Talks",
            "Fenwick Holdings",
        ),
        # in the same paragraph as the quote
        (
            "Fenwick Holdings agreed to buy Marlow Mining on Monday. "
            '"This deal gives us scale," the company said.',
            "scale",
            "Fenwick Holdings",
        ),
        # near misses, unchanged: the object spoke as a subject since ...
        (
            "Fenwick Holdings agreed to buy Marlow Mining for $2 billion on Monday. "
            "Marlow Mining rejected an earlier offer in May.\n\n"
            '"This price is fair," the company said in a statement.',
            "fair",
            "Marlow Mining",
        ),
        # ... or the subject was a body of another kind, which "the company" looks past
        (
            "Calder Police raided Marlow Mining on Monday.\n\n"
            '"We are cooperating fully," the company said in a statement.',
            "cooperating",
            "Marlow Mining",
        ),
    ],
)
def test_the_company_is_the_body_the_sentence_before_had_as_subject(
    text: str, word: str, speaker: str
) -> None:
    assert speaker_of(text, word) == speaker


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        (
            "Kestrel Freight sued Harbourline Shipping on Monday over unpaid fees.\n\n"
            '"We will defend ourselves vigorously," the company said in a statement.',
            "defend",
            "Harbourline Shipping",
        ),
        (
            "Tarn Logistics Ltd sued Bexley Packaging Ltd over a broken contract on Friday.\n\n"
            '"We had no choice," the firm said.',
            "choice",
            "Bexley Packaging Ltd",
        ),
        (
            "Kestrel Freight sued Harbourline Shipping on Monday. "
            '"We will defend ourselves," the company said.',
            "defend",
            "Harbourline Shipping",
        ),
    ],
)
def test_after_a_hostile_verb_the_company_is_still_the_body_named_last(
    text: str, word: str, speaker: str
) -> None:
    # "sued" joins no partners: either side may answer, and the quote alone says which; the
    # reading stays the older one, the body named last (deal_verbs.py)
    assert speaker_of(text, word) == speaker


def test_the_companies_after_two_bodies_speak_together_as_written() -> None:
    text = (
        "Tarn Logistics Ltd says it is buying Bexley Packaging Ltd for $2 billion.\n\n"
        '"Talks began in March," the companies said in a news release.'
    )
    assert speaker_of(text, "Talks began") == "the companies"


def test_the_company_after_two_bodies_is_still_one_of_them() -> None:
    # singular: one of them, the buyer (the subject of the sentence before), not both
    text = (
        "Tarn Logistics Ltd says it is buying Bexley Packaging Ltd for $2 billion.\n\n"
        '"Talks began in March," the company said in a news release.'
    )
    assert speaker_of(text, "Talks began") == "Tarn Logistics Ltd"


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenwick Holdings said Marlow Mining had agreed to the terms on Tuesday.",
        "Fenwick Holdings told analysts Marlow Mining would be sold by March.",
    ],
)
def test_after_the_subject_says_something_of_another_body_the_company_is_the_sayer(
    sentence: str,
) -> None:
    # the subject speaks and the other body is only what it speaks about: "the company said"
    # carries the subject's words on (deal_verbs.py), as it did before the body named last
    text = sentence + ' "The deal is a good one for our members," the company said.'
    assert speaker_of(text, "good one") == "Fenwick Holdings"
