"""Who issued "a statement" or "a company statement" (org_memory._statement_issuer): a body
met only as where something happened, or of another kind than the statement names (a court
for a company statement), is looked past to the body the story had as a subject."""

from __future__ import annotations

import pytest

from tests.core.analysis.quote_lookup import speaker_of


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        # a court issues no company statement: the body a subject since does
        (
            "Ambar Tools filed a patent claim at Calder County Court this week.\n\n"
            "But Pell intends to fight the case.\n\n"
            'A company statement said: "The patent is, and always has been, invalid."',
            "invalid",
            "Pell",
        ),
        # a court met only as where a claim was filed issues no bare statement either
        (
            "Ambar Tools Ltd filed a patent claim at Calder County Court this week.\n\n"
            'A statement said: "We will defend our patent."',
            "defend",
            "Ambar Tools Ltd",
        ),
        # near misses, unchanged: a court statement is the court's ...
        (
            "Ambar Tools Ltd filed a patent claim at Calder County Court this week.\n\n"
            'A court statement said: "The hearing is set for May."',
            "hearing",
            "Calder County Court",
        ),
        # ... and a body met as a subject just before issued the statement
        (
            "The Ministry of Defence confirmed the crash on Sunday.\n\n"
            'A statement said: "Our thoughts are with the families."',
            "thoughts",
            "Ministry of Defence",
        ),
    ],
)
def test_the_statement_is_the_issuing_body_s(text: str, word: str, speaker: str) -> None:
    assert speaker_of(text, word) == speaker
