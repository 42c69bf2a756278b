"""The dateline's marks go with it; the story's own marks, and a paragraph with no dateline,
stay as written."""

from __future__ import annotations

import pytest

from app.core.importing.dateline_marks import split_marked_dateline

LEDE = "The ferry to Calderport will run again from Monday, the harbour office said."


@pytest.mark.parametrize(
    ("paragraph", "place", "rest"),
    [
        (f"**ORVEL, England** — {LEDE}", "ORVEL, England", LEDE),
        (f"**ORVEL, England —** {LEDE}", "ORVEL, England", LEDE),
        (f"**ORVEL**, England — {LEDE}", "ORVEL, England", LEDE),
        # the lede's own italic first word keeps its marks
        ("**ORVEL** — *The* ferry runs again, the harbour office said.", "ORVEL", "*The* ferry"),
        (f"[ORVEL](https://example.org/orvel) — {LEDE}", "ORVEL", LEDE),
    ],
)
def test_dateline_marks_go_with_it(paragraph: str, place: str, rest: str) -> None:
    dateline, body = split_marked_dateline(paragraph)
    assert dateline is not None and dateline.place == place
    assert body.startswith(rest)


@pytest.mark.parametrize(
    "paragraph",
    [
        f"**BREAKING** — {LEDE}",
        f"**EXCLUSIVE:** {LEDE}",
        "**The Orvel ferry will run again from Monday.** Crews finished the pier.",
        # a bold run that carries on into the lede: the emphasis is not the dateline's alone
        "**ORVEL, England — The ferry** will run again from Monday, the harbour office said.",
        "*However* — the ferry will not run on Sundays, the harbour office said.",
    ],
)
def test_no_dateline_keeps_its_emphasis(paragraph: str) -> None:
    assert split_marked_dateline(paragraph) == (None, paragraph)
