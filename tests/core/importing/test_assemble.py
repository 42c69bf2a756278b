"""What the shared assembler does with credit lines met in an imported story: a part it could
not read is reported, and one person credited twice in one role is one credit. Every story,
name and address here is invented for these tests."""

from __future__ import annotations

from app.core.importing.detect import read_text
from app.core.model import Credit, CreditRole

R = CreditRole


def test_an_unreadable_part_of_a_credit_line_is_reported_and_the_rest_kept() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "DUNMORE (Reuters) - Ferry fares will rise by a fifth next month, the operator said.\n\n"
        "Passenger groups said the rise was too steep.\n\n"
        "Reporting by Orla Fenwick in Dunmore and Teo Brandt in Leeds; Editing by ##!! 42"
    )
    result = read_text(story)
    assert [(c.role, c.name, c.location) for c in result.draft.credits] == [
        (R.REPORTING, "Orla Fenwick", "Dunmore"),
        (R.REPORTING, "Teo Brandt", "Leeds"),
    ]
    assert any("##!! 42" in warning for warning in result.warnings)


def test_a_writer_named_at_the_top_and_in_the_contact_note_is_one_credit() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "By Orla Fenwick and Teo Brandt, The Dunmore Ledger\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        "Passenger groups said the rise was too steep.\n\n"
        "Orla Fenwick is the Ledger's transport reporter. Contact her at orla@dunmore.example."
    )
    credits = read_text(story).draft.credits
    assert credits == (
        Credit(R.BYLINE, "Orla Fenwick", None, "orla@dunmore.example"),
        Credit(R.BYLINE, "Teo Brandt", None, None),
    )


def test_an_italic_end_note_is_read_as_credits() -> None:
    story = (
        "Dunmore ferry fares to rise\n\n"
        "By Orla Fenwick\n\n"
        "Ferry fares will rise by a fifth next month, the operator said on Monday.\n\n"
        "*Teo Brandt contributed reporting from Lisbon; Ines Calloway from Turin.*"
    )
    draft = read_text(story).draft
    assert [(c.role, c.name, c.location) for c in draft.credits] == [
        (R.BYLINE, "Orla Fenwick", None),
        (R.ADDITIONAL_REPORTING, "Teo Brandt", "Lisbon"),
        (R.ADDITIONAL_REPORTING, "Ines Calloway", "Turin"),
    ]
    assert "contributed" not in draft.body
