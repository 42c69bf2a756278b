"""A person the copy says goes by "they" is who a later "they said" means, and never "he" or
"she", whatever their first name's usual gender."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyze(text).quotes]


def test_they_after_a_relative_clause_is_the_person_not_the_friend_named_since() -> None:
    text = (
        "Robin Ashe, who uses they/them pronouns, founded the choir in 2015.\n\n"
        "Their friend Maria Lind sang at the first concert.\n\n"
        "“We had eleven members then,” they said.\n"
    )
    assert _speakers(text) == ["Robin Ashe"]


def test_a_parenthesised_they_them_counts_too() -> None:
    text = (
        "Kit Moreau (they/them) runs the repair café on Dock Road. Last year Peter Hale "
        "lent the café his van.\n\n"
        "“Nothing here goes to landfill,” they said.\n"
    )
    assert _speakers(text) == ["Kit Moreau"]


def test_he_does_not_mean_a_person_who_goes_by_they() -> None:
    # "John" is a man's name in the table; the copy's own word wins over it.
    text = (
        "Tom Varga chairs the allotment society. John Pereira, a non-binary gardener, "
        "joined it in May.\n\n"
        "“We have a waiting list of forty,” he said.\n"
    )
    assert _speakers(text) == ["Tom Varga"]
