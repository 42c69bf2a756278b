"""Wire copy checked on an empty store: editorialising and loaded verbs flagged as style, and no
correctly spelled name flagged as a misspelling."""

from __future__ import annotations

from pathlib import Path

from app.core.proofing import service

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "wire" / "harbour-ferry.txt"


def _check(path: Path):
    text = path.read_text(encoding="utf-8")
    return text, service.check_text(None, text)


def _capitalised_misspellings(text: str, findings) -> list[str]:
    return [text[f.start : f.end] for f in findings
            if f.code == "spelling" and text[f.start : f.start + 1].isupper()]  # fmt: skip


def test_the_projects_wire_fixture() -> None:
    text, findings = _check(FIXTURE)
    style = {(f.rule, text[f.start : f.end]) for f in findings if f.code == "style"}
    assert ("editorialising", "In a surprising turn") in style
    assert ("said-before-quote", "cautioned") in style
    assert ("said-before-quote", "argued") in style
    assert _capitalised_misspellings(text, findings) == []
    names = {text[f.start : f.end] for f in findings if f.code == "unknown_name"}
    # Speakers and credited people are known names: nothing to check about them.
    assert not names & {"Okafor", "Adeyemi", "Mbeki", "Kowal", "Osei", "Dunmore"}
