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
            "Tarn Logistics Ltd sued Bexley Packaging Ltd over a broken contract on Friday.\n\n"
            '"We had no choice," the firm said.',
            "choice",
            "Tarn Logistics Ltd",
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
