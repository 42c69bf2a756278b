"""credit_sentences: credit notes of several sentences, each sentence read as a credit part and
every one of them required to read. Moved from test_credits.py as is."""

from __future__ import annotations

from app.core.analysis.credits import parse_credit_line
from app.core.model import CreditRole


def test_reporting_notes_joined_by_a_semicolon_are_read_as_two() -> None:
    credits = parse_credit_line(
        "Mara Quill reported from Dover; Ivo Brandt contributed from Calais."
    )
    assert [(c.role, c.name, c.location) for c in credits] == [
        (CreditRole.REPORTING, "Mara Quill", "Dover"),
        (CreditRole.ADDITIONAL_REPORTING, "Ivo Brandt", "Calais"),
    ]


def test_prose_after_a_semicolon_keeps_a_reporting_note_from_being_a_credit_line() -> None:
    assert parse_credit_line("Mara Quill reported from Dover; the port was quiet.") == []
