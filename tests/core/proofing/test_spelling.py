"""Spelling as a copy editor needs it: typos caught, names told apart from typos."""

from __future__ import annotations

import pytest

from app.core.model import Severity
from app.core.proofing.proofreader import Proofreader, ProofSettings


@pytest.fixture(scope="module")
def reader() -> Proofreader:
    return Proofreader.build(ProofSettings(style=False))


def _issues(reader: Proofreader, text: str):
    return [(i.code, text[i.start : i.end], i.suggestion) for i in reader.check_paragraph(text)]


def test_teh_is_a_misspelling_of_the(reader: Proofreader) -> None:
    """The issue's first complaint: a typed "Teh" was never flagged."""
    assert _issues(reader, "Teh council met on Monday.") == [("spelling", "Teh", "The")]


def test_lower_case_typos_with_their_suggestions(reader: Proofreader) -> None:
    found = _issues(reader, "The goverment will recieve thier report, definately.")
    assert found == [
        ("spelling", "goverment", "government"),
        ("spelling", "recieve", "receive"),
        ("spelling", "thier", "their"),
        ("spelling", "definately", "definitely"),
    ]


def test_correct_copy_has_no_finding(reader: Proofreader) -> None:
    text = ("Officials said on Tuesday that the ferry’s hull, inspected twice, didn't meet "
            "the standard; the well-known operator's co-operation was welcome.")  # fmt: skip
    assert _issues(reader, text) == []


def test_acronyms_brands_addresses_and_numbers_are_not_words_to_spell(reader: Proofreader) -> None:
    text = "ATACMS and HIMARS, CBP’s ICUs, an iPhone, F-16s, the 10th at www.exampel.com."
    assert _issues(reader, text) == []


def test_a_name_inside_a_sentence_is_unknown_not_misspelt(reader: Proofreader) -> None:
    issues = reader.check_paragraph("The minister, Radoslaw Sikorski, spoke.")
    assert {(i.code, i.word, i.severity) for i in issues} == {
        ("unknown_name", "Radoslaw", Severity.INFO),
        ("unknown_name", "Sikorski", Severity.INFO),
    }


def test_one_edit_from_a_known_name_is_a_misspelling() -> None:
    reader = Proofreader.build(ProofSettings(style=False), names=["Radoslaw Sikorski"])
    text = "Radoslaw Sikorski met reporters; Sikorksi said little."
    assert _issues(reader, text) == [("spelling", "Sikorksi", "Sikorski")]


def test_a_name_the_story_uses_more_often_is_a_known_name(reader: Proofreader) -> None:
    story = ["Zelenskiy spoke first.", "Later Zelenskiy and Zelenskiy's aides left.",
             "Zelenksiy was not there."]  # fmt: skip
    reader = reader.with_story(story)
    assert _issues(reader, "Later Zelenksiy was not there.") == [
        ("spelling", "Zelenksiy", "Zelenskiy")
    ]


def test_names_from_lists_are_known(reader: Proofreader) -> None:
    listed = Proofreader.build(ProofSettings(style=False), names=["Oyelaran Tuzcu", "Kyiv"])
    assert _issues(listed, "Reporting by Oyelaran Tuzcu in Kyiv.") == []
    assert _issues(listed, "Reporting by Oyelaran Tuzcu in Kyiv.") != _issues(
        reader, "Reporting by Oyelaran Tuzcu in Kyiv."
    )


def test_newsroom_words_and_ignored_words_are_known() -> None:
    base = Proofreader.build(ProofSettings(style=False))
    assert _issues(base, "The smallsat flew.")[0][0] == "spelling"
    assert _issues(base.with_words(newsroom=["smallsat"]), "The smallsat flew.") == []
    assert _issues(base.with_words(ignored=["smallsat"]), "The smallsat flew.") == []


def test_other_variant_is_house_style_with_the_desks_spelling() -> None:
    us = Proofreader.build(ProofSettings(style=False, variant="en-US"))
    gb = Proofreader.build(ProofSettings(style=False, variant="en-GB"))
    found = [(i.code, i.rule, i.word, i.suggestion)
             for i in us.check_paragraph("The colour of the theatre.")]  # fmt: skip
    assert found == [("style", "spelling-variant", "colour", "color"),
                     ("style", "spelling-variant", "theatre", "theater")]  # fmt: skip
    assert [(i.word, i.suggestion) for i in gb.check_paragraph("The color was canceled.")] == [
        ("color", "colour"),
        ("canceled", "cancelled"),
    ]
    assert us.check_paragraph("The colour of the theatre.") != []
    assert gb.check_paragraph("The colour of the theatre.") == []


def test_a_name_keeps_its_owners_spelling_on_the_other_desk() -> None:
    us = Proofreader.build(ProofSettings(style=False, variant="en-US"))
    words = [
        i.word
        for i in us.check_paragraph(
            "The Calderport Harbour Authority and the Labour Party closed the harbour."
        )
        if i.code == "style"
    ]
    assert words == ["harbour"]
    story = us.with_story(["Ferries left the Sydney Harbour terminal.", "Harbour staff stayed."])
    assert [i.word for i in story.check_paragraph("Harbour staff stayed.")] == []
    assert [i.word for i in us.check_paragraph("Harbour staff stayed.")] == ["Harbour"]


def test_a_desk_can_raise_spelling_to_an_error() -> None:
    reader = Proofreader.build(ProofSettings(style=False, severities={"spelling": Severity.ERROR}))
    assert [i.severity for i in reader.check_paragraph("A typo: teh.")] == [Severity.ERROR]


def test_findings_point_into_the_markdown_body(reader: Proofreader) -> None:
    body = "## Big *recieve* day\n\nThe [goverment](https://example.com) met."
    findings = reader.check_body(body)
    assert [(body[f.start : f.end], f.paragraph, f.suggestion) for f in findings] == [
        ("recieve", 1, "receive"),
        ("goverment", 2, "government"),
    ]
    assert "goverment" in (findings[1].context or "")


def test_a_run_of_letters_without_a_space_gets_no_suggestions(reader: Proofreader) -> None:
    """A pasted 100,000-letter "word" is flagged, but its edits (millions of strings) are not
    searched: the export's spelling check of such a paste never finished."""
    from tests.hang_guard import finishes_within

    run = "a" * 100_000
    found = finishes_within(lambda: _issues(reader, f"The council met. {run} again."), 60)
    assert found == [("spelling", run, None)]
    assert _issues(reader, "The councl met.") == [("spelling", "councl", "council")]
