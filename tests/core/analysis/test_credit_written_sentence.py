"""A foot note saying in a sentence who wrote the piece credits the writer. Invented names."""

from __future__ import annotations

from app.core.analysis.credits import read_credit_line
from app.core.model import CreditRole

R = CreditRole


def _read(line: str) -> list[tuple[CreditRole, str]]:
    return [(c.role, c.name) for c in read_credit_line(line).credits]


def test_a_note_saying_who_wrote_the_piece_credits_the_writer() -> None:
    line = "This column was authored by Nell Varga and first appeared in The Dunmore Post."
    assert _read(line) == [(R.WRITING, "Nell Varga")]
    line = "This article was written by Nell Varga and Sid Oake."
    assert _read(line) == [(R.WRITING, "Nell Varga"), (R.WRITING, "Sid Oake")]


def test_a_sentence_about_how_something_was_written_credits_no_one() -> None:
    assert _read("The report was written by the committee and published on Monday.") == []
    assert _read("The story was written by hand.") == []
