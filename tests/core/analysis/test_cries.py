"""Words cried out after a participle ("ended with a section of the crowd chanting “…”") are
the criers': the phrase before the participle as written, or the person named there."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The game ended with a section of the stand chanting “Off, off, off” and the owner, "
            "Teodor Vash, issuing a statement of support.",
            "a section of the stand",
        ),
        ("The match ended with supporters chanting “We want Lund” at the gate.", "supporters"),
        ("The hall filled with dozens of parents shouting “Save our school”.", "dozens of parents"),
        ("The night ended with Teodor Vash shouting “Never again” at the board.", "Teodor Vash"),
    ],
)
def test_the_ones_crying_out_said_it(text: str, speaker: str) -> None:
    [quote] = analyze(text + "\n").quotes
    assert quote.speaker == speaker
    assert quote.speaker_reason is not None and quote.cue in ("chanting", "shouting")


def test_a_subject_crying_out_is_still_the_subject() -> None:
    # "She stood shouting": no phrase of criers before the participle, the subject says it
    text = "Mira Kostas lost her seat.\n\nShe stood shouting “Recount!” as the hall emptied.\n"
    [quote] = analyze(text).quotes
    assert quote.speaker == "Mira Kostas"
