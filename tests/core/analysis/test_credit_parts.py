"""credit_parts: one credit part read by its cues (a part that fails is reported, the rest
kept) or as a byline written without "By". Moved from test_credits.py as is."""

from __future__ import annotations

from app.core.model import CreditRole

R = CreditRole


def test_a_failing_part_keeps_the_rest_and_is_reported() -> None:
    from app.core.analysis.credits import read_credit_line

    found = read_credit_line("Reporting by Ana Lima in Recife; Editing by the night desk staff")
    assert [(c.role, c.name) for c in found.credits] == [(R.REPORTING, "Ana Lima")]
    assert found.failed == ("the night desk staff",)


def test_bare_byline_with_a_site_address_in_lower_case() -> None:
    from app.core.analysis.credits import parse_credit_line

    assert [c.name for c in parse_credit_line("Odile Fenwick, harbournews.com")] == [
        "Odile Fenwick"
    ]
    assert parse_credit_line("Tom Bellamy, a reporter at the plant") == []
