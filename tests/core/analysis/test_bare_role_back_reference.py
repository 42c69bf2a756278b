"""A bare "the striker said" right after a sentence about a person named in full refers back to
them, as "the former striker said" already did; an earlier, unrelated name is not taken."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (  # UK sports desk, single marks
            "Ashby City drew 2-2 at Marden.\n\nNoel Barrow himself was in no mood to "
            "celebrate. ‘We threw it away,’ the striker said.\n",
            "Noel Barrow",
        ),
        (  # US business wire, double marks
            "Shares in Calloway Tools fell 8%.\n\nDana Whitcombe spent the call defending the "
            'forecast. "We stand by every number," the chief executive said.\n',
            "Dana Whitcombe",
        ),
    ],
)
def test_bare_role_after_the_named_subject_is_them(text: str, speaker: str) -> None:
    [quote] = analyze(text).quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and "described as the" in quote.speaker_reason


def test_bare_role_after_a_sentence_about_someone_else_stays_unnamed() -> None:
    text = (
        "Tomas Reid, 51, was fined £300.\n\nThe court heard he had been drinking. Neighbours "
        'said the street was quiet. "He is a good man," the officer said.\n'
    )
    [quote] = analyze(text).quotes
    assert quote.speaker == "the officer"
