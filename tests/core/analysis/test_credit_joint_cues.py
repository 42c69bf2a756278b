"""Two roles joined in one cue (credit_joint_cues.py): "Text and photographs by A" read nothing
and reported nothing. Every name here is invented."""

from __future__ import annotations

import pytest

from app.core.analysis.credits import read_credits
from app.core.model import Credit
from app.core.model import CreditRole as R


@pytest.mark.parametrize("declared", [True, False])
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Text and photographs by Oda Finch",
            [Credit(R.WRITING, "Oda Finch"), Credit(R.PHOTO, "Oda Finch")],
        ),
        (
            "Words & pictures: Oda Finch in Bergen",
            [Credit(R.WRITING, "Oda Finch", "Bergen"), Credit(R.PHOTO, "Oda Finch", "Bergen")],
        ),
        (
            "Story and photos by Oda Finch and Per Lund; Editing by Ivo Brandt",
            [
                Credit(R.BYLINE, "Oda Finch"),
                Credit(R.BYLINE, "Per Lund"),
                Credit(R.PHOTO, "Oda Finch"),
                Credit(R.PHOTO, "Per Lund"),
                Credit(R.EDITING, "Ivo Brandt"),
            ],
        ),
        (
            "Written and photographed by Oda Finch",
            [Credit(R.WRITING, "Oda Finch"), Credit(R.PHOTO, "Oda Finch")],
        ),
        (
            "Produced and edited by Oda Finch; Design by Per Lund",
            [
                Credit(R.PRODUCTION, "Oda Finch"),
                Credit(R.EDITED_BY, "Oda Finch"),
                Credit(R.DESIGN, "Per Lund"),
            ],
        ),
        (
            "Reporting and writing by Oda Finch | Design by Per Lund",
            [
                Credit(R.REPORTING, "Oda Finch"),
                Credit(R.WRITING, "Oda Finch"),
                Credit(R.DESIGN, "Per Lund"),
            ],
        ),
    ],
)
def test_a_joint_cue_credits_both_roles(line: str, expected: list[Credit], declared: bool) -> None:
    found = read_credits(line, declared=declared)
    assert (found.credits, found.failed) == (expected, ())


@pytest.mark.parametrize(
    "line", ["Words and pictures matter to readers", "Text and photos by the river were lovely."]
)
def test_prose_that_opens_like_a_joint_cue_stays_prose(line: str) -> None:
    assert read_credits(line, declared=False).credits == []
