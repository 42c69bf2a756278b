"""Named sources: people introduced with a description or a title, and the speakers of quotes."""

from __future__ import annotations

from app.core.analysis.engine import analyze


def sources(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {s.name: (s.title, s.description) for s in analyze(text).sources}


def test_appositive_description_after_the_name() -> None:
    text = "Greta Lund, a hydrologist with the Baltic Water Institute, warned of floods."
    assert sources(text) == {"Greta Lund": (None, "a hydrologist with the Baltic Water Institute")}


def test_description_before_the_name() -> None:
    text = "Norway's health minister, Eirik Sand, defended the plan."
    assert sources(text)["Eirik Sand"][1] == "Norway's health minister"


def test_title_is_kept_apart_and_appositive_is_the_description() -> None:
    text = "Democratic Senator Rosa Tello, a member of the budget panel, voted no."
    assert sources(text) == {"Rosa Tello": ("Democratic Senator", "a member of the budget panel")}


def test_clause_after_a_comma_is_not_a_description() -> None:
    text = "Finance Minister Aleksi Virtanen, who took office in May, said “Taxes stay.”"
    title, description = sources(text)["Aleksi Virtanen"]
    assert title == "Finance Minister"
    assert description == "Finance Minister"


def test_people_merely_mentioned_are_not_sources() -> None:
    text = "The decision came before Carl Bender takes office in January."
    assert sources(text) == {}


def test_quote_speakers_are_sources() -> None:
    text = "“We will appeal,” said Marta Kos."
    assert "Marta Kos" in sources(text)


def test_sources_are_people_and_organisations_that_speak() -> None:
    text = (
        "The American delegation arrived on Election Day.\n\n"
        "“We will win,” said Mia Holt.\n\n"
        "The Navy said in a statement: “No sailor was hurt.”"
    )
    names = [s.name for s in analyze(text).sources]
    assert names == ["Mia Holt", "Navy"]
