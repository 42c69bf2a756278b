"""A paragraph that introduces the quote opening the next one (lead_ins.py): who speaks."""

from __future__ import annotations

import pytest

from app.core.analysis.engine import analyze


@pytest.mark.parametrize(
    ("intro", "speaker"),
    [
        (
            "Police chief Mara Dunn said officers were at the scene.\n"
            "The chief had opened the news conference with a prepared statement:",
            "Mara Dunn",
        ),
        ("Judge Ana Ruiz heard the case on Monday.\nThe judge was blunt:", "Ana Ruiz"),
        (
            "Tom Vell, the head coach, faced reporters.\nThe head coach began with a warning:",
            "Tom Vell",
        ),
    ],
)
def test_a_role_alone_introducing_the_next_paragraph_is_the_person_given_it(
    intro: str, speaker: str
) -> None:
    # Before, a description as the colon sentence's subject introduced no one, and the
    # statement under it had no speaker
    text = f"{intro}\n“Shortly after nine this morning, officers were called to the port.”"
    assert analyze(text).quotes[-1].speaker == speaker


@pytest.mark.parametrize(
    "intro",
    ["A neighbour was furious:", "The sign on the door was clear:", "The officials were blunt:"],
)
def test_a_description_that_is_no_role_alone_introduces_no_one(intro: str) -> None:
    text = f"Tom Vell, the mayor, opened the meeting.\n{intro}\n“Nobody asked us.”"
    assert analyze(text).quotes[-1].speaker is None
