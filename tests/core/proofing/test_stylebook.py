"""House style as data: the bundled stylebooks, their rules, and edits made in the database."""

from __future__ import annotations

import pytest

from app.core.errors import InputError
from app.core.model import Severity
from app.core.proofing.proofreader import Proofreader, ProofSettings
from app.core.proofing.stylebook import (
    effective_rules,
    load_stylebook,
    rule_from_mapping,
    stylebook_ids,
)


def _style(text: str, stylebook: str = "ap") -> list[tuple[str, str, str | None]]:
    reader = Proofreader.build(ProofSettings(stylebook=stylebook, spelling=False))
    return [(i.rule, text[i.start : i.end], i.suggestion) for i in reader.check_paragraph(text)]


def test_the_bundled_stylebooks_say_what_each_rule_follows() -> None:
    assert {"ap", "reuters"} <= set(stylebook_ids())
    for book_id in ("ap", "reuters"):
        book = load_stylebook(book_id)
        assert len({r.id for r in book.rules}) == len(book.rules)
        for rule in book.rules:
            assert rule.follows.startswith(("AP:", "Reuters:")), rule.id
            assert rule.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He had 3 children.", ("numbers-one-to-nine", "3", "three")),
        ("They found twelve cases.", ("numbers-figures-from-10", "twelve", "12")),
        ("a five-year-old boy", ("ages-in-figures", "five", "5")),
        ("Prices rose 3.5 percent.", ("percent-sign", "3.5 percent", "3.5%")),
        ("It ends on January 20.", ("months-abbreviated-with-date", "January", "Jan.")),
        ("It ends on Sep. 3.", ("months-never-abbreviated", "Sep.", "Sept.")),
        ("He lives in Fresno, Calif., now.", ("us-states-spelled-out", "Calif.", "California")),
        ("The US said no.", ("us-with-periods", "US", "U.S.")),
        ("The U.S intelligence agencies.", ("us-with-periods", "U.S", "U.S.")),
        ("We met president Joe Biden.", ("title-before-name", "president", "President")),
        ("Joe Biden, the President, left.", ("title-after-name", "President", "president")),
        ("He claimed victory.", ("loaded-attribution-verb", "claimed", "said")),
        ("She admitted the error.", ("loaded-attribution-verb", "admitted", "said")),
        ("Critics slammed the plan.", ("loaded-attribution-verb", "slammed", "criticized")),
        ("He noted, “It works.”", ("said-before-quote", "noted", "said")),
        ("“It works,” Smith declared.", ("said-after-quote", "declared", "said")),
        ("In a startling twist, it fell.", ("editorialising", "In a startling twist", None)),
        ("It was undeniably shocking.", ("editorialising", "undeniably", None)),
        ("The town was completely destroyed.", ("redundancy", "completely destroyed", "destroyed")),
        ("Their future plans are secret.", ("redundancy", "future plans", "plans")),
        ("One  two.", ("double-space", "  ", " ")),
        ('He said "yes" loudly.', ("straight-quotes", '"', "“")),
    ],
)
def test_each_kind_of_house_style(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in _style(text)


def test_loaded_words_inside_a_quote_are_the_speakers() -> None:
    assert _style("“They claimed it was a startling twist,” she said.") == []


def test_the_two_stylebooks_differ_where_their_conventions_do() -> None:
    text = "Representative Mike Turner and Sen. Elizabeth Warren met Zelenskyy."
    ap = {r for r, _w, _f in _style(text, "ap")}
    reuters = {r for r, _w, _f in _style(text, "reuters")}
    assert "title-abbreviated" in ap and "title-spelled-out" not in ap
    assert "title-spelled-out" in reuters and "name-zelenskiy" in reuters
    assert ("name-zelenskiy", "Zelenskyy", "Zelenskiy") in _style(text, "reuters")


def test_a_broken_rule_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="not a valid expression"):
        rule_from_mapping({"id": "bad", "pattern": "(unclosed", "message": "m"})
    with pytest.raises(InputError, match="severity"):
        rule_from_mapping({"id": "bad", "pattern": "x", "message": "m", "severity": "fatal"})
    with pytest.raises(InputError, match="needs a pattern"):
        rule_from_mapping({"id": "new-rule", "message": "m"})


def test_overrides_edit_by_id_and_add_rules_newsroom_then_desk() -> None:
    book = load_stylebook("reuters")
    rules = effective_rules(book, [
        ("", {"id": "editorialising", "severity": "error"}),
        ("World", {"id": "editorialising", "enabled": False}),
        ("World", {"id": "house-kyiv-ferry", "pattern": r"\bferry boat\b",
                   "message": "Say ferry.", "fix": "ferry"}),
    ])  # fmt: skip
    by_id = {r.id: r for r in rules}
    assert by_id["editorialising"].severity is Severity.ERROR
    assert by_id["editorialising"].enabled is False
    assert by_id["editorialising"].origin == "World"
    reader = Proofreader.build(ProofSettings(stylebook="reuters", rules=rules, spelling=False))
    found = [(i.rule, i.suggestion) for i in reader.check_paragraph("A startling ferry boat.")]
    assert found == [("house-kyiv-ferry", "ferry")]
